/* The attach layer (as root): real programs built with the encoder count
 * their runs in an array map; they are attached, driven by a workload,
 * detached, and must then stop counting with no perf or link fd left. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <linux/perf_event.h>

#include "codegen/bpf_insn.h"
#include "loader/features.h"
#include "loader/map.h"
#include "loader/program.h"
#include "providers/attach.h"
#include "unit.h"

/* --- without the kernel --- */

UNIT_TEST(attach_parses_cpu_lists)
{
	int cpus[16];
	CHECK_INT(attach_parse_cpu_list("0-3,5\n", cpus, 16), 5);
	CHECK_INT(cpus[3], 3);
	CHECK_INT(cpus[4], 5);
	CHECK_INT(attach_parse_cpu_list("0\n", cpus, 16), 1);
	CHECK_INT(attach_parse_cpu_list("2,7-8", cpus, 16), 3);
	CHECK_INT(cpus[2], 8);
	CHECK_INT(attach_parse_cpu_list("0-40", cpus, 16), -E2BIG);
	CHECK_INT(attach_parse_cpu_list("x", cpus, 16), -EINVAL);
	CHECK_INT(attach_parse_cpu_list("3-1", cpus, 16), -EINVAL);
}

UNIT_TEST(attach_detach_all_with_nothing_attached)
{
	attachments_detach_all();
	attachments_detach_all();
	CHECK_INT(attachments_count(), 0);
}

/* --- in the kernel --- */

struct counter {
	int map_fd;
	int prog_fd;
};

/* A program of `type` that adds 1 to the u64 in slot 0 of an array map. */
static bool counter_load(struct counter *c, enum bpf_prog_type type,
			 enum bpf_attach_type attach_type, uint32_t btf_id)
{
	char err[256];
	c->prog_fd = -1;
	struct map_spec ms = { "@count", MAP_ARRAY, 4, 8, 1, 0, -1 };
	c->map_fd = map_create(&ms, err, sizeof(err));
	if (c->map_fd < 0) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return false;
	}
	struct insn_buf b;
	insn_buf_init(&b);
	insn_buf_add_wide(&b, insn_ld_map_value_idx(BPF_REG_1, 0, 0));
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_2, 1));
	insn_buf_add(&b, insn_atomic(INSN_U64, INSN_ATOMIC_ADD, BPF_REG_1, 0, BPF_REG_2));
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_0, 0));
	insn_buf_add(&b, insn_exit());
	if (insn_buf_finish(&b)) {
		unit_fail(__FILE__, __LINE__, "insn_buf_finish: %s", b.error_msg);
		insn_buf_free(&b);
		return false;
	}
	struct program_spec spec = {
		.name = "attach_test",
		.type = type,
		.expected_attach_type = attach_type,
		.attach_btf_id = btf_id,
		.insns = b.insns,
		.insn_count = b.len,
		.map_fds = &c->map_fd,
	};
	struct program_load r;
	c->prog_fd = program_load(&spec, &r);
	if (c->prog_fd < 0) {
		char msg[256];
		unit_fail(__FILE__, __LINE__, "load failed: %s",
			  program_load_message(&r, msg, sizeof(msg)));
	}
	program_load_free(&r);
	insn_buf_free(&b);
	return c->prog_fd >= 0;
}

static uint64_t counter_read(const struct counter *c)
{
	uint32_t key = 0;
	uint64_t value = 0;
	if (bpf_map_lookup_elem(c->map_fd, &key, &value))
		unit_fail(__FILE__, __LINE__, "map lookup: %s", strerror(errno));
	return value;
}

static void counter_close(struct counter *c)
{
	if (c->prog_fd >= 0)
		close(c->prog_fd);
	if (c->map_fd >= 0)
		close(c->map_fd);
}

/* Open fds of perf events and BPF links in this process. */
static int attach_fds_open(void)
{
	int n = 0;
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return -1;
	struct dirent *e;
	while ((e = readdir(d))) {
		char path[300], target[128];
		snprintf(path, sizeof(path), "/proc/self/fd/%s", e->d_name);
		ssize_t len = readlink(path, target, sizeof(target) - 1);
		if (len <= 0)
			continue;
		target[len] = '\0';
		if (!strcmp(target, "anon_inode:[perf_event]") || !strcmp(target, "anon_inode:bpf_link"))
			n++;
	}
	closedir(d);
	return n;
}

static void getppid_calls(int n)
{
	for (int i = 0; i < n; i++)
		syscall(SYS_getppid);
}

/* Detaches everything, then checks that no fd is left and that the
 * program no longer runs. */
static void detach_and_check_quiet(const struct counter *c, int fds_before,
				   void (*workload)(void))
{
	attachments_detach_all();
	attachments_detach_all();  /* idempotent */
	CHECK_INT(attachments_count(), 0);
	CHECK_INT(attach_fds_open(), fds_before);
	uint64_t after = counter_read(c);
	workload();
	CHECK_INT(counter_read(c), after);
	attachments_release();
}

