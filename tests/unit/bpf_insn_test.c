/* BPF instruction encodings, checked against the BPF ISA
 * (Documentation/bpf/standardization/instruction-set.rst), and the
 * buffer's label patching. */
#include <errno.h>
#include <stdio.h>

#include "codegen/bpf_insn.h"
#include "unit.h"

static void check_insn_at(const char *file, int line, struct bpf_insn in, int code, int dst,
			  int src, int off, int imm)
{
	if (in.code != code || in.dst_reg != dst || in.src_reg != src || in.off != off ||
	    in.imm != imm)
		unit_fail(file, line,
			  "got {code 0x%02x, dst %d, src %d, off %d, imm %d}, expected {code 0x%02x, dst %d, src %d, off %d, imm %d}",
			  in.code, in.dst_reg, in.src_reg, in.off, in.imm, code, dst, src, off, imm);
}

#define CHECK_INSN(in, code, dst, src, off, imm) \
	check_insn_at(__FILE__, __LINE__, (in), (code), (dst), (src), (off), (imm))

/* The ISA's own example: "07 0 1 00 00 44 33 22 11  r1 += 0x11223344". */
UNIT_TEST(bpf_insn_matches_isa_example_bytes)
{
	struct bpf_insn in = insn_alu64_imm(INSN_ADD, BPF_REG_1, 0x11223344);
	CHECK_INT(sizeof(in), 8);
	CHECK(memcmp(&in, "\x07\x01\x00\x00\x44\x33\x22\x11", 8) == 0);
}

UNIT_TEST(bpf_insn_alu64_opcodes)
{
	CHECK_INSN(insn_alu64_imm(INSN_ADD, 1, 5), 0x07, 1, 0, 0, 5);
	CHECK_INSN(insn_alu64_reg(INSN_ADD, 1, 2), 0x0f, 1, 2, 0, 0);
	CHECK_INSN(insn_alu64_imm(INSN_SUB, 3, -1), 0x17, 3, 0, 0, -1);
	CHECK_INSN(insn_alu64_reg(INSN_SUB, 3, 4), 0x1f, 3, 4, 0, 0);
	CHECK_INSN(insn_alu64_imm(INSN_MUL, 1, 3), 0x27, 1, 0, 0, 3);
	CHECK_INSN(insn_alu64_reg(INSN_DIV, 1, 2), 0x3f, 1, 2, 0, 0);
	CHECK_INSN(insn_alu64_imm(INSN_OR, 1, 8), 0x47, 1, 0, 0, 8);
	CHECK_INSN(insn_alu64_imm(INSN_AND, 1, 0xff), 0x57, 1, 0, 0, 0xff);
	CHECK_INSN(insn_alu64_imm(INSN_LSH, 1, 32), 0x67, 1, 0, 0, 32);
	CHECK_INSN(insn_alu64_imm(INSN_RSH, 1, 32), 0x77, 1, 0, 0, 32);
	CHECK_INSN(insn_alu64_reg(INSN_MOD, 1, 2), 0x9f, 1, 2, 0, 0);
	CHECK_INSN(insn_alu64_reg(INSN_XOR, 1, 2), 0xaf, 1, 2, 0, 0);
	CHECK_INSN(insn_alu64_imm(INSN_ARSH, 1, 3), 0xc7, 1, 0, 0, 3);
	CHECK_INSN(insn_mov64_imm(0, 42), 0xb7, 0, 0, 0, 42);
	CHECK_INSN(insn_mov64_reg(6, 1), 0xbf, 6, 1, 0, 0);
	CHECK_INSN(insn_neg64(2), 0x87, 2, 0, 0, 0);
}

UNIT_TEST(bpf_insn_alu32_opcodes)
{
	CHECK_INSN(insn_alu32_imm(INSN_ADD, 1, 5), 0x04, 1, 0, 0, 5);
	CHECK_INSN(insn_alu32_reg(INSN_ADD, 1, 2), 0x0c, 1, 2, 0, 0);
	CHECK_INSN(insn_alu32_imm(INSN_XOR, 1, 7), 0xa4, 1, 0, 0, 7);
	CHECK_INSN(insn_alu32_reg(INSN_RSH, 1, 2), 0x7c, 1, 2, 0, 0);
	CHECK_INSN(insn_mov32_imm(0, -1), 0xb4, 0, 0, 0, -1);
	CHECK_INSN(insn_mov32_reg(0, 9), 0xbc, 0, 9, 0, 0);
	CHECK_INSN(insn_neg32(2), 0x84, 2, 0, 0, 0);
}

