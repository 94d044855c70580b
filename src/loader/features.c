/* Kernel feature probes, each run at most once. */
#include "loader/features.h"
#include "loader/uprobe_multi.h"
#include "loader/vmlinux_btf.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "codegen/bpf_insn.h"
#include "loader/program.h"

/* The kernel's internal "operation not supported" (what an architecture
 * without BPF trampolines returns); user-space errno.h does not have it. */
#define KERNEL_ENOTSUPP 524

#define REASON_SIZE 512

struct answer {
	bool probed, present;
	char reason[REASON_SIZE];
};

static struct answer answers[FEATURE_COUNT];

/* Ids in vmlinux BTF that the tracing probes attach to, looked up once. */
static struct {
	bool looked;
	int err;                    /* loading vmlinux BTF failed: negative errno */
	int fentry_target;          /* a kernel function; <= 0 when none found */
	const char *fentry_name;
	int sched_switch_tp;        /* typedef btf_trace_sched_switch */
} vmlinux;

/* Helper answers by program type and helper id: 0 unknown, 1 no, 2 yes. */
#define HELPER_TYPES 64
#define HELPER_IDS 256
static uint8_t helper_answers[HELPER_TYPES][HELPER_IDS];

static bool path_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

static bool tracefs_has(const char *file)
{
	static const char *const roots[] = { "/sys/kernel/tracing", "/sys/kernel/debug/tracing" };
	char path[128];
	for (size_t i = 0; i < sizeof(roots) / sizeof(roots[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", roots[i], file);
		if (path_exists(path))
			return true;
	}
	return false;
}

static void look_up_vmlinux(void)
{
	/* Functions that only BPF_PROG_TEST_RUN calls, so attaching to one
	 * for a moment disturbs nothing; then common functions as fallbacks. */
	static const char *const fentry_candidates[] = {
		"bpf_fentry_test1", "bpf_modify_return_test", "do_nanosleep",
	};
	if (vmlinux.looked)
		return;
	vmlinux.looked = true;
	const struct btf *btf = vmlinux_btf();
	if (!btf) {
		vmlinux.err = -ENOENT;
		return;
	}
	for (size_t i = 0; i < sizeof(fentry_candidates) / sizeof(fentry_candidates[0]); i++) {
		int id = btf__find_by_name_kind(btf, fentry_candidates[i], BTF_KIND_FUNC);
		if (id > 0) {
			vmlinux.fentry_target = id;
			vmlinux.fentry_name = fentry_candidates[i];
			break;
		}
	}
	vmlinux.sched_switch_tp = btf__find_by_name_kind(btf, "btf_trace_sched_switch",
							 BTF_KIND_TYPEDEF);
}

/* --- one probe per feature: returns presence, or writes why not --- */

static bool probe_btf(char *why, size_t size)
{
	if (path_exists("/sys/kernel/btf/vmlinux"))
		return true;
	snprintf(why, size, "kernel BTF is not available: /sys/kernel/btf/vmlinux is missing "
		 "(the kernel was built without CONFIG_DEBUG_INFO_BTF)");
	return false;
}

static bool probe_ringbuf(char *why, size_t size)
{
	int fd = bpf_map_create(BPF_MAP_TYPE_RINGBUF, NULL, 0, 0, (uint32_t)sysconf(_SC_PAGESIZE),
				NULL);
	if (fd >= 0) {
		close(fd);
		return true;
	}
	snprintf(why, size, "BPF ring buffers are not available: creating one failed: %s "
		 "(they need Linux 5.8)", strerror(errno));
	return false;
}

/* Output goes to one ring buffer per CPU, found in an array of maps, so
 * the records of one probe firing stay together. */
static bool probe_percpu_ringbuf(char *why, size_t size)
{
	if (!probe_ringbuf(why, size))
		return false;
	int inner = bpf_map_create(BPF_MAP_TYPE_RINGBUF, NULL, 0, 0, (uint32_t)sysconf(_SC_PAGESIZE),
				   NULL);
	/* The kernel checks the inner map's type when the array is made (an
	 * update would wait for an RCU grace period). */
	LIBBPF_OPTS(bpf_map_create_opts, opts, .inner_map_fd = (uint32_t)inner);
	int outer = inner < 0 ? -1 : bpf_map_create(BPF_MAP_TYPE_ARRAY_OF_MAPS, NULL, 4, 4, 1, &opts);
	int e = errno;
	if (outer >= 0)
		close(outer);
	if (inner >= 0)
		close(inner);
	if (outer >= 0)
		return true;
	snprintf(why, size, "ring buffers cannot be kept in an array of maps here (%s): output "
		 "goes to one ring buffer for all CPUs", strerror(e));
	return false;
}

static bool probe_dynamic_probe(const char *kind, const char *config, char *why, size_t size)
{
	char pmu[96], events[32];
	snprintf(pmu, sizeof(pmu), "/sys/bus/event_source/devices/%s/type", kind);
	snprintf(events, sizeof(events), "%s_events", kind);
	if (path_exists(pmu) || tracefs_has(events))
		return true;
	snprintf(why, size, "%ss are not available: this kernel was built without %s "
		 "(no /sys/bus/event_source/devices/%s and no %s in tracefs)", kind, config, kind,
		 events);
	return false;
}

static bool probe_kprobe(char *why, size_t size)
{
	return probe_dynamic_probe("kprobe", "CONFIG_KPROBES", why, size);
}

static bool probe_uprobe(char *why, size_t size)
{
	return probe_dynamic_probe("uprobe", "CONFIG_UPROBE_EVENTS", why, size);
}

/* The smallest program: return 0. */
static void return_zero(struct bpf_insn insns[2])
{
	insns[0] = insn_mov64_imm(BPF_REG_0, 0);
	insns[1] = insn_exit();
}

/* A kernel that knows uprobe_multi links gets as far as looking the file
 * up, and says it does not exist; an older one refuses the attach type. */
static bool probe_uprobe_multi(char *why, size_t size)
{
	struct bpf_insn insns[2];
	return_zero(insns);
	struct program_spec spec = {
		.name = "probe_upm", .type = BPF_PROG_TYPE_KPROBE,
		.expected_attach_type = UPROBE_MULTI_ATTACH_TYPE, .insns = insns, .insn_count = 2,
	};
	struct program_load load;
	int fd = program_load(&spec, &load);
	program_load_free(&load);
	if (fd < 0) {
		snprintf(why, size, "uprobe_multi links are not available: the kernel refused a "
			 "uprobe_multi program: %s", strerror(-fd));
		return false;
	}
	uint64_t off = 0;
	int link = uprobe_multi_link(fd, "/nonexistent/bpfscope-uprobe-multi-probe", &off, 1, false, 0);
	close(fd);
	if (link >= 0)
		close(link);
	if (link == -ENOENT)
		return true;
	snprintf(why, size, "uprobe_multi links are not available (Linux 6.6 added them): "
		 "creating one failed: %s", strerror(-link));
	return false;
}

/* Loads `spec`, attaches it with BPF_RAW_TRACEPOINT_OPEN (to `tp`, or to
 * its BTF target when NULL), checks the result is a bpf_link, and closes
 * everything. Returns 0 or a negative errno; `stage` names the step that
 * failed and `reason` the verifier's words, if any. */
static int load_and_attach(const struct program_spec *spec, const char *tp, const char **stage,
			   char *reason, size_t reason_size)
{
	struct program_load load;
	int fd = program_load(spec, &load);
	reason[0] = '\0';
	if (fd < 0) {
		*stage = "loading";
		if (load.reason)
			snprintf(reason, reason_size, "%s", load.reason);
		program_load_free(&load);
		return fd;
	}
	program_load_free(&load);
	int ret = 0;
	int link = bpf_raw_tracepoint_open(tp, fd);
	if (link < 0) {
		ret = -errno;
		*stage = "attaching";
	} else {
		struct bpf_link_info info;
		uint32_t len = sizeof(info);
		memset(&info, 0, sizeof(info));
		if (bpf_obj_get_info_by_fd(link, &info, &len) < 0) {
			ret = -errno;
			*stage = "reading the link of";
		}
		close(link);
	}
	close(fd);
	return ret;
}

static bool probe_raw_tp_link(char *why, size_t size)
{
	struct bpf_insn insns[2];
	return_zero(insns);
	struct program_spec spec = {
		.name = "probe_raw_tp",
		.type = BPF_PROG_TYPE_RAW_TRACEPOINT,
		.insns = insns,
		.insn_count = 2,
	};
	const char *stage = "";
	char reason[160];
	int err = load_and_attach(&spec, "sched_switch", &stage, reason, sizeof(reason));
	if (!err)
		return true;
	snprintf(why, size, "raw tracepoint links are not available: %s a raw tracepoint "
		 "program failed: %s%s%s", stage, strerror(-err), reason[0] ? ": " : "", reason);
	return false;
}

/* Loads and attaches a do-nothing BTF tracing program of `attach_type`
 * against the kernel type `btf_id`: the only reliable test for tp_btf and
 * fentry support. */
static int load_tracing_probe(const char *name, enum bpf_attach_type attach_type, int btf_id,
			      const char **stage, char *reason, size_t size)
{
	struct bpf_insn insns[2];
	return_zero(insns);
	struct program_spec spec = {
		.name = name,
		.type = BPF_PROG_TYPE_TRACING,
		.expected_attach_type = attach_type,
		.attach_btf_id = (uint32_t)btf_id,
		.insns = insns,
		.insn_count = 2,
	};
	return load_and_attach(&spec, NULL, stage, reason, size);
}

static bool probe_tp_btf(char *why, size_t size)
{
	look_up_vmlinux();
	if (vmlinux.err) {
		snprintf(why, size, "BTF-typed tracepoints (tp_btf) are not available: kernel BTF "
			 "could not be loaded: %s", strerror(-vmlinux.err));
		return false;
	}
	if (vmlinux.sched_switch_tp <= 0) {
		snprintf(why, size, "BTF-typed tracepoints (tp_btf) are not available: kernel BTF "
			 "has no btf_trace_sched_switch (Linux 5.5 added them)");
		return false;
	}
	const char *stage = "";
	char reason[160];
	int err = load_tracing_probe("probe_tp_btf", BPF_TRACE_RAW_TP, vmlinux.sched_switch_tp,
				     &stage, reason, sizeof(reason));
	if (!err)
		return true;
	snprintf(why, size, "BTF-typed tracepoints (tp_btf) are not available: %s a tp_btf "
		 "program for sched_switch failed: %s%s%s", stage, strerror(-err),
		 reason[0] ? ": " : "", reason);
	return false;
}

static const char *fentry_cause(int err)
{
	switch (err) {
	case EPERM:
		return "the kernel refuses tracing programs before verifying them, as it does "
		       "without ftrace-based BPF trampolines or under a security policy "
		       "(lockdown, an LSM)";
	case EINVAL:
		return "the kernel rejected the program or its target";
	case KERNEL_ENOTSUPP:
	case EOPNOTSUPP:
		return "this kernel has no BPF trampolines for this architecture";
	default:
		return NULL;
	}
}

static bool probe_fentry(char *why, size_t size)
{
	static const char prefix[] = "fentry/fexit are not available: ";
	look_up_vmlinux();
	if (vmlinux.err) {
		snprintf(why, size, "%skernel BTF could not be loaded: %s", prefix,
			 strerror(-vmlinux.err));
		return false;
	}
	if (vmlinux.fentry_target <= 0) {
		snprintf(why, size, "%skernel BTF has none of the functions used to test them", prefix);
		return false;
	}
	const char *stage = "";
	char reason[160];
	int err = load_tracing_probe("probe_fentry", BPF_TRACE_FENTRY, vmlinux.fentry_target,
				     &stage, reason, sizeof(reason));
	if (!err)
		return true;
	const char *errtext = -err == KERNEL_ENOTSUPP ? "Operation not supported (ENOTSUPP)"
						     : strerror(-err);
	const char *cause = fentry_cause(-err);
	snprintf(why, size, "%s%s an fentry program for %s failed: %s%s%s%s%s", prefix, stage,
		 vmlinux.fentry_name, errtext, cause ? "; " : "", cause ? cause : "",
		 reason[0] ? ": " : "", reason);
	return false;
}

static bool probe_bounded_loops(char *why, size_t size)
{
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label top = insn_buf_label(&b);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_0, 0));
	insn_buf_place(&b, top);
	insn_buf_add(&b, insn_alu64_imm(INSN_ADD, BPF_REG_0, 1));
	insn_buf_add_jump(&b, insn_jmp_imm(INSN_JLT, BPF_REG_0, 4, 0), top);
	insn_buf_add(&b, insn_exit());
	bool present = false;
	if (insn_buf_finish(&b) == 0) {
		struct program_spec spec = {
			.name = "probe_loop",
			.type = BPF_PROG_TYPE_SOCKET_FILTER,
			.insns = b.insns,
			.insn_count = b.len,
		};
		struct program_load load;
		int fd = program_load(&spec, &load);
		present = fd >= 0;
		if (present)
			close(fd);
		else
			snprintf(why, size, "bounded loops are not available: the verifier rejected "
				 "a loop: %s (they need Linux 5.3)",
				 load.reason ? load.reason : strerror(load.err));
		program_load_free(&load);
	}
	insn_buf_free(&b);
	return present;
}

