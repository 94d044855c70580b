/* The loader: verifier logs read back, maps created, and (as root) tiny
 * programs built with the encoder loaded and run with BPF_PROG_TEST_RUN. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include "codegen/bpf_insn.h"
#include "loader/map.h"
#include "loader/names.h"
#include "loader/program.h"
#include "bpf_test_util.h"
#include "unit.h"

/* --- reading verifier logs (recorded from Linux 6.18) --- */

UNIT_TEST(bpf_verifier_log_uninitialized_register)
{
	int index;
	char *reason;
	program_parse_verifier_log("0: R1=ctx() R10=fp0\n"
				   "0: (b7) r0 = 0                        ; R0=0\n"
				   "1: (0f) r0 += r3\n"
				   "R3 !read_ok\n"
				   "processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n",
				   &index, &reason);
	CHECK_INT(index, 1);
	CHECK_STR(reason, "R3 !read_ok");
	free(reason);
}

UNIT_TEST(bpf_verifier_log_reason_of_several_lines)
{
	int index;
	char *reason;
	program_parse_verifier_log("5: (85) call bpf_map_lookup_elem#1      ; R0=map_value_or_null(id=1,map=AT_x,ks=4,vs=8)\n"
				   "6: (15) if r0 == 0x0 goto pc+1        ; R0=map_value(map=AT_x,ks=4,vs=8)\n"
				   "7: (79) r0 = *(u64 *)(r0 +8)\n"
				   "invalid access to map value, value_size=8 off=8 size=8\n"
				   "R0 min value is outside of the allowed memory range\n"
				   "processed 8 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n",
				   &index, &reason);
	CHECK_INT(index, 7);
	CHECK_STR(reason, "invalid access to map value, value_size=8 off=8 size=8\n"
			  "R0 min value is outside of the allowed memory range");
	free(reason);
}

/* Checks made before the walk print no instruction lines; the index is in
 * the message. */
UNIT_TEST(bpf_verifier_log_error_before_the_walk)
{
	int index;
	char *reason;
	program_parse_verifier_log("jump out of range from insn 1 to 7\n"
				   "processed 0 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n",
				   &index, &reason);
	CHECK_INT(index, 1);
	CHECK_STR(reason, "jump out of range from insn 1 to 7");
	free(reason);

	program_parse_verifier_log("", &index, &reason);
	CHECK_INT(index, -1);
	CHECK(reason == NULL);
}

/* Log level 2 adds states, path headers and precision tracking. */
UNIT_TEST(bpf_verifier_log_level_2_noise_is_skipped)
{
	int index;
	char *reason;
	program_parse_verifier_log("func#0 @0\n"
				   "0: R1=ctx() R10=fp0\n"
				   "0: (b7) r1 = 1                        ; R1_w=1\n"
				   "1: (15) if r1 == 0x0 goto pc+1\n"
				   "from 1 to 3: safe\n"
				   "2: (bf) r0 = r1                       ; R0_w=1 R1_w=1\n"
				   "3: (95) exit\n"
				   "R0 !read_ok\n"
				   "mark_precise: frame0: last_idx 3 first_idx 0 subseq_idx -1\n"
				   "verification time 12 usec\n"
				   "stack depth 0\n",
				   &index, &reason);
	CHECK_INT(index, 3);
	CHECK_STR(reason, "R0 !read_ok");
	free(reason);
}

UNIT_TEST(bpf_program_load_message)
{
	char buf[128];
	struct program_load r = { .fd = -1, .err = EACCES, .insn_index = 4,
				  .reason = "first line\nsecond line" };
	CHECK_STR(program_load_message(&r, buf, sizeof(buf)), "first line (instruction 4)");
	r = (struct program_load){ .fd = -1, .err = EPERM, .insn_index = -1 };
	CHECK_STR(program_load_message(&r, buf, sizeof(buf)), "Operation not permitted");
}

UNIT_TEST(bpf_object_names_fit_the_kernel)
{
	char name[BPF_OBJ_NAME_LEN];
	loader_object_name(name, "@start");
	CHECK_STR(name, "AT_start");
	loader_object_name(name, "tracepoint:sched:sched_switch");
	CHECK_STR(name, "tracepoint_sche");
	loader_object_name(name, NULL);
	CHECK_STR(name, "");
}

