/* The IR, its register allocator and emitter: functions built by hand,
 * printed, allocated, and (as root) loaded and run in the kernel. */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include "codegen/emit.h"
#include "codegen/ir.h"
#include "codegen/regalloc.h"
#include "loader/map.h"
#include "loader/program.h"
#include "util/arena.h"
#include "bpf_test_util.h"
#include "unit.h"

/* Emits `fn` into `b` and finishes it; false (with a failure) otherwise. */
static bool compile(struct ir_func *fn, struct insn_buf *b, struct regalloc *ra)
{
	char err[256];
	insn_buf_init(b);
	int ret = emit_func(fn, b, ra, err, sizeof(err));
	if (ret) {
		unit_fail(__FILE__, __LINE__, "emit_func: %s", err);
		return false;
	}
	if (insn_buf_finish(b)) {
		unit_fail(__FILE__, __LINE__, "insn_buf_finish: %s", b->error_msg);
		return false;
	}
	return true;
}

static int load(struct insn_buf *b, enum bpf_prog_type type, const int *map_fds)
{
	return unit_load_insns("unit_ir", type, b, map_fds);
}

/* Compiles, loads as a raw tracepoint, runs once with `args`, returns r0
 * (~0 after a failure). `len`, when not NULL, gets the instruction count. */
static uint32_t run_ir(struct ir_func *fn, const int *map_fds, const uint64_t *args,
		       size_t nargs, size_t *len)
{
	uint32_t ret = ~0u;
	struct insn_buf b;
	if (!compile(fn, &b, NULL))
		goto out;
	if (len)
		*len = b.len;
	int fd = load(&b, BPF_PROG_TYPE_RAW_TRACEPOINT, map_fds);
	if (fd < 0)
		goto out;
	int err = program_test_run(fd, args, nargs * sizeof(*args), NULL, 0, &ret);
	if (err)
		unit_fail(__FILE__, __LINE__, "test run failed: %s", strerror(-err));
	close(fd);
out:
	insn_buf_free(&b);
	return ret;
}

/* A function with its entry block, ready to append to. */
static struct ir_func *begin(struct arena *a, const char *name)
{
	struct ir_func *fn = ir_func_new(a, name);
	ir_block_new(fn);
	return fn;
}

/* --- without the kernel --- */

UNIT_TEST(ir_printer_golden)
{
	struct arena a = { 0 };
	struct ir_func *fn = ir_func_new(&a, "golden");
	int key = ir_stack_alloc(fn, "key", 4, 4);
	ir_block_new(fn);
	struct ir_block *found = ir_block_new(fn), *missing = ir_block_new(fn);
	ir_store(fn, 4, ir_slot(key), 0, ir_imm(0));
	int map = ir_map_fd(fn, 0);
	int kp = ir_stack_addr(fn, key);
	int args[] = { map, kp };
	int val = ir_call(fn, BPF_FUNC_map_lookup_elem, args, 2);
	ir_br(fn, IR_EQ, 0, val, ir_imm(0), missing, found);
	ir_set_block(fn, found);
	int x = ir_load(fn, 8, 0, ir_vreg(val), 0);
	int arg = ir_load(fn, 4, IR_F_SIGNED, ir_vreg(IR_CTX_VREG), -8);
	int y = ir_alu(fn, IR_DIV, IR_F_SIGNED | IR_F_32, x, ir_vreg(arg));
	ir_store(fn, 8, ir_vreg(val), 0, ir_vreg(ir_neg(fn, 0, y)));
	ir_jmp(fn, missing);
	ir_set_block(fn, missing);
	ir_ret(fn, ir_imm(0));

	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);
	ir_print(out, fn);
	fclose(out);
	CHECK_STR(text, "fn golden(v0 = ctx)\n"
			"  slot0: key, 4 bytes, align 4\n"
			"bb0:\n"
			"  store.u32 [slot0 + 0], 0\n"
			"  v1 = map 0\n"
			"  v2 = &slot0\n"
			"  v3 = call bpf_map_lookup_elem(v1, v2)\n"
			"  br eq v3, 0 ? bb2 : bb1\n"
			"bb1:\n"
			"  v4 = load.u64 [v3 + 0]\n"
			"  v5 = load.s32 [v0 - 8]\n"
			"  v6 = sdiv32 v4, v5\n"
			"  v7 = neg v6\n"
			"  store.u64 [v3 + 0], v7\n"
			"  jmp bb2\n"
			"bb2:\n"
			"  ret 0\n");
	free(text);
	arena_free(&a);
}