static bool probe_helper_feature(enum bpf_func_id helper, const char *name, const char *since,
				 char *why, size_t size)
{
	if (features_has_helper(BPF_PROG_TYPE_TRACEPOINT, helper))
		return true;
	snprintf(why, size, "%s() is not available: this kernel does not offer the helper to "
		 "tracing programs (it needs Linux %s)", name, since);
	return false;
}

static bool probe_bpf_loop(char *why, size_t size)
{
	return probe_helper_feature(BPF_FUNC_loop, "bpf_loop", "5.17", why, size);
}

static bool probe_for_each_map_elem(char *why, size_t size)
{
	return probe_helper_feature(BPF_FUNC_for_each_map_elem, "bpf_for_each_map_elem", "5.13",
				    why, size);
}

static const struct {
	const char *name;
	bool (*probe)(char *why, size_t size);
} features[FEATURE_COUNT] = {
	[FEATURE_BTF]               = { "btf", probe_btf },
	[FEATURE_RINGBUF]           = { "ringbuf", probe_ringbuf },
	[FEATURE_PERCPU_RINGBUF]    = { "percpu_ringbuf", probe_percpu_ringbuf },
	[FEATURE_RAW_TP_LINK]       = { "raw_tp_link", probe_raw_tp_link },
	[FEATURE_TP_BTF]            = { "tp_btf", probe_tp_btf },
	[FEATURE_KPROBE]            = { "kprobe", probe_kprobe },
	[FEATURE_FENTRY]            = { "fentry", probe_fentry },
	[FEATURE_UPROBE]            = { "uprobe", probe_uprobe },
	[FEATURE_UPROBE_MULTI]      = { "uprobe_multi", probe_uprobe_multi },
	[FEATURE_BOUNDED_LOOPS]     = { "bounded_loops", probe_bounded_loops },
	[FEATURE_BPF_LOOP]          = { "bpf_loop", probe_bpf_loop },
	[FEATURE_FOR_EACH_MAP_ELEM] = { "for_each_map_elem", probe_for_each_map_elem },
};