/* SDIV and SMOD are DIV and MOD with offset 1; MOVSX is MOV with the
 * source width in offset. */
UNIT_TEST(bpf_insn_signed_forms_use_offset)
{
	CHECK_INSN(insn_alu64_reg(INSN_SDIV, 1, 2), 0x3f, 1, 2, 1, 0);
	CHECK_INSN(insn_alu64_imm(INSN_SMOD, 1, -3), 0x97, 1, 0, 1, -3);
	CHECK_INSN(insn_alu32_reg(INSN_SDIV, 1, 2), 0x3c, 1, 2, 1, 0);
	CHECK_INSN(insn_alu64_reg(INSN_DIV, 1, 2), 0x3f, 1, 2, 0, 0);
	CHECK_INSN(insn_movsx64(1, 2, 8), 0xbf, 1, 2, 8, 0);
	CHECK_INSN(insn_movsx64(1, 2, 32), 0xbf, 1, 2, 32, 0);
	CHECK_INSN(insn_movsx32(1, 2, 16), 0xbc, 1, 2, 16, 0);
}

/* {END, TO_LE, ALU} = 0xd4, {END, TO_BE, ALU} = 0xdc, {END, ALU64} = 0xd7;
 * imm is the width. */
UNIT_TEST(bpf_insn_byte_swaps)
{
	CHECK_INSN(insn_to_le(1, 16), 0xd4, 1, 0, 0, 16);
	CHECK_INSN(insn_to_be(1, 32), 0xdc, 1, 0, 0, 32);
	CHECK_INSN(insn_to_be(3, 64), 0xdc, 3, 0, 0, 64);
	CHECK_INSN(insn_bswap(1, 64), 0xd7, 1, 0, 0, 64);
}

/* {MEM, size, LDX|ST|STX}: W 0x00, H 0x08, B 0x10, DW 0x18 | MEM 0x60 | class. */
UNIT_TEST(bpf_insn_loads_and_stores)
{
	CHECK_INSN(insn_ldx(INSN_U32, 0, 1, 4), 0x61, 0, 1, 4, 0);
	CHECK_INSN(insn_ldx(INSN_U16, 0, 1, 2), 0x69, 0, 1, 2, 0);
	CHECK_INSN(insn_ldx(INSN_U8, 0, 1, 1), 0x71, 0, 1, 1, 0);
	CHECK_INSN(insn_ldx(INSN_U64, 1, 1, 8), 0x79, 1, 1, 8, 0);
	CHECK_INSN(insn_st(INSN_U32, 10, -4, 7), 0x62, 10, 0, -4, 7);
	CHECK_INSN(insn_st(INSN_U16, 10, -2, 7), 0x6a, 10, 0, -2, 7);
	CHECK_INSN(insn_st(INSN_U8, 10, -1, 7), 0x72, 10, 0, -1, 7);
	CHECK_INSN(insn_st(INSN_U64, 10, -8, 0), 0x7a, 10, 0, -8, 0);
	CHECK_INSN(insn_stx(INSN_U32, 10, -4, 1), 0x63, 10, 1, -4, 0);
	CHECK_INSN(insn_stx(INSN_U16, 10, -2, 1), 0x6b, 10, 1, -2, 0);
	CHECK_INSN(insn_stx(INSN_U8, 10, -1, 1), 0x73, 10, 1, -1, 0);
	CHECK_INSN(insn_stx(INSN_U64, 10, -16, 6), 0x7b, 10, 6, -16, 0);
}

/* {MEMSX, size, LDX}: MEMSX is mode 4 (0x80). */
UNIT_TEST(bpf_insn_sign_extending_loads)
{
	CHECK_INSN(insn_ldx_signed(INSN_U32, 0, 1, 0), 0x81, 0, 1, 0, 0);
	CHECK_INSN(insn_ldx_signed(INSN_U16, 0, 1, 2), 0x89, 0, 1, 2, 0);
	CHECK_INSN(insn_ldx_signed(INSN_U8, 2, 3, -1), 0x91, 2, 3, -1, 0);
}

