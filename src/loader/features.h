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
#include <stdint.h>
#include <stdio.h>

#include <linux/bpf.h>

enum feature {
	FEATURE_BTF,                /* kernel BTF at /sys/kernel/btf/vmlinux */
	FEATURE_RINGBUF,            /* BPF_MAP_TYPE_RINGBUF */
	FEATURE_RAW_TP_LINK,        /* raw tracepoints attached through a bpf_link */
	FEATURE_TP_BTF,             /* BTF-typed raw tracepoints (tp_btf) load and attach */
	FEATURE_KPROBE,             /* kprobe PMU or kprobe_events */
	FEATURE_FENTRY,             /* fentry/fexit programs load and attach */
	FEATURE_UPROBE,             /* uprobe PMU or uprobe_events */
	FEATURE_BOUNDED_LOOPS,      /* the verifier accepts back-edges of bounded loops */
	FEATURE_BPF_LOOP,           /* the bpf_loop() helper */
	FEATURE_FOR_EACH_MAP_ELEM,  /* the bpf_for_each_map_elem() helper */
	FEATURE_UPROBE_MULTI,       /* uprobes attached through uprobe_multi links */
	FEATURE_COUNT
};

/* The uprobe_multi link (Linux 6.6), which the system's <linux/bpf.h> may
 * not have yet: the attach type of its programs and links, its flag for a
 * uretprobe, and its bpf(BPF_LINK_CREATE) attributes. */
#define FEATURE_ATTACH_UPROBE_MULTI 48
#define FEATURE_UPROBE_MULTI_RETURN 1u

struct feature_uprobe_multi_attr {
	uint32_t prog_fd, target_fd, attach_type, flags;
	uint64_t path, offsets, ref_ctr_offsets, cookies;
	uint32_t cnt, uprobe_flags, pid;
};

/* bpf(BPF_LINK_CREATE) of a uprobe_multi link: `prog_fd` (a kprobe-type
 * program loaded with FEATURE_ATTACH_UPROBE_MULTI) on `cnt` offsets of the
 * file `path`, for process `pid` (every process when <= 0). Returns the
 * link fd or a negative errno. */
int features_uprobe_multi_link(int prog_fd, const char *path, const uint64_t *offsets,
			       const uint64_t *ref_ctr_offsets, uint32_t cnt, bool retprobe,
			       int pid);

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