static const struct answer *answer(enum feature f)
{
	static const struct answer unknown = { true, false, "unknown feature" };
	if ((unsigned)f >= FEATURE_COUNT)
		return &unknown;
	struct answer *a = &answers[f];
	if (!a->probed) {
		a->reason[0] = '\0';
		a->present = features[f].probe(a->reason, sizeof(a->reason));
		a->probed = true;
	}
	return a;
}

bool features_has(enum feature f)
{
	return answer(f)->present;
}

const char *features_missing_reason(enum feature f)
{
	const struct answer *a = answer(f);
	return a->present ? NULL : a->reason;
}

const char *features_name(enum feature f)
{
	return (unsigned)f < FEATURE_COUNT ? features[f].name : "unknown";
}

bool features_has_helper(enum bpf_prog_type type, enum bpf_func_id helper)
{
	bool cacheable = (unsigned)type < HELPER_TYPES && (unsigned)helper < HELPER_IDS;
	if (cacheable && helper_answers[type][helper])
		return helper_answers[type][helper] == 2;
	bool present = libbpf_probe_bpf_helper(type, helper, NULL) == 1;
	if (cacheable)
		helper_answers[type][helper] = present ? 2 : 1;
	return present;
}

void features_print(FILE *out)
{
	for (int f = 0; f < FEATURE_COUNT; f++) {
		const char *why = features_missing_reason(f);
		if (why)
			fprintf(out, "%s: no (%s)\n", features_name(f), why);
		else
			fprintf(out, "%s: yes\n", features_name(f));
	}
}

void features_reset(void)
{
	memset(answers, 0, sizeof(answers));
	memset(&vmlinux, 0, sizeof(vmlinux));
	memset(helper_answers, 0, sizeof(helper_answers));
}