UNIT_TEST(bpf_map_create_explains_bad_shapes)
{
	char err[256], want[256];
	struct map_spec ring = { "@events", MAP_RINGBUF, 0, 0, 5000, 0, -1 };
	CHECK_INT(map_create(&ring, err, sizeof(err)), -EINVAL);
	snprintf(want, sizeof(want), "map '@events': failed to create: Invalid argument (ring buffer "
		 "size 5000 is not a power of 2 multiple of the page size %ld)", sysconf(_SC_PAGESIZE));
	CHECK_STR(err, want);

	struct map_spec array = { "@a", MAP_ARRAY, 8, 8, 1, 0, -1 };
	CHECK_INT(map_create(&array, err, sizeof(err)), -EINVAL);
	CHECK_STR(err, "map '@a': failed to create: Invalid argument (array keys are 4 bytes, not 8)");
	CHECK_STR(map_kind_name(MAP_PERCPU_HASH), "percpu_hash");
}

/* --- in the kernel --- */

static int load(struct insn_buf *b, enum bpf_prog_type type, const int *map_fds)
{
	if (insn_buf_finish(b)) {
		unit_fail(__FILE__, __LINE__, "insn_buf_finish: %s", b->error_msg);
		return -1;
	}
	return unit_load_insns("unit_test", type, b, map_fds);
}

/* Loads `b` as a raw tracepoint program, runs it once with `args` as its
 * context, and returns r0 (or ~0 after a failure). */
static uint32_t run(struct insn_buf *b, const int *map_fds, const uint64_t *args, size_t nargs)
{
	uint32_t ret = ~0u;
	int fd = load(b, BPF_PROG_TYPE_RAW_TRACEPOINT, map_fds);
	if (fd < 0)
		return ret;
	int err = program_test_run(fd, args, nargs * sizeof(*args), NULL, 0, &ret);
	if (err)
		unit_fail(__FILE__, __LINE__, "test run failed: %s", strerror(-err));
	close(fd);
	return ret;
}

static int create_map(enum map_kind kind, uint32_t key_size, uint32_t value_size,
		      uint32_t entries)
{
	char err[256];
	struct map_spec spec = { "@test", kind, key_size, value_size, entries, 0, -1 };
	int fd = map_create(&spec, err, sizeof(err));
	if (fd < 0)
		unit_fail(__FILE__, __LINE__, "%s", err);
	return fd;
}

/* Results are stored as u64 slots of a one-entry array map, reached
 * through r9, which the test's code must leave alone. */
#define RESULTS 8

struct results {
	struct insn_buf b;
	int map_fd;
	uint64_t slot[RESULTS];
};

static void results_begin(struct results *r)
{
	insn_buf_init(&r->b);
	r->map_fd = create_map(MAP_ARRAY, 4, RESULTS * 8, 1);
	insn_buf_add_wide(&r->b, insn_ld_map_value_idx(BPF_REG_9, 0, 0));
}

static void store_result(struct results *r, int slot, int reg)
{
	insn_buf_add(&r->b, insn_stx(INSN_U64, BPF_REG_9, (int16_t)(slot * 8), reg));
}

static bool results_run(struct results *r)
{
	bool ok = false;
	insn_buf_add(&r->b, insn_mov64_imm(BPF_REG_0, 0));
	insn_buf_add(&r->b, insn_exit());
	if (r->map_fd >= 0 && run(&r->b, &r->map_fd, NULL, 0) == 0) {
		uint32_t key = 0;
		ok = bpf_map_lookup_elem(r->map_fd, &key, r->slot) == 0;
		CHECK(ok);
	}
	if (r->map_fd >= 0)
		close(r->map_fd);
	insn_buf_free(&r->b);
	return ok;
}

