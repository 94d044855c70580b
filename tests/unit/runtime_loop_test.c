/* The event loop and the -c child: ring buffer records dispatched by
 * action id (as root), stops by signal, child exit and timeout, and the
 * signal mask left as it was. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "codegen/bpf_insn.h"
#include "loader/map.h"
#include "loader/program.h"
#include "runtime/child.h"
#include "runtime/loop.h"
#include "unit.h"

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* No loop signal is left blocked or pending. */
static void check_signals_clean(void)
{
	sigset_t mask, pending;
	sigprocmask(SIG_BLOCK, NULL, &mask);
	CHECK(!sigismember(&mask, SIGINT));
	CHECK(!sigismember(&mask, SIGTERM));
	CHECK(!sigismember(&mask, SIGCHLD));
	sigpending(&pending);
	CHECK(!sigismember(&pending, SIGINT));
	CHECK(!sigismember(&pending, SIGTERM));
}

struct counter {
	int records;
	int bad_values;
};

static int count_record(void *ctx, uint64_t id, const void *payload, size_t size)
{
	struct counter *c = ctx;
	uint64_t value = 0;
	if (id != 7 || size < sizeof(value))
		c->bad_values++;
	else {
		memcpy(&value, payload, sizeof(value));
		if (value != 42)
			c->bad_values++;
	}
	return ++c->records == 3 ? LOOP_STOP : LOOP_CONTINUE;
}

UNIT_TEST(runtime_loop_dispatches_ringbuf_records)
{
	if (!unit_require_root())
		return;
	char err[256];
	struct map_spec ring = { "events", MAP_RINGBUF, 0, 0, 65536, 0, -1 };
	int ring_fd = map_create(&ring, err, sizeof(err));
	if (ring_fd < 0) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	/* *(u64 *)(fp-16) = 7; *(u64 *)(fp-8) = 42; ringbuf_output(map, fp-16, 16, 0) */
	struct insn_buf b;
	insn_buf_init(&b);
	insn_buf_add(&b, insn_st(INSN_U64, BPF_REG_10, -16, 7));
	insn_buf_add(&b, insn_st(INSN_U64, BPF_REG_10, -8, 42));
	insn_buf_add_wide(&b, insn_ld_map_idx(BPF_REG_1, 0));
	insn_buf_add(&b, insn_mov64_reg(BPF_REG_2, BPF_REG_10));
	insn_buf_add(&b, insn_alu64_imm(INSN_ADD, BPF_REG_2, -16));
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_3, 16));
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_4, 0));
	insn_buf_add(&b, insn_call(BPF_FUNC_ringbuf_output));
	insn_buf_add(&b, insn_exit());   /* r0: the helper's result */
	int prog_fd = -1;
	if (insn_buf_finish(&b)) {
		unit_fail(__FILE__, __LINE__, "insn_buf_finish: %s", b.error_msg);
		goto out;
	}
	struct program_spec spec = { .name = "loop_test", .type = BPF_PROG_TYPE_RAW_TRACEPOINT,
				     .insns = b.insns, .insn_count = b.len, .map_fds = &ring_fd };
	struct program_load r;
	prog_fd = program_load(&spec, &r);
	if (prog_fd < 0) {
		char msg[256];
		unit_fail(__FILE__, __LINE__, "load failed: %s",
			  program_load_message(&r, msg, sizeof(msg)));
	}
	program_load_free(&r);
	if (prog_fd < 0)
		goto out;
	for (int i = 0; i < 3; i++) {
		uint32_t ret = ~0u;
		CHECK_INT(program_test_run(prog_fd, NULL, 0, NULL, 0, &ret), 0);
		CHECK_INT(ret, 0);
	}

	loop_action_fn handlers[8] = { 0 };
	handlers[7] = count_record;
	struct counter c = { 0 };
	struct loop_config cfg = { .ringbuf_fds = &ring_fd, .nringbufs = 1, .handlers = handlers,
				   .handler_count = 8, .ctx = &c, .duration_ms = 2000 };
	struct loop *l = loop_new(&cfg, err, sizeof(err));
	if (!l) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		goto out;
	}
	CHECK_STR(loop_stop_name(loop_run(l)), "exit action");
	CHECK_INT(c.records, 3);
	CHECK_INT(c.bad_values, 0);
	CHECK_INT(loop_records(l), 3);
	CHECK_INT(loop_unknown_records(l), 0);
	loop_free(l);
	check_signals_clean();
out:
	if (prog_fd >= 0)
		close(prog_fd);
	insn_buf_free(&b);
	close(ring_fd);
}

UNIT_TEST(runtime_loop_lost_events_sums_cpus)
{
	if (!unit_require_root())
		return;
	char err[256];
	struct map_spec spec = { "lost", MAP_PERCPU_ARRAY, 4, 8, 1, 0, -1 };
	int fd = map_create(&spec, err, sizeof(err));
	if (fd < 0) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	int ncpu = libbpf_num_possible_cpus();
	uint64_t *values = calloc((size_t)ncpu, sizeof(*values)), total = 99, want = 0;
	for (int i = 0; i < ncpu; i++)
		want += values[i] = (uint64_t)i + 1;
	uint32_t key = 0;
	CHECK_INT(bpf_map_update_elem(fd, &key, values, BPF_ANY), 0);
	CHECK_INT(loop_lost_events(fd, &total), 0);
	CHECK_INT(total, want);
	free(values);
	close(fd);
}

