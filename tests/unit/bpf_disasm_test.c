/* The `-d bpf` text of instructions. */
#include <stdio.h>
#include <stdlib.h>

#include "codegen/bpf_disasm.h"
#include "codegen/bpf_insn.h"
#include "unit.h"

static char line[200];

static const char *one(struct bpf_insn in)
{
	bpf_disasm_insn(line, sizeof(line), &in, 1, 0, NULL);
	return line;
}

static const char *wide(struct insn_wide w, const struct disasm_opts *opts)
{
	int slots = bpf_disasm_insn(line, sizeof(line), w.insn, 2, 0, opts);
	CHECK_INT(slots, 2);
	return line;
}

UNIT_TEST(bpf_disasm_small_program)
{
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label out = insn_buf_label(&b);
	insn_buf_add(&b, insn_mov64_reg(BPF_REG_6, BPF_REG_1));
	insn_buf_add(&b, insn_ldx(INSN_U64, BPF_REG_1, BPF_REG_6, 8));
	insn_buf_add(&b, insn_stx(INSN_U64, BPF_REG_10, -8, BPF_REG_1));
	insn_buf_add_wide(&b, insn_ld_map_idx(BPF_REG_1, 0));
	insn_buf_add(&b, insn_mov64_reg(BPF_REG_2, BPF_REG_10));
	insn_buf_add(&b, insn_alu64_imm(INSN_ADD, BPF_REG_2, -8));
	insn_buf_add(&b, insn_call(BPF_FUNC_map_lookup_elem));
	insn_buf_add_jump(&b, insn_jmp_imm(INSN_JEQ, BPF_REG_0, 0, 0), out);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_1, 1));
	insn_buf_add(&b, insn_atomic(INSN_U64, INSN_ATOMIC_ADD, BPF_REG_0, 0, BPF_REG_1));
	insn_buf_place(&b, out);
	insn_buf_add(&b, insn_mov64_imm(BPF_REG_0, 0));
	insn_buf_add(&b, insn_exit());
	CHECK_INT(insn_buf_finish(&b), 0);

	char *text = NULL;
	size_t size = 0;
	FILE *out_file = open_memstream(&text, &size);
	bpf_disasm_print(out_file, b.insns, b.len, NULL);
	fclose(out_file);
	CHECK_STR(text,
		  "   0: r6 = r1\n"
		  "   1: r1 = *(u64 *)(r6 + 8)\n"
		  "   2: *(u64 *)(r10 - 8) = r1\n"
		  "   3: r1 = map[idx:0] ll\n"
		  "   5: r2 = r10\n"
		  "   6: r2 += -8\n"
		  "   7: call bpf_map_lookup_elem#1\n"
		  "   8: if r0 == 0x0 goto +2\n"
		  "   9: r1 = 1\n"
		  "  10: lock *(u64 *)(r0 + 0) += r1\n"
		  "  11: r0 = 0\n"
		  "  12: exit\n");
	free(text);
	insn_buf_free(&b);
}

UNIT_TEST(bpf_disasm_arithmetic)
{
	CHECK_STR(one(insn_alu64_reg(INSN_SUB, 1, 2)), "r1 -= r2");
	CHECK_STR(one(insn_alu64_imm(INSN_LSH, 1, 3)), "r1 <<= 3");
	CHECK_STR(one(insn_alu64_imm(INSN_ARSH, 1, 3)), "r1 s>>= 3");
	CHECK_STR(one(insn_alu64_reg(INSN_SDIV, 1, 2)), "r1 s/= r2");
	CHECK_STR(one(insn_alu64_reg(INSN_SMOD, 1, 2)), "r1 s%= r2");
	CHECK_STR(one(insn_alu64_reg(INSN_MOD, 1, 2)), "r1 %= r2");
	CHECK_STR(one(insn_alu32_imm(INSN_AND, 3, 255)), "w3 &= 255");
	CHECK_STR(one(insn_mov32_reg(0, 9)), "w0 = w9");
	CHECK_STR(one(insn_mov64_imm(0, -1)), "r0 = -1");
	CHECK_STR(one(insn_neg64(4)), "r4 = -r4");
	CHECK_STR(one(insn_neg32(4)), "w4 = -w4");
	CHECK_STR(one(insn_movsx64(1, 2, 16)), "r1 = (s16)r2");
	CHECK_STR(one(insn_movsx32(1, 2, 8)), "w1 = (s8)w2");
	CHECK_STR(one(insn_to_be(1, 16)), "r1 = be16 r1");
	CHECK_STR(one(insn_to_le(1, 32)), "r1 = le32 r1");
	CHECK_STR(one(insn_bswap(1, 64)), "r1 = bswap64 r1");
}

