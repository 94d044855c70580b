/* BPF instruction constructors and the label-patching instruction buffer. */
#include "codegen/bpf_insn.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How a fixup writes the distance to its label: jumps carry it in the
 * 16-bit 'offset', local calls and function addresses in the 32-bit 'imm'. */
enum fixup_field { FIXUP_OFF, FIXUP_IMM };

struct insn_fixup {
	size_t at;
	uint32_t label;
	enum fixup_field field;
};

static struct bpf_insn make(uint8_t code, int dst, int src, int16_t off, int32_t imm)
{
	return (struct bpf_insn){
		.code = code,
		.dst_reg = (uint8_t)dst,
		.src_reg = (uint8_t)src,
		.off = off,
		.imm = imm,
	};
}

int insn_size_bytes(enum insn_size size)
{
	switch (size) {
	case INSN_U8:  return 1;
	case INSN_U16: return 2;
	case INSN_U32: return 4;
	case INSN_U64: return 8;
	}
	return 0;
}

int insn_size_from_bytes(int bytes)
{
	switch (bytes) {
	case 1: return INSN_U8;
	case 2: return INSN_U16;
	case 4: return INSN_U32;
	case 8: return INSN_U64;
	}
	return -1;
}

/* --- arithmetic --- */

static struct bpf_insn alu(uint8_t class, enum insn_alu op, uint8_t source, int dst, int src,
			   int32_t imm)
{
	int16_t off = (op & INSN_SIGNED_OP) ? 1 : 0;
	return make(class | (op & 0xf0) | source, dst, src, off, imm);
}

struct bpf_insn insn_alu64_reg(enum insn_alu op, int dst, int src)
{
	return alu(BPF_ALU64, op, BPF_X, dst, src, 0);
}

struct bpf_insn insn_alu64_imm(enum insn_alu op, int dst, int32_t imm)
{
	return alu(BPF_ALU64, op, BPF_K, dst, 0, imm);
}

struct bpf_insn insn_alu32_reg(enum insn_alu op, int dst, int src)
{
	return alu(BPF_ALU, op, BPF_X, dst, src, 0);
}

struct bpf_insn insn_alu32_imm(enum insn_alu op, int dst, int32_t imm)
{
	return alu(BPF_ALU, op, BPF_K, dst, 0, imm);
}

struct bpf_insn insn_mov64_reg(int dst, int src)
{
	return insn_alu64_reg(INSN_MOV, dst, src);
}

struct bpf_insn insn_mov64_imm(int dst, int32_t imm)
{
	return insn_alu64_imm(INSN_MOV, dst, imm);
}

struct bpf_insn insn_mov32_reg(int dst, int src)
{
	return insn_alu32_reg(INSN_MOV, dst, src);
}

struct bpf_insn insn_mov32_imm(int dst, int32_t imm)
{
	return insn_alu32_imm(INSN_MOV, dst, imm);
}

struct bpf_insn insn_neg64(int dst)
{
	return make(BPF_ALU64 | BPF_NEG | BPF_K, dst, 0, 0, 0);
}

struct bpf_insn insn_neg32(int dst)
{
	return make(BPF_ALU | BPF_NEG | BPF_K, dst, 0, 0, 0);
}

/* MOVSX is MOV with the source width in 'offset'. */
struct bpf_insn insn_movsx64(int dst, int src, int bits)
{
	return make(BPF_ALU64 | BPF_MOV | BPF_X, dst, src, (int16_t)bits, 0);
}

struct bpf_insn insn_movsx32(int dst, int src, int bits)
{
	return make(BPF_ALU | BPF_MOV | BPF_X, dst, src, (int16_t)bits, 0);
}

struct bpf_insn insn_to_be(int dst, int bits)
{
	return make(BPF_ALU | BPF_END | BPF_TO_BE, dst, 0, 0, bits);
}

struct bpf_insn insn_to_le(int dst, int bits)
{
	return make(BPF_ALU | BPF_END | BPF_TO_LE, dst, 0, 0, bits);
}

struct bpf_insn insn_bswap(int dst, int bits)
{
	return make(BPF_ALU64 | BPF_END | BPF_TO_LE, dst, 0, 0, bits);
}

/* --- memory --- */

struct bpf_insn insn_ldx(enum insn_size size, int dst, int src, int16_t off)
{
	return make(BPF_LDX | BPF_MEM | size, dst, src, off, 0);
}

struct bpf_insn insn_ldx_signed(enum insn_size size, int dst, int src, int16_t off)
{
	return make(BPF_LDX | BPF_MEMSX | size, dst, src, off, 0);
}