/* {ATOMIC, W|DW, STX} = 0xc3 | 0xdb; the operation in imm. */
UNIT_TEST(bpf_insn_atomics)
{
	CHECK_INSN(insn_atomic(INSN_U64, INSN_ATOMIC_ADD, 0, 0, 1), 0xdb, 0, 1, 0, 0x00);
	CHECK_INSN(insn_atomic(INSN_U32, INSN_ATOMIC_ADD, 0, 4, 1), 0xc3, 0, 1, 4, 0x00);
	CHECK_INSN(insn_atomic(INSN_U64, INSN_ATOMIC_OR, 0, 0, 1), 0xdb, 0, 1, 0, 0x40);
	CHECK_INSN(insn_atomic(INSN_U64, INSN_ATOMIC_AND, 0, 0, 1), 0xdb, 0, 1, 0, 0x50);
	CHECK_INSN(insn_atomic(INSN_U64, INSN_ATOMIC_XOR, 0, 0, 1), 0xdb, 0, 1, 0, 0xa0);
	CHECK_INSN(insn_atomic(INSN_U64, INSN_ATOMIC_FETCH_ADD, 0, 0, 1), 0xdb, 0, 1, 0, 0x01);
	CHECK_INSN(insn_atomic(INSN_U64, INSN_ATOMIC_XCHG, 0, 0, 1), 0xdb, 0, 1, 0, 0xe1);
	CHECK_INSN(insn_atomic(INSN_U64, INSN_ATOMIC_CMPXCHG, 2, 8, 3), 0xdb, 2, 3, 8, 0xf1);
}

/* {IMM, DW, LD} = 0x18, two slots; src_reg holds the pseudo kind and the
 * second slot's imm the upper half (or the map value offset). */
UNIT_TEST(bpf_insn_wide_immediates)
{
	struct insn_wide w = insn_ld_imm64(1, 0x1122334455667788ULL);
	CHECK_INSN(w.insn[0], 0x18, 1, 0, 0, 0x55667788);
	CHECK_INSN(w.insn[1], 0x00, 0, 0, 0, 0x11223344);
	w = insn_ld_imm64(2, 0xffffffff00000001ULL);
	CHECK_INSN(w.insn[0], 0x18, 2, 0, 0, 1);
	CHECK_INSN(w.insn[1], 0x00, 0, 0, 0, -1);
	w = insn_ld_map_fd(1, 7);
	CHECK_INSN(w.insn[0], 0x18, 1, 1, 0, 7);
	CHECK_INSN(w.insn[1], 0x00, 0, 0, 0, 0);
	w = insn_ld_map_value_fd(1, 7, 16);
	CHECK_INSN(w.insn[0], 0x18, 1, 2, 0, 7);
	CHECK_INSN(w.insn[1], 0x00, 0, 0, 0, 16);
	w = insn_ld_map_idx(1, 3);
	CHECK_INSN(w.insn[0], 0x18, 1, 5, 0, 3);
	w = insn_ld_map_value_idx(1, 3, 8);
	CHECK_INSN(w.insn[0], 0x18, 1, 6, 0, 3);
	CHECK_INSN(w.insn[1], 0x00, 0, 0, 0, 8);
}