UNIT_TEST(bpf_kernel_runs_64bit_arithmetic)
{
	if (!unit_require_root())
		return;
	struct results r;
	results_begin(&r);
	struct insn_buf *b = &r.b;
	insn_buf_add_wide(b, insn_ld_imm64(BPF_REG_1, 0x100000000ULL));
	insn_buf_add(b, insn_alu64_imm(INSN_MUL, BPF_REG_1, 3));
	insn_buf_add(b, insn_alu64_imm(INSN_ADD, BPF_REG_1, 5));
	insn_buf_add(b, insn_alu64_imm(INSN_SUB, BPF_REG_1, 1));
	insn_buf_add(b, insn_alu64_imm(INSN_LSH, BPF_REG_1, 4));
	insn_buf_add(b, insn_alu64_imm(INSN_RSH, BPF_REG_1, 2));
	store_result(&r, 0, BPF_REG_1);
	insn_buf_add(b, insn_mov64_imm(BPF_REG_2, -16));
	insn_buf_add(b, insn_alu64_imm(INSN_ARSH, BPF_REG_2, 2));
	store_result(&r, 1, BPF_REG_2);
	insn_buf_add(b, insn_mov64_imm(BPF_REG_3, 100));
	insn_buf_add(b, insn_mov64_imm(BPF_REG_4, 7));
	insn_buf_add(b, insn_alu64_reg(INSN_MOD, BPF_REG_3, BPF_REG_4));
	insn_buf_add(b, insn_alu64_imm(INSN_XOR, BPF_REG_3, 0xf0));
	insn_buf_add(b, insn_neg64(BPF_REG_3));
	store_result(&r, 2, BPF_REG_3);
	if (!results_run(&r))
		return;
	CHECK_INT(r.slot[0], ((0x100000000ULL * 3 + 5 - 1) << 4) >> 2);
	CHECK_INT(r.slot[1], -4);
	CHECK_INT(r.slot[2], -(int64_t)((100 % 7) ^ 0xf0));
}

/* 32-bit operations wrap at 32 bits and zero the upper half. */
UNIT_TEST(bpf_kernel_alu32_zero_extends)
{
	if (!unit_require_root())
		return;
	struct results r;
	results_begin(&r);
	struct insn_buf *b = &r.b;
	insn_buf_add(b, insn_mov64_imm(BPF_REG_1, -1));
	insn_buf_add(b, insn_alu32_imm(INSN_ADD, BPF_REG_1, 0));
	store_result(&r, 0, BPF_REG_1);
	insn_buf_add(b, insn_mov64_imm(BPF_REG_2, -1));
	insn_buf_add(b, insn_alu64_imm(INSN_ADD, BPF_REG_2, 1));
	store_result(&r, 1, BPF_REG_2);
	insn_buf_add(b, insn_mov32_imm(BPF_REG_3, -1));
	insn_buf_add(b, insn_alu32_imm(INSN_ADD, BPF_REG_3, 2));
	store_result(&r, 2, BPF_REG_3);
	insn_buf_add_wide(b, insn_ld_imm64(BPF_REG_4, 0x500000003ULL));
	insn_buf_add(b, insn_alu32_imm(INSN_MUL, BPF_REG_4, 3));
	store_result(&r, 3, BPF_REG_4);
	insn_buf_add(b, insn_mov64_imm(BPF_REG_5, -8));
	insn_buf_add(b, insn_alu32_imm(INSN_ARSH, BPF_REG_5, 1));
	store_result(&r, 4, BPF_REG_5);
	if (!results_run(&r))
		return;
	CHECK_INT(r.slot[0], 0xffffffffULL);
	CHECK_INT(r.slot[1], 0);
	CHECK_INT(r.slot[2], 1);
	CHECK_INT(r.slot[3], 9);
	CHECK_INT(r.slot[4], 0xfffffffcULL);
}

/* Division by zero gives 0 and modulo by zero keeps the dividend; the
 * signed forms truncate toward zero (cpu v4, Linux 6.6). */