UNIT_TEST(bpf_disasm_memory)
{
	CHECK_STR(one(insn_ldx(INSN_U8, 0, 1, 0)), "r0 = *(u8 *)(r1 + 0)");
	CHECK_STR(one(insn_ldx(INSN_U32, 0, 10, -4)), "r0 = *(u32 *)(r10 - 4)");
	CHECK_STR(one(insn_ldx_signed(INSN_U16, 0, 1, 6)), "r0 = *(s16 *)(r1 + 6)");
	CHECK_STR(one(insn_st(INSN_U32, 10, -4, 0)), "*(u32 *)(r10 - 4) = 0");
	CHECK_STR(one(insn_stx(INSN_U16, 1, 2, 3)), "*(u16 *)(r1 + 2) = r3");
	CHECK_STR(one(insn_atomic(INSN_U32, INSN_ATOMIC_OR, 1, 0, 2)), "lock *(u32 *)(r1 + 0) |= w2");
	CHECK_STR(one(insn_atomic(INSN_U64, INSN_ATOMIC_FETCH_ADD, 1, 8, 2)),
		  "r2 = atomic64_fetch_add((u64 *)(r1 + 8), r2)");
	CHECK_STR(one(insn_atomic(INSN_U64, INSN_ATOMIC_XCHG, 1, 0, 2)),
		  "r2 = atomic64_xchg((u64 *)(r1 + 0), r2)");
	CHECK_STR(one(insn_atomic(INSN_U32, INSN_ATOMIC_CMPXCHG, 1, 0, 2)),
		  "w0 = atomic_cmpxchg((u32 *)(r1 + 0), w0, w2)");
}

UNIT_TEST(bpf_disasm_control_flow)
{
	CHECK_STR(one(insn_ja(-3)), "goto -3");
	CHECK_STR(one(insn_jmp_reg(INSN_JGT, 1, 2, 1)), "if r1 > r2 goto +1");
	CHECK_STR(one(insn_jmp_imm(INSN_JSLT, 1, -1, 4)), "if r1 s< -1 goto +4");
	CHECK_STR(one(insn_jmp_imm(INSN_JSET, 1, 16, 2)), "if r1 & 0x10 goto +2");
	CHECK_STR(one(insn_jmp32_imm(INSN_JNE, 1, 5, 2)), "if w1 != 0x5 goto +2");
	CHECK_STR(one(insn_jmp32_reg(INSN_JSGE, 1, 2, -2)), "if w1 s>= w2 goto -2");
	CHECK_STR(one(insn_call(BPF_FUNC_ringbuf_output)), "call bpf_ringbuf_output#130");
	CHECK_STR(one(insn_call(100000)), "call helper#100000");
	CHECK_STR(one(insn_call_local(5)), "call +5");
	CHECK_STR(one(insn_exit()), "exit");
}

static const char *name_map(void *ctx, int pseudo, int ref)
{
	(void)ctx;
	return pseudo == BPF_PSEUDO_MAP_IDX && ref == 0 ? "@counts" : NULL;
}

UNIT_TEST(bpf_disasm_wide_immediates)
{
	struct disasm_opts opts = { .map_name = name_map };
	CHECK_STR(wide(insn_ld_imm64(1, 0x1122334455667788ULL), NULL), "r1 = 0x1122334455667788 ll");
	CHECK_STR(wide(insn_ld_map_fd(1, 4), NULL), "r1 = map[fd:4] ll");
	CHECK_STR(wide(insn_ld_map_idx(1, 0), &opts), "r1 = map[@counts] ll");
	CHECK_STR(wide(insn_ld_map_idx(1, 1), &opts), "r1 = map[idx:1] ll");
	CHECK_STR(wide(insn_ld_map_value_idx(2, 1, 16), NULL), "r2 = &map[idx:1].value + 16 ll");
}

UNIT_TEST(bpf_disasm_malformed_input)
{
	struct bpf_insn bad = { .code = 0xff };
	CHECK_STR(one(bad), "unknown opcode 0xff");
	struct insn_wide w = insn_ld_imm64(1, 5);
	CHECK_INT(bpf_disasm_insn(line, sizeof(line), w.insn, 1, 0, NULL), 1);
	CHECK_STR(line, "r1 = <64-bit immediate missing its second half>");
	/* Truncation keeps a terminated prefix. */
	char small[8];
	bpf_disasm_insn(small, sizeof(small), &w.insn[0], 2, 0, NULL);
	CHECK_STR(small, "r1 = 0x");
	CHECK_STR(bpf_helper_name(BPF_FUNC_map_update_elem), "bpf_map_update_elem");
	CHECK(bpf_helper_name(0) == NULL);
}