UNIT_TEST(bpf_insn_jumps_calls_exit)
{
	CHECK_INSN(insn_ja(3), 0x05, 0, 0, 3, 0);
	CHECK_INSN(insn_jmp_imm(INSN_JEQ, 0, 0, 3), 0x15, 0, 0, 3, 0);
	CHECK_INSN(insn_jmp_reg(INSN_JEQ, 1, 2, -2), 0x1d, 1, 2, -2, 0);
	CHECK_INSN(insn_jmp_imm(INSN_JGT, 1, 5, 1), 0x25, 1, 0, 1, 5);
	CHECK_INSN(insn_jmp_imm(INSN_JGE, 1, 5, 1), 0x35, 1, 0, 1, 5);
	CHECK_INSN(insn_jmp_imm(INSN_JSET, 1, 4, 1), 0x45, 1, 0, 1, 4);
	CHECK_INSN(insn_jmp_imm(INSN_JNE, 1, 5, 1), 0x55, 1, 0, 1, 5);
	CHECK_INSN(insn_jmp_imm(INSN_JSGT, 1, -5, 1), 0x65, 1, 0, 1, -5);
	CHECK_INSN(insn_jmp_imm(INSN_JSGE, 1, 5, 1), 0x75, 1, 0, 1, 5);
	CHECK_INSN(insn_jmp_reg(INSN_JLT, 1, 2, 1), 0xad, 1, 2, 1, 0);
	CHECK_INSN(insn_jmp_imm(INSN_JLE, 1, 5, 1), 0xb5, 1, 0, 1, 5);
	CHECK_INSN(insn_jmp_imm(INSN_JSLT, 1, 5, 1), 0xc5, 1, 0, 1, 5);
	CHECK_INSN(insn_jmp_reg(INSN_JSLE, 1, 2, 1), 0xdd, 1, 2, 1, 0);
	CHECK_INSN(insn_jmp32_imm(INSN_JEQ, 1, 5, 1), 0x16, 1, 0, 1, 5);
	CHECK_INSN(insn_jmp32_reg(INSN_JSGE, 1, 2, 1), 0x7e, 1, 2, 1, 0);
	CHECK_INSN(insn_jmp32_imm(INSN_JLT, 1, 5, 1), 0xa6, 1, 0, 1, 5);
	CHECK_INSN(insn_call(BPF_FUNC_map_lookup_elem), 0x85, 0, 0, 0, 1);
	CHECK_INSN(insn_call_local(4), 0x85, 0, 1, 0, 4);
	CHECK_INSN(insn_exit(), 0x95, 0, 0, 0, 0);
}

UNIT_TEST(bpf_insn_sizes)
{
	CHECK_INT(insn_size_bytes(INSN_U8), 1);
	CHECK_INT(insn_size_bytes(INSN_U16), 2);
	CHECK_INT(insn_size_bytes(INSN_U32), 4);
	CHECK_INT(insn_size_bytes(INSN_U64), 8);
	CHECK_INT(insn_size_from_bytes(8), INSN_U64);
	CHECK_INT(insn_size_from_bytes(2), INSN_U16);
	CHECK_INT(insn_size_from_bytes(3), -1);
}

/* if r1 == 0 goto out; r0 = 1; out: exit  →  the jump skips one. */
UNIT_TEST(bpf_insn_buf_patches_forward_jump)
{
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label out = insn_buf_label(&b);
	insn_buf_add(&b, insn_mov64_imm(0, 0));
	size_t jump = insn_buf_add_jump(&b, insn_jmp_imm(INSN_JEQ, 1, 0, 0), out);
	insn_buf_add(&b, insn_mov64_imm(0, 1));
	insn_buf_add(&b, insn_mov64_imm(0, 2));
	insn_buf_place(&b, out);
	insn_buf_add(&b, insn_exit());
	CHECK_INT(insn_buf_finish(&b), 0);
	CHECK_INT(jump, 1);
	CHECK_INSN(b.insns[1], 0x15, 1, 0, 2, 0);
	CHECK_INT(b.len, 5);
	insn_buf_free(&b);
}

UNIT_TEST(bpf_insn_buf_patches_backward_jump_and_goto)
{
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label top = insn_buf_label(&b), done = insn_buf_label(&b);
	insn_buf_add(&b, insn_mov64_imm(0, 0));
	insn_buf_place(&b, top);
	insn_buf_add(&b, insn_alu64_imm(INSN_ADD, 0, 1));
	insn_buf_add_jump(&b, insn_jmp_imm(INSN_JGE, 0, 10, 0), done);
	insn_buf_add_goto(&b, top);
	insn_buf_place(&b, done);
	insn_buf_add(&b, insn_exit());
	CHECK_INT(insn_buf_finish(&b), 0);
	CHECK_INSN(b.insns[2], 0x35, 0, 0, 1, 10);
	CHECK_INSN(b.insns[3], 0x05, 0, 0, -3, 0);
	insn_buf_free(&b);
}