UNIT_TEST(bpf_kernel_division_semantics)
{
	if (!unit_require_root())
		return;
	struct results r;
	results_begin(&r);
	struct insn_buf *b = &r.b;
	insn_buf_add(b, insn_mov64_imm(BPF_REG_1, 7));
	insn_buf_add(b, insn_mov64_imm(BPF_REG_2, 0));
	insn_buf_add(b, insn_alu64_reg(INSN_DIV, BPF_REG_1, BPF_REG_2));
	store_result(&r, 0, BPF_REG_1);
	insn_buf_add(b, insn_mov64_imm(BPF_REG_1, 7));
	insn_buf_add(b, insn_alu64_reg(INSN_MOD, BPF_REG_1, BPF_REG_2));
	store_result(&r, 1, BPF_REG_1);
	insn_buf_add(b, insn_mov64_imm(BPF_REG_1, -7));
	insn_buf_add(b, insn_alu64_imm(INSN_SDIV, BPF_REG_1, 2));
	store_result(&r, 2, BPF_REG_1);
	insn_buf_add(b, insn_mov64_imm(BPF_REG_1, -7));
	insn_buf_add(b, insn_alu64_imm(INSN_SMOD, BPF_REG_1, 2));
	store_result(&r, 3, BPF_REG_1);
	insn_buf_add(b, insn_mov64_imm(BPF_REG_1, -7));
	insn_buf_add(b, insn_alu64_imm(INSN_DIV, BPF_REG_1, 2));
	store_result(&r, 4, BPF_REG_1);
	insn_buf_add(b, insn_mov64_imm(BPF_REG_1, 0x1ff));
	insn_buf_add(b, insn_movsx64(BPF_REG_1, BPF_REG_1, 8));
	store_result(&r, 5, BPF_REG_1);
	if (!results_run(&r))
		return;
	CHECK_INT(r.slot[0], 0);
	CHECK_INT(r.slot[1], 7);
	CHECK_INT(r.slot[2], -3);
	CHECK_INT(r.slot[3], -1);
	CHECK_INT(r.slot[4], (uint64_t)-7 / 2);
	CHECK_INT(r.slot[5], -1);
}

/* Sets `bit` in r0 when `jump` (with no offset yet) is taken. */
static void bit_if(struct insn_buf *b, struct bpf_insn jump, int bit)
{
	struct insn_label taken = insn_buf_label(b), next = insn_buf_label(b);
	insn_buf_add_jump(b, jump, taken);
	insn_buf_add_goto(b, next);
	insn_buf_place(b, taken);
	insn_buf_add(b, insn_alu64_imm(INSN_OR, BPF_REG_0, 1 << bit));
	insn_buf_place(b, next);
}

UNIT_TEST(bpf_kernel_signed_and_unsigned_jumps)
{
	if (!unit_require_root())
		return;
	struct insn_buf b;
	insn_buf_init(&b);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_0, 0));
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_1, -1));           /* 0xffff...ffff */
	insn_buf_add(&b, insn_mov32_imm(BPF_REG_2, -1));           /* 0x00000000ffffffff */
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_3, 5));
	bit_if(&b, insn_jmp_imm(INSN_JGT, BPF_REG_1, 5, 0), 0);     /* yes: huge unsigned */
	bit_if(&b, insn_jmp_imm(INSN_JSGT, BPF_REG_1, 5, 0), 1);    /* no: -1 */
	bit_if(&b, insn_jmp_imm(INSN_JSLT, BPF_REG_1, 0, 0), 2);    /* yes */
	bit_if(&b, insn_jmp32_imm(INSN_JEQ, BPF_REG_1, -1, 0), 3);  /* yes */
	bit_if(&b, insn_jmp_imm(INSN_JSGT, BPF_REG_2, 0, 0), 4);    /* yes: positive in 64 bits */
	bit_if(&b, insn_jmp32_imm(INSN_JSGT, BPF_REG_2, 0, 0), 5);  /* no: -1 in 32 bits */
	bit_if(&b, insn_jmp_reg(INSN_JLT, BPF_REG_3, BPF_REG_1, 0), 6);   /* yes */
	bit_if(&b, insn_jmp_reg(INSN_JSLE, BPF_REG_3, BPF_REG_1, 0), 7);  /* no */
	bit_if(&b, insn_jmp_imm(INSN_JSET, BPF_REG_3, 4, 0), 8);    /* yes */
	bit_if(&b, insn_jmp32_reg(INSN_JNE, BPF_REG_1, BPF_REG_2, 0), 9); /* no: equal low halves */
	insn_buf_add(&b, insn_exit());
	CHECK_INT(run(&b, NULL, NULL, 0), 1 << 0 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 6 | 1 << 8);
	insn_buf_free(&b);
}

UNIT_TEST(bpf_kernel_runs_a_bounded_loop)
{
	if (!unit_require_root())
		return;
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label top = insn_buf_label(&b);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_0, 0));
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_1, 1));
	insn_buf_place(&b, top);
	insn_buf_add(&b, insn_alu64_reg(INSN_ADD, BPF_REG_0, BPF_REG_1));
	insn_buf_add(&b, insn_alu64_imm(INSN_ADD, BPF_REG_1, 1));
	insn_buf_add_jump(&b, insn_jmp_imm(INSN_JLE, BPF_REG_1, 10, 0), top);
	insn_buf_add(&b, insn_exit());
	CHECK_INT(run(&b, NULL, NULL, 0), 55);
	insn_buf_free(&b);
}