/* Twelve values live at once, and a helper call in the middle: r6-r9 take
 * four of them, the rest go to stack slots. */
static struct ir_func *pressure_fn(struct arena *a, int nvalues, bool with_call)
{
	struct ir_func *fn = begin(a, "pressure");
	int v[32];
	for (int i = 0; i < nvalues; i++)
		v[i] = ir_mov_imm(fn, i + 1);
	if (with_call)
		ir_call(fn, BPF_FUNC_ktime_get_ns, NULL, 0);
	int sum = ir_mov_imm(fn, 0);
	for (int i = 0; i < nvalues; i++)
		ir_alu_to(fn, sum, IR_ADD, 0, sum, ir_vreg(v[i]));
	ir_ret(fn, ir_vreg(sum));
	return fn;
}

UNIT_TEST(ir_regalloc_call_crossing_values_use_r6_to_r9)
{
	struct arena a = { 0 };
	struct ir_func *fn = pressure_fn(&a, 12, true);
	struct insn_buf b;
	struct regalloc ra;
	if (compile(fn, &b, &ra)) {
		int in_regs = 0, spilled = 0;
		for (int i = 1; i <= 12; i++) {
			struct ra_loc l = ra.locs[i];
			if (l.kind == RA_REG) {
				CHECK(l.reg >= BPF_REG_6 && l.reg <= BPF_REG_9);
				in_regs++;
			} else {
				CHECK_INT(l.kind, RA_STACK);
				spilled++;
			}
		}
		CHECK_INT(in_regs, 4);
		CHECK_INT(spilled, 8);
		CHECK_INT(ra.nspill_slots, 8);
		CHECK_INT(ra.frame_size, 64);
	}
	insn_buf_free(&b);
	arena_free(&a);
}

/* Two values whose lives do not overlap share one spill slot. */
UNIT_TEST(ir_regalloc_reuses_spill_slots)
{
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "reuse");
	int total = ir_mov_imm(fn, 0);
	for (int round = 0; round < 2; round++) {
		int v[10];
		for (int i = 0; i < 10; i++)
			v[i] = ir_mov_imm(fn, i);
		for (int i = 0; i < 10; i++)
			ir_alu_to(fn, total, IR_ADD, 0, total, ir_vreg(v[i]));
	}
	ir_ret(fn, ir_vreg(total));
	struct insn_buf b;
	struct regalloc ra;
	if (compile(fn, &b, &ra)) {
		/* 11 live at the peak (10 + total), 8 registers. */
		CHECK_INT(ra.nspill_slots, 3);
	}
	insn_buf_free(&b);
	arena_free(&a);
}

UNIT_TEST(ir_frame_too_large_is_an_error)
{
	struct arena a = { 0 };
	struct ir_func *fn = pressure_fn(&a, 12, true);
	ir_stack_alloc(fn, "buf", 480, 8);
	struct insn_buf b;
	insn_buf_init(&b);
	char err[256] = "";
	CHECK_INT(emit_func(fn, &b, NULL, err, sizeof(err)), -E2BIG);
	CHECK_STR(err, "codegen: 'pressure' needs 544 bytes of stack (480 in stack objects, "
		       "8 spill slots), more than BPF's 512");
	insn_buf_free(&b);
	arena_free(&a);
}

