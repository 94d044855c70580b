/* What the running kernel can do, probed when first asked and remembered.
 *
 * Nothing is assumed from build-time headers: each question is answered
 * by the cheapest real test (a file in sysfs, a map or a tiny program
 * created and closed at once). A missing feature comes with a sentence
 * for the user saying what is missing and why, e.g.
 *   "kprobes are not available: this kernel was built without
 *    CONFIG_KPROBES (no /sys/bus/event_source/devices/kprobe and no
 *    kprobe_events in tracefs)" */
#ifndef BPFSCOPE_LOADER_FEATURES_H
#define BPFSCOPE_LOADER_FEATURES_H

#include <stdbool.h>
#include <stdio.h>

#include <linux/bpf.h>

enum feature {
	FEATURE_BTF,                /* kernel BTF at /sys/kernel/btf/vmlinux */
	FEATURE_RINGBUF,            /* BPF_MAP_TYPE_RINGBUF */
	FEATURE_PERCPU_RINGBUF,     /* ring buffers in an array of maps, one per CPU */
	FEATURE_RAW_TP_LINK,        /* raw tracepoints attached through a bpf_link */
	FEATURE_TP_BTF,             /* BTF-typed raw tracepoints (tp_btf) load and attach */
	FEATURE_KPROBE,             /* kprobe PMU or kprobe_events */
	FEATURE_FENTRY,             /* fentry/fexit programs load and attach */
	FEATURE_UPROBE,             /* uprobe PMU or uprobe_events */
	FEATURE_UPROBE_MULTI,       /* uprobe_multi links (Linux 6.6) */
	FEATURE_BOUNDED_LOOPS,      /* the verifier accepts back-edges of bounded loops */
	FEATURE_BPF_LOOP,           /* the bpf_loop() helper */
	FEATURE_FOR_EACH_MAP_ELEM,  /* the bpf_for_each_map_elem() helper */
	FEATURE_COUNT
};

/* Probes `f` on first use; later calls answer from the cache. */
bool features_has(enum feature f);
/* Why `f` is missing, as one sentence; NULL when it is available. */
const char *features_missing_reason(enum feature f);
/* A short name: "ringbuf", "kprobe", "fentry", ... */
const char *features_name(enum feature f);

/* Whether programs of `type` may call `helper` (cached per pair). */
bool features_has_helper(enum bpf_prog_type type, enum bpf_func_id helper);

/* One line per feature, "name: yes" or "name: no (reason)"; probes all. */
void features_print(FILE *out);

/* Forgets every answer, so the next question probes again. */
void features_reset(void);

#endif