static void thousand_getppids(void)
{
	getppid_calls(1000);
}

UNIT_TEST(attach_tracepoint_counts_getppid)
{
	if (!unit_require_root())
		return;
	struct counter c;
	if (!counter_load(&c, BPF_PROG_TYPE_TRACEPOINT, 0, 0)) {
		counter_close(&c);
		return;
	}
	int fds_before = attach_fds_open();
	int err = attach_tracepoint(c.prog_fd, "syscalls", "sys_enter_getppid");
	if (err) {
		unit_fail(__FILE__, __LINE__, "attach: %s", attach_error());
	} else {
		CHECK_INT(attachments_count(), 1);
		CHECK(attach_fds_open() > fds_before);
		getppid_calls(1000);
		uint64_t n = counter_read(&c);
		if (n < 1000)
			unit_fail(__FILE__, __LINE__, "counted %llu getppid calls, expected >= 1000",
				  (unsigned long long)n);
	}
	detach_and_check_quiet(&c, fds_before, thousand_getppids);
	counter_close(&c);
}

UNIT_TEST(attach_raw_tracepoint_counts_syscalls)
{
	if (!unit_require_root())
		return;
	struct counter c;
	if (!counter_load(&c, BPF_PROG_TYPE_RAW_TRACEPOINT, 0, 0)) {
		counter_close(&c);
		return;
	}
	int fds_before = attach_fds_open();
	if (attach_raw_tracepoint(c.prog_fd, "sys_enter")) {
		unit_fail(__FILE__, __LINE__, "attach: %s", attach_error());
	} else {
		uint64_t before = counter_read(&c);
		getppid_calls(100);
		CHECK(counter_read(&c) >= before + 100);
	}
	detach_and_check_quiet(&c, fds_before, thousand_getppids);
	counter_close(&c);
}