UNIT_TEST(ir_block_without_terminator_is_an_error)
{
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "open");
	ir_mov_imm(fn, 1);
	struct insn_buf b;
	insn_buf_init(&b);
	char err[256] = "";
	CHECK_INT(emit_func(fn, &b, NULL, err, sizeof(err)), -EINVAL);
	CHECK_STR(err, "codegen: 'open': block bb0 has no terminator");
	insn_buf_free(&b);
	arena_free(&a);
}

UNIT_TEST(ir_origins_reach_the_instructions)
{
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "origins");
	ir_set_origin(fn, 3);
	int x = ir_mov_imm(fn, 1);
	ir_set_origin(fn, 7);
	ir_ret(fn, ir_vreg(ir_alu(fn, IR_ADD, 0, x, ir_imm(2))));
	struct insn_buf b;
	if (compile(fn, &b, NULL)) {
		CHECK(b.len >= 3);
		CHECK_INT(insn_buf_origin_of(&b, 0), 3);
		CHECK_INT(insn_buf_origin_of(&b, b.len - 1), 7);
	}
	insn_buf_free(&b);
	arena_free(&a);
}

/* --- in the kernel --- */

UNIT_TEST(ir_kernel_arithmetic)
{
	if (!unit_require_root())
		return;
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "arith");
	int x = ir_mov_imm(fn, 7);
	int y = ir_alu(fn, IR_MUL, 0, x, ir_imm(6));            /* 42 */
	int z = ir_alu(fn, IR_SUB, 0, y, ir_vreg(x));           /* 35 */
	int m = ir_alu(fn, IR_MOD, 0, z, ir_imm(8));            /* 3 */
	int n = ir_neg(fn, 0, m);                               /* -3 */
	int d = ir_alu(fn, IR_DIV, IR_F_SIGNED, n, ir_imm(2));  /* -1 */
	int s = ir_alu(fn, IR_ARSH, 0, d, ir_imm(60));          /* -1 */
	int big = ir_mov_imm(fn, 0x100000005ll);
	int w = ir_alu(fn, IR_ADD, IR_F_32, big, ir_imm(2));    /* 7: upper half dropped */
	int t = ir_alu(fn, IR_SUB, 0, w, ir_vreg(s));           /* 8 */
	int u = ir_alu(fn, IR_LSH, 0, t, ir_imm(4));            /* 128 */
	int v = ir_alu(fn, IR_XOR, 0, u, ir_imm(0x0f));         /* 143 */
	int r = ir_alu(fn, IR_SUB, 0, ir_alu(fn, IR_OR, 0, v, ir_imm(0x300)), ir_vreg(z)); /* 876 */
	ir_ret(fn, ir_vreg(r));
	CHECK_INT(run_ir(fn, NULL, NULL, 0, NULL), 876);
	arena_free(&a);
}

/* x = y - x: the destination is the second operand, so it cannot be
 * computed in place. */
UNIT_TEST(ir_kernel_destination_is_the_second_operand)
{
	if (!unit_require_root())
		return;
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "dst_is_b");
	int x = ir_mov_imm(fn, 5);
	int y = ir_mov_imm(fn, 50);
	ir_alu_to(fn, x, IR_SUB, 0, y, ir_vreg(x));
	ir_ret(fn, ir_vreg(ir_alu(fn, IR_MUL, 0, x, ir_vreg(y))));
	CHECK_INT(run_ir(fn, NULL, NULL, 0, NULL), 45 * 50);
	arena_free(&a);
}

/* Sets `bit` in `acc` when `a cond b` holds. */
static void bit_if(struct ir_func *fn, int acc, enum ir_cond cond, int a, struct ir_value b,
		   int bit)
{
	struct ir_block *yes = ir_block_new(fn), *next = ir_block_new(fn);
	ir_br(fn, cond, 0, a, b, yes, next);
	ir_set_block(fn, yes);
	ir_alu_to(fn, acc, IR_OR, 0, acc, ir_imm(1 << bit));
	ir_jmp(fn, next);
	ir_set_block(fn, next);
}