/* A 64-bit immediate counts as two instructions in jump distances. */
UNIT_TEST(bpf_insn_buf_wide_load_counts_two)
{
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label out = insn_buf_label(&b);
	insn_buf_add_goto(&b, out);
	size_t at = insn_buf_add_wide(&b, insn_ld_imm64(0, 1ULL << 40));
	insn_buf_place(&b, out);
	insn_buf_add(&b, insn_exit());
	CHECK_INT(insn_buf_finish(&b), 0);
	CHECK_INT(at, 1);
	CHECK_INT(b.len, 4);
	CHECK_INT(b.insns[0].off, 2);
	insn_buf_free(&b);
}

/* Local calls and function addresses carry the distance in imm. */
UNIT_TEST(bpf_insn_buf_patches_calls_in_imm)
{
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label fn = insn_buf_label(&b);
	insn_buf_add_func_addr(&b, BPF_REG_2, fn);
	insn_buf_add_call_local(&b, fn);
	insn_buf_add(&b, insn_exit());
	insn_buf_place(&b, fn);
	insn_buf_add(&b, insn_mov64_imm(0, 0));
	insn_buf_add(&b, insn_exit());
	CHECK_INT(insn_buf_finish(&b), 0);
	CHECK_INSN(b.insns[0], 0x18, 2, BPF_PSEUDO_FUNC, 0, 3);
	CHECK_INSN(b.insns[2], 0x85, 0, BPF_PSEUDO_CALL, 0, 1);
	insn_buf_free(&b);
}

UNIT_TEST(bpf_insn_buf_rejects_unplaced_and_twice_placed_labels)
{
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label nowhere = insn_buf_label(&b);
	insn_buf_add_goto(&b, nowhere);
	insn_buf_add(&b, insn_exit());
	CHECK_INT(insn_buf_finish(&b), -EINVAL);
	CHECK_STR(b.error_msg, "instruction 0 jumps to label 0, which is never placed");
	insn_buf_free(&b);

	insn_buf_init(&b);
	struct insn_label twice = insn_buf_label(&b);
	insn_buf_place(&b, twice);
	insn_buf_add(&b, insn_exit());
	insn_buf_place(&b, twice);
	CHECK_INT(insn_buf_finish(&b), -EINVAL);
	CHECK_STR(b.error_msg, "label 0 placed twice");
	insn_buf_free(&b);

	insn_buf_init(&b);
	struct insn_label end = insn_buf_label(&b);
	insn_buf_add_goto(&b, end);
	insn_buf_place(&b, end);
	CHECK_INT(insn_buf_finish(&b), -EINVAL);
	CHECK_STR(b.error_msg, "instruction 0 jumps to label 0, which is past the last instruction");
	insn_buf_free(&b);
}

UNIT_TEST(bpf_insn_buf_rejects_jump_beyond_16_bits)
{
	struct insn_buf b;
	insn_buf_init(&b);
	struct insn_label far = insn_buf_label(&b);
	insn_buf_add_jump(&b, insn_jmp_imm(INSN_JEQ, 1, 0, 0), far);
	for (int i = 0; i < 40000; i++)
		insn_buf_add(&b, insn_mov64_imm(0, i));
	insn_buf_place(&b, far);
	insn_buf_add(&b, insn_exit());
	CHECK_INT(insn_buf_finish(&b), -ERANGE);
	CHECK(strstr(b.error_msg, "jumps 40000 instructions") != NULL);
	insn_buf_free(&b);
}

UNIT_TEST(bpf_insn_buf_records_origins)
{
	struct insn_buf b;
	insn_buf_init(&b);
	insn_buf_set_origin(&b, 7);
	insn_buf_add(&b, insn_mov64_imm(0, 0));
	insn_buf_set_origin(&b, 9);
	insn_buf_add_wide(&b, insn_ld_imm64(1, 5));
	insn_buf_add(&b, insn_exit());
	CHECK_INT(insn_buf_origin_of(&b, 0), 7);
	CHECK_INT(insn_buf_origin_of(&b, 1), 9);
	CHECK_INT(insn_buf_origin_of(&b, 2), 9);
	CHECK_INT(insn_buf_origin_of(&b, 3), 9);
	CHECK_INT(insn_buf_origin_of(&b, 4), 0);
	insn_buf_free(&b);
	insn_buf_free(&b);
}