UNIT_TEST(attach_tp_btf_counts_syscalls)
{
	if (!unit_require_root())
		return;
	struct btf *vmlinux = btf__load_vmlinux_btf();
	if (!vmlinux) {
		unit_skip("no vmlinux BTF");
		return;
	}
	int id = btf__find_by_name_kind(vmlinux, "btf_trace_sys_enter", BTF_KIND_TYPEDEF);
	btf__free(vmlinux);
	if (id < 0) {
		unit_fail(__FILE__, __LINE__, "no btf_trace_sys_enter in vmlinux BTF");
		return;
	}
	struct counter c;
	if (!counter_load(&c, BPF_PROG_TYPE_TRACING, BPF_TRACE_RAW_TP, (uint32_t)id)) {
		counter_close(&c);
		return;
	}
	int fds_before = attach_fds_open();
	if (attach_tp_btf(c.prog_fd, "sys_enter")) {
		unit_fail(__FILE__, __LINE__, "attach: %s", attach_error());
	} else {
		uint64_t before = counter_read(&c);
		getppid_calls(100);
		CHECK(counter_read(&c) >= before + 100);
	}
	detach_and_check_quiet(&c, fds_before, thousand_getppids);
	counter_close(&c);
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void busy_loop_200ms(void)
{
	volatile uint64_t x = 0;
	double end = now_seconds() + 0.2;
	while (now_seconds() < end)
		for (int i = 0; i < 10000; i++)
			x += (uint64_t)i;
}

UNIT_TEST(attach_profile_on_every_cpu)
{
	if (!unit_require_root())
		return;
	struct counter c;
	if (!counter_load(&c, BPF_PROG_TYPE_PERF_EVENT, 0, 0)) {
		counter_close(&c);
		return;
	}
	uint64_t freq = 4999;
	FILE *f = fopen("/proc/sys/kernel/perf_event_max_sample_rate", "re");
	if (f) {
		unsigned long long max;
		if (fscanf(f, "%llu", &max) == 1 && max < freq)
			freq = max;
		fclose(f);
	}
	int cpus[1024];
	int ncpus = attach_online_cpus(cpus, 1024);
	CHECK(ncpus > 0);
	int fds_before = attach_fds_open();
	if (attach_perf_event(c.prog_fd, PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CPU_CLOCK, freq, true,
			      -1)) {
		unit_fail(__FILE__, __LINE__, "attach: %s", attach_error());
	} else {
		CHECK_INT(attachments_count(), ncpus);
		busy_loop_200ms();
		CHECK(counter_read(&c) > 0);
	}
	detach_and_check_quiet(&c, fds_before, busy_loop_200ms);
	counter_close(&c);
}

UNIT_TEST(attach_interval_timer_on_one_cpu)
{
	if (!unit_require_root())
		return;
	struct counter c;
	if (!counter_load(&c, BPF_PROG_TYPE_PERF_EVENT, 0, 0)) {
		counter_close(&c);
		return;
	}
	int fds_before = attach_fds_open();
	if (attach_interval(c.prog_fd, 10 * 1000 * 1000)) {  /* 10 ms */
		unit_fail(__FILE__, __LINE__, "attach: %s", attach_error());
	} else {
		CHECK_INT(attachments_count(), 1);
		busy_loop_200ms();
		CHECK(counter_read(&c) > 0);
	}
	detach_and_check_quiet(&c, fds_before, busy_loop_200ms);
	counter_close(&c);
}

UNIT_TEST(attach_missing_tracepoint_is_named)
{
	if (!unit_require_root())
		return;
	struct counter c;
	if (!counter_load(&c, BPF_PROG_TYPE_TRACEPOINT, 0, 0)) {
		counter_close(&c);
		return;
	}
	CHECK_INT(attach_tracepoint(c.prog_fd, "syscalls", "sys_enter_foo"), -ENOENT);
	CHECK_STR(attach_error(),
		  "tracepoint: syscalls:sys_enter_foo not found (no events/syscalls/sys_enter_foo in tracefs)");
	CHECK_INT(attach_raw_tracepoint(c.prog_fd, "no_such_tracepoint_xyz") < 0, 1);
	CHECK(!strncmp(attach_error(), "raw tracepoint: no_such_tracepoint_xyz", 38));
	CHECK_INT(attachments_count(), 0);
	counter_close(&c);
}

UNIT_TEST(attach_kprobe_explains_and_suggests)
{
	if (!unit_require_root())
		return;
	if (access("/sys/bus/event_source/devices/kprobe", F_OK) == 0) {
		unit_skip("this kernel has kprobes; the refusal is not reachable");
		return;
	}
	struct counter c;
	if (!counter_load(&c, BPF_PROG_TYPE_RAW_TRACEPOINT, 0, 0)) {
		counter_close(&c);
		return;
	}
	CHECK_INT(attach_kprobe(c.prog_fd, "do_nanosleep", 0, false), -EOPNOTSUPP);
	const char *e = attach_error();
	CHECK(!strncmp(e, "kprobe: cannot attach to do_nanosleep: ", 39));
	CHECK(strstr(e, "CONFIG_KPROBES") != NULL);
	CHECK(strstr(e, "kprobes are not available") != NULL);
	CHECK(strstr(e, "tracepoint:syscalls:sys_enter_clock_nanosleep") != NULL);
	CHECK_INT(attach_kprobe(c.prog_fd, "do_nanosleep", 0, true), -EOPNOTSUPP);
	CHECK(!strncmp(attach_error(), "kretprobe: ", 11));
	CHECK_INT(attachments_count(), 0);
	counter_close(&c);
}


UNIT_TEST(attach_suggests_tracepoints_for_functions)
{
	if (!unit_require_root())
		return;
	char buf[512];
	CHECK(attach_suggest_tracepoints("__x64_sys_openat", buf, sizeof(buf), 2) > 0);
	CHECK(!strncmp(buf, "tracepoint:syscalls:sys_enter_openat", 36));
	CHECK_INT(attach_suggest_tracepoints("xy", buf, sizeof(buf), 3), 0);
	CHECK_STR(buf, "");
}

UNIT_TEST(attach_fentry_explains)
{
	if (!unit_require_root())
		return;
	if (features_has(FEATURE_FENTRY)) {
		unit_skip("this kernel has fentry; the refusal is not reachable");
		return;
	}
	CHECK_INT(attach_fentry(-1, "do_nanosleep", false), -EOPNOTSUPP);
	CHECK(!strncmp(attach_error(), "fentry: cannot attach to do_nanosleep: ", 39));
	CHECK(strstr(attach_error(), "BPF trampolines (fentry/fexit) are not supported") != NULL);
	CHECK(strstr(attach_error(), "use tracepoint:syscalls:sys_enter_clock_nanosleep") != NULL);
	CHECK_INT(attachments_count(), 0);
}

UNIT_TEST(attach_known_alternatives_exist_here)
{
	if (!unit_require_root())
		return;
	char buf[512];
	CHECK_INT(attach_known_alternatives("tcp_set_state", buf, sizeof(buf)), 2);
	CHECK_STR(buf, "tracepoint:sock:inet_sock_set_state or rawtracepoint:inet_sock_set_state");
	CHECK_INT(attach_known_alternatives("finish_task_switch", buf, sizeof(buf)), 2);
	CHECK_STR(buf, "tracepoint:sched:sched_switch or rawtracepoint:sched_switch");
	CHECK_INT(attach_known_alternatives("no_such_function_here", buf, sizeof(buf)), 0);
	CHECK_STR(buf, "");
}