UNIT_TEST(ir_kernel_signed_and_unsigned_branches)
{
	if (!unit_require_root())
		return;
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "branches");
	int acc = ir_mov_imm(fn, 0);
	int minus1 = ir_mov_imm(fn, -1);
	int five = ir_mov_imm(fn, 5);
	int big = ir_mov_imm(fn, 0x100000000ll);
	bit_if(fn, acc, IR_GT, minus1, ir_imm(5), 0);           /* yes: huge unsigned */
	bit_if(fn, acc, IR_SGT, minus1, ir_imm(5), 1);          /* no */
	bit_if(fn, acc, IR_SLT, minus1, ir_vreg(five), 2);      /* yes */
	bit_if(fn, acc, IR_LT, minus1, ir_vreg(five), 3);       /* no */
	bit_if(fn, acc, IR_GE, big, ir_imm(1), 4);              /* yes: not truncated */
	bit_if(fn, acc, IR_EQ, big, ir_imm(0x100000000ll), 5);  /* yes: 64-bit immediate */
	bit_if(fn, acc, IR_SLE, five, ir_vreg(five), 6);        /* yes */
	bit_if(fn, acc, IR_NE, five, ir_imm(5), 7);             /* no */
	ir_ret(fn, ir_vreg(acc));
	CHECK_INT(run_ir(fn, NULL, NULL, 0, NULL), 1 << 0 | 1 << 2 | 1 << 4 | 1 << 5 | 1 << 6);
	arena_free(&a);
}

/* sum = 0; for (i = 1; i <= 10; i++) sum += i;
 *
 * Measured: 7 instructions from the IR against 6 for the hand-written loop
 * in bpf_loader_test.c (bpf_kernel_runs_a_bounded_loop):
 *
 *    0: r1 = 0                 the hand-written one keeps sum in r0
 *    1: r2 = 1
 *    2: r1 += r2
 *    3: r2 += 1
 *    4: if r2 <= 0xa goto -3
 *    5: r0 = r1                the one extra: r0 is never allocated
 *    6: exit
 */
UNIT_TEST(ir_kernel_loop_with_back_edge)
{
	if (!unit_require_root())
		return;
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "loop");
	struct ir_block *body = ir_block_new(fn), *done = ir_block_new(fn);
	int sum = ir_mov_imm(fn, 0);
	int i = ir_mov_imm(fn, 1);
	ir_jmp(fn, body);
	ir_set_block(fn, body);
	ir_alu_to(fn, sum, IR_ADD, 0, sum, ir_vreg(i));
	ir_alu_to(fn, i, IR_ADD, 0, i, ir_imm(1));
	ir_br(fn, IR_LE, 0, i, ir_imm(10), body, done);
	ir_set_block(fn, done);
	ir_ret(fn, ir_vreg(sum));
	size_t len = 0;
	CHECK_INT(run_ir(fn, NULL, NULL, 0, &len), 55);
	CHECK_INT(len, 7);
	arena_free(&a);
}

/* The raw tracepoint argument read before bpf_ktime_get_ns() must survive
 * the call, in r6-r9. */
UNIT_TEST(ir_kernel_value_live_across_a_call)
{
	if (!unit_require_root())
		return;
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "across");
	struct ir_block *ok = ir_block_new(fn), *bad = ir_block_new(fn);
	int arg = ir_load(fn, 8, 0, ir_vreg(IR_CTX_VREG), 8);
	int t0 = ir_call(fn, BPF_FUNC_ktime_get_ns, NULL, 0);
	int t1 = ir_call(fn, BPF_FUNC_ktime_get_ns, NULL, 0);
	ir_br(fn, IR_GE, 0, t1, ir_vreg(t0), ok, bad);
	ir_set_block(fn, ok);
	ir_ret(fn, ir_vreg(arg));
	ir_set_block(fn, bad);
	ir_ret(fn, ir_imm(1000));

	struct insn_buf b;
	struct regalloc ra;
	if (compile(fn, &b, &ra)) {
		CHECK_INT(ra.locs[arg].kind, RA_REG);
		CHECK(ra.locs[arg].reg >= BPF_REG_6 && ra.locs[arg].reg <= BPF_REG_9);
	}
	insn_buf_free(&b);
	uint64_t args[2] = { 1, 4242 };
	CHECK_INT(run_ir(fn, NULL, args, 2, NULL), 4242);
	arena_free(&a);
}

