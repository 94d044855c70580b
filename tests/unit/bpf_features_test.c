/* Kernel feature probes, checked against what this kernel really has. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>

#include "codegen/bpf_insn.h"
#include "loader/features.h"
#include "unit.h"

static bool exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

static void check_present(enum feature f)
{
	const char *why = features_missing_reason(f);
	if (why)
		unit_fail(__FILE__, __LINE__, "%s is missing: %s", features_name(f), why);
}

UNIT_TEST(bpf_features_kprobes_and_uprobes_follow_sysfs)
{
	if (!unit_require_root())
		return;
	bool kprobes = exists("/sys/bus/event_source/devices/kprobe/type") ||
		       exists("/sys/kernel/tracing/kprobe_events") ||
		       exists("/sys/kernel/debug/tracing/kprobe_events");
	CHECK_INT(features_has(FEATURE_KPROBE), kprobes);
	if (!kprobes)
		CHECK_STR(features_missing_reason(FEATURE_KPROBE),
			  "kprobes are not available: this kernel was built without CONFIG_KPROBES "
			  "(no /sys/bus/event_source/devices/kprobe and no kprobe_events in tracefs)");
	bool uprobes = exists("/sys/bus/event_source/devices/uprobe/type") ||
		       exists("/sys/kernel/tracing/uprobe_events") ||
		       exists("/sys/kernel/debug/tracing/uprobe_events");
	CHECK_INT(features_has(FEATURE_UPROBE), uprobes);
}

/* Everything bpfscope relies on, present on any kernel it supports. */
UNIT_TEST(bpf_features_present_on_this_kernel)
{
	if (!unit_require_root())
		return;
	check_present(FEATURE_BTF);
	check_present(FEATURE_RINGBUF);
	check_present(FEATURE_RAW_TP_LINK);
	check_present(FEATURE_TP_BTF);
	check_present(FEATURE_BOUNDED_LOOPS);
	check_present(FEATURE_BPF_LOOP);
	check_present(FEATURE_FOR_EACH_MAP_ELEM);
}

/* The probe's answer must match loading an fentry program by hand. */
UNIT_TEST(bpf_features_fentry_matches_a_direct_load)
{
	if (!unit_require_root())
		return;
	struct btf *btf = btf__load_vmlinux_btf();
	if (!btf) {
		unit_skip("no kernel BTF");
		return;
	}
	int id = btf__find_by_name_kind(btf, "bpf_fentry_test1", BTF_KIND_FUNC);
	btf__free(btf);
	if (id <= 0) {
		unit_skip("kernel BTF has no bpf_fentry_test1");
		return;
	}
	struct bpf_insn insns[] = { insn_mov64_imm(BPF_REG_0, 0), insn_exit() };
	LIBBPF_OPTS(bpf_prog_load_opts, opts, .expected_attach_type = BPF_TRACE_FENTRY,
		    .attach_btf_id = (uint32_t)id);
	int fd = bpf_prog_load(BPF_PROG_TYPE_TRACING, "unit_fentry", "GPL", insns, 2, &opts);
	int err = fd < 0 ? errno : 0;
	if (fd >= 0) {
		close(fd);
		return;   /* loads here; attaching decides, which the probe also tries */
	}
	CHECK(!features_has(FEATURE_FENTRY));
	const char *why = features_missing_reason(FEATURE_FENTRY);
	CHECK(why && strstr(why, "fentry/fexit are not available: loading an fentry program for "
				 "bpf_fentry_test1 failed: ") == why);
	CHECK(why && strstr(why, strerror(err)));
}

UNIT_TEST(bpf_features_answers_are_cached)
{
	if (!unit_require_root())
		return;
	const char *first = features_missing_reason(FEATURE_KPROBE);
	CHECK(features_missing_reason(FEATURE_KPROBE) == first);
	features_reset();
	bool again = features_has(FEATURE_KPROBE);
	CHECK_INT(again, first == NULL);
	CHECK_STR(features_name(FEATURE_FOR_EACH_MAP_ELEM), "for_each_map_elem");
	CHECK_STR(features_name(FEATURE_COUNT), "unknown");
}

UNIT_TEST(bpf_features_helpers)
{
	if (!unit_require_root())
		return;
	CHECK(features_has_helper(BPF_PROG_TYPE_TRACEPOINT, BPF_FUNC_map_lookup_elem));
	CHECK(features_has_helper(BPF_PROG_TYPE_TRACEPOINT, BPF_FUNC_get_current_pid_tgid));
	CHECK(features_has_helper(BPF_PROG_TYPE_TRACEPOINT, BPF_FUNC_get_current_pid_tgid));
	CHECK(!features_has_helper(BPF_PROG_TYPE_TRACEPOINT, (enum bpf_func_id)100000));
}

UNIT_TEST(bpf_features_print_lists_every_feature)
{
	if (!unit_require_root())
		return;
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);
	features_print(out);
	fclose(out);
	int lines = 0;
	for (const char *p = text; *p; p++)
		lines += *p == '\n';
	CHECK_INT(lines, FEATURE_COUNT);
	CHECK(strstr(text, "ringbuf: yes\n") != NULL);
	free(text);
}