UNIT_TEST(runtime_loop_stops_on_sigterm)
{
	char err[256];
	struct loop_config cfg = { .duration_ms = 5000 };
	struct loop *l = loop_new(&cfg, err, sizeof(err));
	if (!l) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	kill(getpid(), SIGTERM);   /* blocked: waits for the signalfd */
	CHECK_STR(loop_stop_name(loop_run(l)), "signal");
	CHECK_INT(loop_signal(l), SIGTERM);
	loop_free(l);
	check_signals_clean();
}

/* A SIGTERM still pending when the loop is freed must not kill us. */
UNIT_TEST(runtime_loop_free_drains_pending_signals)
{
	char err[256];
	struct loop_config cfg = { 0 };
	struct loop *l = loop_new(&cfg, err, sizeof(err));
	if (!l) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	kill(getpid(), SIGTERM);
	loop_free(l);
	check_signals_clean();
}

UNIT_TEST(runtime_loop_duration_timeout)
{
	char err[256];
	struct loop_config cfg = { .duration_ms = 100 };
	struct loop *l = loop_new(&cfg, err, sizeof(err));
	if (!l) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	uint64_t start = now_ms();
	CHECK_STR(loop_stop_name(loop_run(l)), "timeout");
	uint64_t took = now_ms() - start;
	if (took < 95 || took > 300)
		unit_fail(__FILE__, __LINE__, "stopped after %llu ms, expected 100", (unsigned long long)took);
	loop_free(l);
	check_signals_clean();
}

static int tick(void *ctx)
{
	int *n = ctx;
	return ++*n == 3 ? LOOP_STOP : LOOP_CONTINUE;
}

UNIT_TEST(runtime_loop_interval_callbacks)
{
	char err[256];
	int ticks = 0;
	struct loop_interval iv = { 20 * 1000000ULL, tick, &ticks };
	struct loop_config cfg = { .duration_ms = 2000, .intervals = &iv,
				   .interval_count = 1 };
	struct loop *l = loop_new(&cfg, err, sizeof(err));
	if (!l) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	uint64_t start = now_ms();
	CHECK_STR(loop_stop_name(loop_run(l)), "exit action");
	CHECK_INT(ticks, 3);
	CHECK(now_ms() - start >= 55);
	loop_free(l);
	check_signals_clean();
}

UNIT_TEST(runtime_child_runs_after_release_and_stops_the_loop)
{
	char err[256], path[64], cmd[128];
	snprintf(path, sizeof(path), "/tmp/bpfscope-child-%d", (int)getpid());
	unlink(path);
	snprintf(cmd, sizeof(cmd), "touch %s; exit 3", path);
	child_reset();
	pid_t pid = child_spawn(cmd, err, sizeof(err));
	if (pid < 0) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	CHECK_INT(child_pid(), pid);
	usleep(100 * 1000);
	struct stat st;
	CHECK(stat(path, &st) < 0 && errno == ENOENT);   /* not run before release */
	CHECK(!child_reap());

	struct loop_config cfg = { .duration_ms = 5000, .watch_child = true };
	struct loop *l = loop_new(&cfg, err, sizeof(err));
	if (!l) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		child_kill(100);
		return;
	}
	CHECK_INT(child_release(), 0);
	CHECK_STR(loop_stop_name(loop_run(l)), "child exited");
	CHECK(child_exited());
	CHECK_INT(child_exit_status(), 3);
	CHECK_INT(stat(path, &st), 0);
	loop_free(l);
	check_signals_clean();
	unlink(path);
	child_reset();
}

/* Killed before release, the child never runs its command. */
UNIT_TEST(runtime_child_killed_before_release)
{
	char err[256], path[64], cmd[128];
	snprintf(path, sizeof(path), "/tmp/bpfscope-child-k-%d", (int)getpid());
	unlink(path);
	snprintf(cmd, sizeof(cmd), "touch %s", path);
	child_reset();
	if (child_spawn(cmd, err, sizeof(err)) < 0) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	child_kill(200);
	CHECK(child_exited());
	struct stat st;
	CHECK(stat(path, &st) < 0);
	child_reset();
}

/* A running child that ignores SIGTERM is killed after the grace period. */
UNIT_TEST(runtime_child_killed_while_running)
{
	char err[256];
	child_reset();
	if (child_spawn("trap '' TERM; while :; do :; done", err, sizeof(err)) < 0) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	CHECK_INT(child_release(), 0);
	usleep(100 * 1000);
	uint64_t start = now_ms();
	child_kill(100);
	CHECK(now_ms() - start < 2000);
	CHECK(child_exited());
	CHECK_INT(child_exit_status(), 128 + SIGKILL);
	child_reset();
}