struct bpf_insn insn_stx(enum insn_size size, int dst, int16_t off, int src)
{
	return make(BPF_STX | BPF_MEM | size, dst, src, off, 0);
}

struct bpf_insn insn_st(enum insn_size size, int dst, int16_t off, int32_t imm)
{
	return make(BPF_ST | BPF_MEM | size, dst, 0, off, imm);
}

struct bpf_insn insn_atomic(enum insn_size size, enum insn_atomic op, int dst, int16_t off,
			    int src)
{
	return make(BPF_STX | BPF_ATOMIC | size, dst, src, off, op);
}

/* --- 64-bit immediates --- */

static struct insn_wide ld_imm64(int dst, int pseudo, int32_t lo, int32_t hi)
{
	return (struct insn_wide){ {
		make(BPF_LD | BPF_IMM | BPF_DW, dst, pseudo, 0, lo),
		make(0, 0, 0, 0, hi),
	} };
}

struct insn_wide insn_ld_imm64(int dst, uint64_t imm)
{
	return ld_imm64(dst, 0, (int32_t)(uint32_t)imm, (int32_t)(uint32_t)(imm >> 32));
}

struct insn_wide insn_ld_map_fd(int dst, int map_fd)
{
	return ld_imm64(dst, BPF_PSEUDO_MAP_FD, map_fd, 0);
}

struct insn_wide insn_ld_map_idx(int dst, uint32_t map_index)
{
	return ld_imm64(dst, BPF_PSEUDO_MAP_IDX, (int32_t)map_index, 0);
}

struct insn_wide insn_ld_map_value_fd(int dst, int map_fd, uint32_t off)
{
	return ld_imm64(dst, BPF_PSEUDO_MAP_VALUE, map_fd, (int32_t)off);
}

struct insn_wide insn_ld_map_value_idx(int dst, uint32_t map_index, uint32_t off)
{
	return ld_imm64(dst, BPF_PSEUDO_MAP_IDX_VALUE, (int32_t)map_index, (int32_t)off);
}

/* --- control flow --- */

struct bpf_insn insn_ja(int16_t off)
{
	return make(BPF_JMP | BPF_JA, 0, 0, off, 0);
}

struct bpf_insn insn_jmp_reg(enum insn_cond cond, int dst, int src, int16_t off)
{
	return make(BPF_JMP | cond | BPF_X, dst, src, off, 0);
}

struct bpf_insn insn_jmp_imm(enum insn_cond cond, int dst, int32_t imm, int16_t off)
{
	return make(BPF_JMP | cond | BPF_K, dst, 0, off, imm);
}

struct bpf_insn insn_jmp32_reg(enum insn_cond cond, int dst, int src, int16_t off)
{
	return make(BPF_JMP32 | cond | BPF_X, dst, src, off, 0);
}

struct bpf_insn insn_jmp32_imm(enum insn_cond cond, int dst, int32_t imm, int16_t off)
{
	return make(BPF_JMP32 | cond | BPF_K, dst, 0, off, imm);
}

struct bpf_insn insn_call(int helper)
{
	return make(BPF_JMP | BPF_CALL, 0, 0, 0, helper);
}

struct bpf_insn insn_call_local(int32_t off)
{
	return make(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, off);
}