UNIT_TEST(bpf_kernel_reads_raw_tracepoint_args)
{
	if (!unit_require_root())
		return;
	struct insn_buf b;
	insn_buf_init(&b);
	insn_buf_add(&b, insn_ldx(INSN_U64, BPF_REG_0, BPF_REG_1, 8));
	insn_buf_add(&b, insn_ldx(INSN_U64, BPF_REG_2, BPF_REG_1, 0));
	insn_buf_add(&b, insn_alu64_reg(INSN_SUB, BPF_REG_0, BPF_REG_2));
	insn_buf_add(&b, insn_exit());
	uint64_t args[2] = { 5, 47 };
	CHECK_INT(run(&b, NULL, args, 2), 42);
	insn_buf_free(&b);
}

UNIT_TEST(bpf_kernel_runs_a_socket_filter)
{
	if (!unit_require_root())
		return;
	struct insn_buf b;
	insn_buf_init(&b);
	insn_buf_add(&b, insn_ldx(INSN_U32, BPF_REG_0, BPF_REG_1, offsetof(struct __sk_buff, len)));
	insn_buf_add(&b, insn_exit());
	int fd = load(&b, BPF_PROG_TYPE_SOCKET_FILTER, NULL);
	if (fd >= 0) {
		char packet[64] = { 0 };
		uint32_t ret = 0;
		CHECK_INT(program_test_run(fd, NULL, 0, packet, sizeof(packet), &ret), 0);
		CHECK_INT(ret, 64 - 14);   /* the Ethernet header is pulled */
		close(fd);
	}
	insn_buf_free(&b);
}

/* The aggregation pattern: look the key up, add in place through the
 * returned pointer, insert when missing. */
UNIT_TEST(bpf_kernel_updates_a_hash_map)
{
	if (!unit_require_root())
		return;
	int map_fd = create_map(MAP_HASH, 4, 8, 16);
	if (map_fd < 0)
		return;
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label insert = insn_buf_label(&b), out = insn_buf_label(&b);
	insn_buf_add(&b, insn_st(INSN_U32, BPF_REG_10, -4, 42));
	insn_buf_add_wide(&b, insn_ld_map_idx(BPF_REG_1, 0));
	insn_buf_add(&b, insn_mov64_reg(BPF_REG_2, BPF_REG_10));
	insn_buf_add(&b, insn_alu64_imm(INSN_ADD, BPF_REG_2, -4));
	insn_buf_add(&b, insn_call(BPF_FUNC_map_lookup_elem));
	insn_buf_add_jump(&b, insn_jmp_imm(INSN_JEQ, BPF_REG_0, 0, 0), insert);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_1, 1));
	insn_buf_add(&b, insn_atomic(INSN_U64, INSN_ATOMIC_ADD, BPF_REG_0, 0, BPF_REG_1));
	insn_buf_add_goto(&b, out);
	insn_buf_place(&b, insert);
	insn_buf_add(&b, insn_st(INSN_U64, BPF_REG_10, -16, 1));
	insn_buf_add_wide(&b, insn_ld_map_idx(BPF_REG_1, 0));
	insn_buf_add(&b, insn_mov64_reg(BPF_REG_2, BPF_REG_10));
	insn_buf_add(&b, insn_alu64_imm(INSN_ADD, BPF_REG_2, -4));
	insn_buf_add(&b, insn_mov64_reg(BPF_REG_3, BPF_REG_10));
	insn_buf_add(&b, insn_alu64_imm(INSN_ADD, BPF_REG_3, -16));
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_4, BPF_ANY));
	insn_buf_add(&b, insn_call(BPF_FUNC_map_update_elem));
	insn_buf_place(&b, out);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_0, 0));
	insn_buf_add(&b, insn_exit());

	int fd = load(&b, BPF_PROG_TYPE_RAW_TRACEPOINT, &map_fd);
	if (fd >= 0) {
		uint32_t ret;
		for (int i = 0; i < 3; i++)
			CHECK_INT(program_test_run(fd, NULL, 0, NULL, 0, &ret), 0);
		uint32_t key = 42;
		uint64_t value = 0;
		CHECK_INT(bpf_map_lookup_elem(map_fd, &key, &value), 0);
		CHECK_INT(value, 3);
		close(fd);
	}
	close(map_fd);
	insn_buf_free(&b);
}