UNIT_TEST(ir_kernel_spills_under_register_pressure)
{
	if (!unit_require_root())
		return;
	struct arena a = { 0 };
	CHECK_INT(run_ir(pressure_fn(&a, 12, false), NULL, NULL, 0, NULL), 78);
	CHECK_INT(run_ir(pressure_fn(&a, 12, true), NULL, NULL, 0, NULL), 78);
	CHECK_INT(run_ir(pressure_fn(&a, 30, true), NULL, NULL, 0, NULL), 465);
	arena_free(&a);
}

/* value = lookup(@m, 0); *value += 7; update(@m, 1, 42) */
UNIT_TEST(ir_kernel_map_lookup_and_update)
{
	if (!unit_require_root())
		return;
	char err[256];
	struct map_spec spec = { "@m", MAP_ARRAY, 4, 8, 2, 0, -1 };
	int map_fd = map_create(&spec, err, sizeof(err));
	if (map_fd < 0) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	uint32_t k0 = 0;
	uint64_t start = 100;
	CHECK_INT(bpf_map_update_elem(map_fd, &k0, &start, BPF_ANY), 0);

	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "maps");
	struct ir_block *found = ir_block_new(fn), *missing = ir_block_new(fn);
	int key = ir_stack_alloc(fn, "key", 4, 4);
	int value = ir_stack_alloc(fn, "value", 8, 8);
	ir_store(fn, 4, ir_slot(key), 0, ir_imm(0));
	int lookup_args[] = { ir_map_fd(fn, 0), ir_stack_addr(fn, key) };
	int ptr = ir_call(fn, BPF_FUNC_map_lookup_elem, lookup_args, 2);
	ir_br(fn, IR_EQ, 0, ptr, ir_imm(0), missing, found);
	ir_set_block(fn, found);
	int old = ir_load(fn, 8, 0, ir_vreg(ptr), 0);
	ir_store(fn, 8, ir_vreg(ptr), 0, ir_vreg(ir_alu(fn, IR_ADD, 0, old, ir_imm(7))));
	ir_store(fn, 4, ir_slot(key), 0, ir_imm(1));
	ir_store(fn, 8, ir_slot(value), 0, ir_imm(42));
	int update_args[] = { ir_map_fd(fn, 0), ir_stack_addr(fn, key), ir_stack_addr(fn, value),
			      ir_mov_imm(fn, BPF_ANY) };
	int ret = ir_call(fn, BPF_FUNC_map_update_elem, update_args, 4);
	ir_ret(fn, ir_vreg(ret));
	ir_set_block(fn, missing);
	ir_ret(fn, ir_imm(99));

	CHECK_INT(run_ir(fn, &map_fd, NULL, 0, NULL), 0);
	uint64_t v = 0;
	uint32_t k1 = 1;
	CHECK_INT(bpf_map_lookup_elem(map_fd, &k0, &v), 0);
	CHECK_INT(v, 107);
	CHECK_INT(bpf_map_lookup_elem(map_fd, &k1, &v), 0);
	CHECK_INT(v, 42);
	close(map_fd);
	arena_free(&a);
}

/* Stack objects of several sizes and alignments, written and read back,
 * with a signed narrow load. */