struct bpf_insn insn_exit(void)
{
	return make(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
}

/* --- the buffer --- */

static void buf_fail(struct insn_buf *b, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void buf_fail(struct insn_buf *b, int err, const char *fmt, ...)
{
	if (b->error)
		return;
	b->error = err;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(b->error_msg, sizeof(b->error_msg), fmt, ap);
	va_end(ap);
}

/* Grows `*items` (of `size`-byte elements) to hold one more than `len`. */
static bool grow(struct insn_buf *b, void **items, size_t *cap, size_t len, size_t size)
{
	if (len < *cap)
		return true;
	size_t want = *cap ? *cap * 2 : 64;
	void *p = realloc(*items, want * size);
	if (!p) {
		buf_fail(b, -ENOMEM, "out of memory for %zu instructions", want);
		return false;
	}
	*items = p;
	*cap = want;
	return true;
}

void insn_buf_init(struct insn_buf *b)
{
	memset(b, 0, sizeof(*b));
}

void insn_buf_free(struct insn_buf *b)
{
	free(b->insns);
	free(b->origins);
	free(b->label_pos);
	free(b->fixups);
	insn_buf_init(b);
}

void insn_buf_set_origin(struct insn_buf *b, uint32_t origin)
{
	b->origin = origin;
}

uint32_t insn_buf_origin_of(const struct insn_buf *b, size_t index)
{
	return index < b->len ? b->origins[index] : 0;
}

size_t insn_buf_add(struct insn_buf *b, struct bpf_insn insn)
{
	size_t cap = b->cap;
	if (b->len == cap) {
		if (!grow(b, (void **)&b->insns, &cap, b->len, sizeof(*b->insns)))
			return b->len;
		size_t origin_cap = b->cap;
		if (!grow(b, (void **)&b->origins, &origin_cap, b->len, sizeof(*b->origins)))
			return b->len;
		b->cap = cap;
	}
	b->insns[b->len] = insn;
	b->origins[b->len] = b->origin;
	return b->len++;
}

size_t insn_buf_add_wide(struct insn_buf *b, struct insn_wide wide)
{
	size_t at = insn_buf_add(b, wide.insn[0]);
	insn_buf_add(b, wide.insn[1]);
	return at;
}

struct insn_label insn_buf_label(struct insn_buf *b)
{
	struct insn_label label = { (uint32_t)b->nlabels };
	if (grow(b, (void **)&b->label_pos, &b->label_cap, b->nlabels, sizeof(*b->label_pos)))
		b->label_pos[b->nlabels++] = -1;
	return label;
}

void insn_buf_place(struct insn_buf *b, struct insn_label label)
{
	if (label.id >= b->nlabels) {
		buf_fail(b, -EINVAL, "label %u does not exist", label.id);
		return;
	}
	if (b->label_pos[label.id] >= 0) {
		buf_fail(b, -EINVAL, "label %u placed twice", label.id);
		return;
	}
	b->label_pos[label.id] = (int32_t)b->len;
}

static size_t add_fixed(struct insn_buf *b, struct bpf_insn insn, struct insn_label target,
			enum fixup_field field)
{
	size_t at = insn_buf_add(b, insn);
	if (grow(b, (void **)&b->fixups, &b->fixup_cap, b->nfixups, sizeof(*b->fixups)))
		b->fixups[b->nfixups++] = (struct insn_fixup){ at, target.id, field };
	return at;
}

size_t insn_buf_add_jump(struct insn_buf *b, struct bpf_insn jump, struct insn_label target)
{
	return add_fixed(b, jump, target, FIXUP_OFF);
}

size_t insn_buf_add_goto(struct insn_buf *b, struct insn_label target)
{
	return add_fixed(b, insn_ja(0), target, FIXUP_OFF);
}

size_t insn_buf_add_call_local(struct insn_buf *b, struct insn_label target)
{
	return add_fixed(b, insn_call_local(0), target, FIXUP_IMM);
}

/* The kernel resolves a BPF_PSEUDO_FUNC load at index i to instruction
 * i + imm + 1, the same base as calls, so one fixup kind serves both. */
size_t insn_buf_add_func_addr(struct insn_buf *b, int dst, struct insn_label target)
{
	struct insn_wide w = ld_imm64(dst, BPF_PSEUDO_FUNC, 0, 0);
	size_t at = add_fixed(b, w.insn[0], target, FIXUP_IMM);
	insn_buf_add(b, w.insn[1]);
	return at;
}

static void patch(struct insn_buf *b, const struct insn_fixup *f)
{
	if (f->label >= b->nlabels) {
		buf_fail(b, -EINVAL, "instruction %zu jumps to label %u, which does not exist",
			 f->at, f->label);
		return;
	}
	int32_t pos = b->label_pos[f->label];
	if (pos < 0 || (size_t)pos >= b->len) {
		buf_fail(b, -EINVAL, "instruction %zu jumps to label %u, which is %s", f->at,
			 f->label, pos < 0 ? "never placed" : "past the last instruction");
		return;
	}
	int64_t dist = (int64_t)pos - (int64_t)f->at - 1;
	struct bpf_insn *insn = &b->insns[f->at];
	if (f->field == FIXUP_IMM) {
		insn->imm = (int32_t)dist;
		return;
	}
	if (dist < INT16_MIN || dist > INT16_MAX) {
		buf_fail(b, -ERANGE, "instruction %zu jumps %lld instructions, more than a 16-bit offset holds",
			 f->at, (long long)dist);
		return;
	}
	insn->off = (int16_t)dist;
}

int insn_buf_finish(struct insn_buf *b)
{
	for (size_t i = 0; i < b->nfixups && !b->error; i++)
		patch(b, &b->fixups[i]);
	return b->error;
}