/* Loads a program the verifier must reject and returns its verdict. */
static int load_rejected(struct insn_buf *b, const int *map_fds, struct program_load *r)
{
	CHECK_INT(insn_buf_finish(b), 0);
	struct program_spec spec = {
		.name = "unit_rejected",
		.type = BPF_PROG_TYPE_RAW_TRACEPOINT,
		.insns = b->insns,
		.insn_count = b->len,
		.map_fds = map_fds,
	};
	int fd = program_load(&spec, r);
	CHECK(fd < 0);
	if (fd >= 0)
		close(fd);
	return fd;
}

UNIT_TEST(bpf_verifier_rejects_uninitialized_register)
{
	if (!unit_require_root())
		return;
	struct insn_buf b;
	insn_buf_init(&b);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_0, 0));
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_1, 1));
	insn_buf_add(&b, insn_alu64_reg(INSN_ADD, BPF_REG_0, BPF_REG_1));
	insn_buf_add(&b, insn_alu64_reg(INSN_ADD, BPF_REG_0, BPF_REG_3));
	insn_buf_add(&b, insn_exit());
	struct program_load r;
	CHECK_INT(load_rejected(&b, NULL, &r), -EACCES);
	CHECK_INT(r.err, EACCES);
	CHECK_INT(r.insn_index, 3);
	CHECK_STR(r.reason, "R3 !read_ok");
	CHECK(r.log && strstr(r.log, "3: (0f) r0 += r3"));
	char msg[128];
	CHECK_STR(program_load_message(&r, msg, sizeof(msg)), "R3 !read_ok (instruction 3)");
	program_load_free(&r);
	insn_buf_free(&b);
}

UNIT_TEST(bpf_verifier_rejects_stack_out_of_bounds)
{
	if (!unit_require_root())
		return;
	struct insn_buf b;
	insn_buf_init(&b);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_0, 0));
	insn_buf_add(&b, insn_stx(INSN_U64, BPF_REG_10, -8, BPF_REG_0));
	insn_buf_add(&b, insn_stx(INSN_U64, BPF_REG_10, -520, BPF_REG_0));
	insn_buf_add(&b, insn_exit());
	struct program_load r;
	CHECK_INT(load_rejected(&b, NULL, &r), -EACCES);
	CHECK_INT(r.insn_index, 2);
	CHECK(r.reason && strstr(r.reason, "invalid write to stack R10 off=-520 size=8"));
	program_load_free(&r);
	insn_buf_free(&b);
}

UNIT_TEST(bpf_verifier_rejects_map_value_out_of_bounds)
{
	if (!unit_require_root())
		return;
	int map_fd = create_map(MAP_ARRAY, 4, 8, 1);
	if (map_fd < 0)
		return;
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label out = insn_buf_label(&b);
	insn_buf_add(&b, insn_st(INSN_U32, BPF_REG_10, -4, 0));
	insn_buf_add_wide(&b, insn_ld_map_idx(BPF_REG_1, 0));
	insn_buf_add(&b, insn_mov64_reg(BPF_REG_2, BPF_REG_10));
	insn_buf_add(&b, insn_alu64_imm(INSN_ADD, BPF_REG_2, -4));
	insn_buf_add(&b, insn_call(BPF_FUNC_map_lookup_elem));
	insn_buf_add_jump(&b, insn_jmp_imm(INSN_JEQ, BPF_REG_0, 0, 0), out);
	insn_buf_add(&b, insn_ldx(INSN_U64, BPF_REG_0, BPF_REG_0, 8));
	insn_buf_place(&b, out);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_0, 0));
	insn_buf_add(&b, insn_exit());
	struct program_load r;
	CHECK_INT(load_rejected(&b, &map_fd, &r), -EACCES);
	CHECK_INT(r.insn_index, 7);
	CHECK(r.reason && strstr(r.reason, "invalid access to map value, value_size=8 off=8 size=8"));
	program_load_free(&r);
	insn_buf_free(&b);
	close(map_fd);
}