UNIT_TEST(ir_kernel_stack_objects)
{
	if (!unit_require_root())
		return;
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "stack");
	int byte = ir_stack_alloc(fn, "byte", 1, 1);
	int pair = ir_stack_alloc(fn, "pair", 16, 8);
	int half = ir_stack_alloc(fn, "half", 2, 2);
	ir_store(fn, 1, ir_slot(byte), 0, ir_imm(0xfe));        /* -2 as s8 */
	ir_store(fn, 8, ir_slot(pair), 0, ir_imm(1000));
	int p = ir_stack_addr(fn, pair);
	ir_store(fn, 8, ir_vreg(p), 8, ir_imm(20));
	ir_store(fn, 2, ir_slot(half), 0, ir_imm(300));
	int b = ir_load(fn, 1, IR_F_SIGNED, ir_slot(byte), 0);
	int x = ir_load(fn, 8, 0, ir_vreg(p), 0);
	int y = ir_load(fn, 8, 0, ir_slot(pair), 8);
	int h = ir_load(fn, 2, 0, ir_slot(half), 0);
	int s = ir_alu(fn, IR_ADD, 0, ir_alu(fn, IR_ADD, 0, x, ir_vreg(y)), ir_vreg(h));
	ir_ret(fn, ir_vreg(ir_alu(fn, IR_ADD, 0, s, ir_vreg(b))));  /* 1318 */
	CHECK_INT(run_ir(fn, NULL, NULL, 0, NULL), 1318);
	arena_free(&a);
}

/* The context is vreg 0 in a socket filter too: return skb->len. */
UNIT_TEST(ir_kernel_socket_filter_context)
{
	if (!unit_require_root())
		return;
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "sock");
	int len = ir_load(fn, 4, 0, ir_vreg(IR_CTX_VREG), offsetof(struct __sk_buff, len));
	ir_ret(fn, ir_vreg(len));
	struct insn_buf b;
	if (compile(fn, &b, NULL)) {
		int fd = load(&b, BPF_PROG_TYPE_SOCKET_FILTER, NULL);
		if (fd >= 0) {
			char packet[64] = { 0 };
			uint32_t ret = 0;
			CHECK_INT(program_test_run(fd, NULL, 0, packet, sizeof(packet), &ret), 0);
			CHECK_INT(ret, 64 - 14);
			close(fd);
		}
	}
	insn_buf_free(&b);
	arena_free(&a);
}

/* Helper arguments that sit in each other's registers: the parallel move
 * must not overwrite one before reading it. */
UNIT_TEST(ir_kernel_call_arguments_shuffled)
{
	if (!unit_require_root())
		return;
	char err[256];
	struct map_spec spec = { "@m", MAP_ARRAY, 4, 8, 2, 0, -1 };
	int map_fd = map_create(&spec, err, sizeof(err));
	if (map_fd < 0) {
		unit_fail(__FILE__, __LINE__, "%s", err);
		return;
	}
	struct arena a = { 0 };
	struct ir_func *fn = begin(&a, "shuffle");
	int key = ir_stack_alloc(fn, "key", 4, 4);
	int value = ir_stack_alloc(fn, "value", 8, 8);
	ir_store(fn, 4, ir_slot(key), 0, ir_imm(1));
	ir_store(fn, 8, ir_slot(value), 0, ir_imm(77));
	/* Defined in reverse so the allocator hands them r1.. in the wrong order. */
	int flags = ir_mov_imm(fn, BPF_ANY);
	int vp = ir_stack_addr(fn, value);
	int kp = ir_stack_addr(fn, key);
	int map = ir_map_fd(fn, 0);
	int args[] = { map, kp, vp, flags };
	ir_ret(fn, ir_vreg(ir_call(fn, BPF_FUNC_map_update_elem, args, 4)));
	CHECK_INT(run_ir(fn, &map_fd, NULL, 0, NULL), 0);
	uint32_t k = 1;
	uint64_t v = 0;
	CHECK_INT(bpf_map_lookup_elem(map_fd, &k, &v), 0);
	CHECK_INT(v, 77);
	close(map_fd);
	arena_free(&a);
}