UNIT_TEST(bpf_verifier_rejects_a_jump_out_of_the_program)
{
	if (!unit_require_root())
		return;
	struct bpf_insn insns[] = { insn_mov64_imm(BPF_REG_0, 0), insn_ja(5), insn_exit() };
	struct program_spec spec = {
		.name = "unit_rejected",
		.type = BPF_PROG_TYPE_RAW_TRACEPOINT,
		.insns = insns,
		.insn_count = 3,
	};
	struct program_load r;
	CHECK_INT(program_load(&spec, &r), -EINVAL);
	CHECK_INT(r.insn_index, 1);
	CHECK(r.reason && strstr(r.reason, "jump out of range from insn 1"));
	program_load_free(&r);
}

/* -d verifier: the log of a program that loads. */
UNIT_TEST(bpf_verifier_log_kept_on_request)
{
	if (!unit_require_root())
		return;
	struct bpf_insn insns[] = { insn_mov64_imm(BPF_REG_0, 0), insn_exit() };
	struct program_spec spec = {
		.name = "unit_logged",
		.type = BPF_PROG_TYPE_RAW_TRACEPOINT,
		.insns = insns,
		.insn_count = 2,
		.log_level = 2,
	};
	struct program_load r;
	int fd = program_load(&spec, &r);
	CHECK(fd >= 0);
	CHECK_INT(r.err, 0);
	CHECK(r.log && strstr(r.log, "processed 2 insns"));
	CHECK(!r.log_truncated);
	if (fd >= 0)
		close(fd);
	program_load_free(&r);
}

UNIT_TEST(bpf_map_create_every_kind)
{
	if (!unit_require_root())
		return;
	const struct map_spec specs[] = {
		{ "@hash", MAP_HASH, 8, 8, 1024, 0, -1 },
		{ "@percpu_hash", MAP_PERCPU_HASH, 16, 8, 1024, 0, -1 },
		{ "@array", MAP_ARRAY, 4, 8, 1, 0, -1 },
		{ "@percpu_array", MAP_PERCPU_ARRAY, 4, 64, 8, 0, -1 },
		{ "events", MAP_RINGBUF, 0, 0, 1u << 20, 0, -1 },
		{ "stacks", MAP_STACK_TRACE, 4, 127 * 8, 4096, 0, -1 },
	};
	for (size_t i = 0; i < sizeof(specs) / sizeof(specs[0]); i++) {
		char err[256];
		int fd = map_create(&specs[i], err, sizeof(err));
		if (fd < 0) {
			unit_fail(__FILE__, __LINE__, "%s: %s", map_kind_name(specs[i].kind), err);
			continue;
		}
		struct bpf_map_info info = { 0 };
		uint32_t len = sizeof(info);
		CHECK_INT(bpf_obj_get_info_by_fd(fd, &info, &len), 0);
		CHECK_INT(info.max_entries, specs[i].max_entries);
		close(fd);
	}
}

UNIT_TEST(bpf_map_create_reports_kernel_errors)
{
	if (!unit_require_root())
		return;
	char err[256];
	struct map_spec spec = { "@big", MAP_HASH, 8, 64u << 20, 16, 0, -1 };
	int fd = map_create(&spec, err, sizeof(err));
	CHECK_INT(fd, -E2BIG);
	if (fd >= 0)
		close(fd);
	CHECK_STR(err, "map '@big': failed to create: Argument list too long (key or value too large)");
}

/* A long program's level-1 log outgrows the first buffer: the loader grows
 * it and still finds the rejected instruction at the end. */
UNIT_TEST(bpf_verifier_log_grows_for_long_programs)
{
	if (!unit_require_root())
		return;
	struct insn_buf b;
	insn_buf_init(&b);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_0, 0));
	for (int i = 0; i < 4000; i++)
		insn_buf_add(&b, insn_alu64_imm(INSN_ADD, BPF_REG_0, 1));
	size_t bad = insn_buf_add(&b, insn_alu64_reg(INSN_ADD, BPF_REG_0, BPF_REG_7));
	insn_buf_add(&b, insn_exit());
	struct program_load r;
	CHECK_INT(load_rejected(&b, NULL, &r), -EACCES);
	CHECK_INT(r.insn_index, bad);
	CHECK_STR(r.reason, "R7 !read_ok");
	CHECK(r.log && strlen(r.log) > 64 * 1024);
	CHECK(!r.log_truncated);
	program_load_free(&r);
	insn_buf_free(&b);
}
