/* BPF instructions by name, and a buffer that collects them.
 *
 * Each constructor returns one encoded `struct bpf_insn` (two for the wide
 * 64-bit immediate loads), following the BPF ISA
 * (Documentation/bpf/standardization/instruction-set.rst). The buffer adds
 * labels: a jump is emitted against a label, placed before or after it, and
 * every offset is patched by insn_buf_finish(), so the code generator never
 * counts instructions by hand.
 *
 * Registers are the uapi BPF_REG_0 .. BPF_REG_10: r0 holds return values,
 * r1-r5 pass helper arguments and are clobbered by calls, r6-r9 survive
 * calls, r10 is the read-only frame pointer. */
#ifndef BPFSCOPE_CODEGEN_BPF_INSN_H
#define BPFSCOPE_CODEGEN_BPF_INSN_H

#include <stddef.h>
#include <stdint.h>

#include <linux/bpf.h>

/* cpu v4 encodings (kernel 6.6) that older uapi headers lack. */
#ifndef BPF_MEMSX
#define BPF_MEMSX 0x80
#endif

/* The signed flavours share DIV/MOD's code and set 'offset' to 1; the
 * flag keeps them distinct in the enum and never reaches the encoding. */
#define INSN_SIGNED_OP 0x100

enum insn_alu {
	INSN_ADD  = BPF_ADD,
	INSN_SUB  = BPF_SUB,
	INSN_MUL  = BPF_MUL,
	INSN_DIV  = BPF_DIV,                    /* unsigned; x / 0 == 0 */
	INSN_SDIV = BPF_DIV | INSN_SIGNED_OP,
	INSN_MOD  = BPF_MOD,                    /* unsigned; x % 0 == x */
	INSN_SMOD = BPF_MOD | INSN_SIGNED_OP,
	INSN_OR   = BPF_OR,
	INSN_AND  = BPF_AND,
	INSN_XOR  = BPF_XOR,
	INSN_LSH  = BPF_LSH,
	INSN_RSH  = BPF_RSH,                    /* logical */
	INSN_ARSH = BPF_ARSH,                   /* arithmetic (sign-filling) */
	INSN_MOV  = BPF_MOV,
};

/* Conditions for conditional jumps: U = unsigned, S = signed. */
enum insn_cond {
	INSN_JEQ  = BPF_JEQ,
	INSN_JNE  = BPF_JNE,
	INSN_JSET = BPF_JSET,                   /* dst & src != 0 */
	INSN_JGT  = BPF_JGT,
	INSN_JGE  = BPF_JGE,
	INSN_JLT  = BPF_JLT,
	INSN_JLE  = BPF_JLE,
	INSN_JSGT = BPF_JSGT,
	INSN_JSGE = BPF_JSGE,
	INSN_JSLT = BPF_JSLT,
	INSN_JSLE = BPF_JSLE,
};

/* Access sizes of loads and stores. */
enum insn_size {
	INSN_U8  = BPF_B,
	INSN_U16 = BPF_H,
	INSN_U32 = BPF_W,
	INSN_U64 = BPF_DW,
};

/* Atomic read-modify-write operations (32- or 64-bit only). The FETCH
 * forms also return the old value in the source register; CMPXCHG compares
 * with r0 and returns the old value in r0. */
enum insn_atomic {
	INSN_ATOMIC_ADD       = BPF_ADD,
	INSN_ATOMIC_OR        = BPF_OR,
	INSN_ATOMIC_AND       = BPF_AND,
	INSN_ATOMIC_XOR       = BPF_XOR,
	INSN_ATOMIC_FETCH_ADD = BPF_ADD | BPF_FETCH,
	INSN_ATOMIC_FETCH_OR  = BPF_OR | BPF_FETCH,
	INSN_ATOMIC_FETCH_AND = BPF_AND | BPF_FETCH,
	INSN_ATOMIC_FETCH_XOR = BPF_XOR | BPF_FETCH,
	INSN_ATOMIC_XCHG      = BPF_XCHG,
	INSN_ATOMIC_CMPXCHG   = BPF_CMPXCHG,
};

/* A 64-bit immediate load occupies two instruction slots. */
struct insn_wide {
	struct bpf_insn insn[2];
};

/* Bytes accessed by a load or store of this size: 1, 2, 4 or 8. */
int insn_size_bytes(enum insn_size size);
/* The size that accesses `bytes` (1, 2, 4 or 8) bytes; -1 for any other. */
int insn_size_from_bytes(int bytes);

/* --- arithmetic: dst = dst OP src|imm (ALU64 64-bit, ALU32 32-bit with
 * the upper half of dst zeroed) --- */
struct bpf_insn insn_alu64_reg(enum insn_alu op, int dst, int src);
struct bpf_insn insn_alu64_imm(enum insn_alu op, int dst, int32_t imm);
struct bpf_insn insn_alu32_reg(enum insn_alu op, int dst, int src);
struct bpf_insn insn_alu32_imm(enum insn_alu op, int dst, int32_t imm);
struct bpf_insn insn_mov64_reg(int dst, int src);
struct bpf_insn insn_mov64_imm(int dst, int32_t imm);  /* imm is sign-extended */
struct bpf_insn insn_mov32_reg(int dst, int src);      /* zero-extends */
struct bpf_insn insn_mov32_imm(int dst, int32_t imm);
struct bpf_insn insn_neg64(int dst);
struct bpf_insn insn_neg32(int dst);
/* dst = (s8|s16|s32) src, sign-extended to 64 bits (bits: 8, 16, 32). */
struct bpf_insn insn_movsx64(int dst, int src, int bits);
/* dst = (s8|s16) src, sign-extended to 32 bits, upper half zeroed. */
struct bpf_insn insn_movsx32(int dst, int src, int bits);
/* Byte order conversions of the low `bits` (16, 32, 64) of dst. */
struct bpf_insn insn_to_be(int dst, int bits);
struct bpf_insn insn_to_le(int dst, int bits);
struct bpf_insn insn_bswap(int dst, int bits);         /* unconditional */

/* --- memory --- */
/* dst = *(size *)(src + off), zero-extended. */
struct bpf_insn insn_ldx(enum insn_size size, int dst, int src, int16_t off);
/* dst = *(signed size *)(src + off), sign-extended (not for INSN_U64). */
struct bpf_insn insn_ldx_signed(enum insn_size size, int dst, int src, int16_t off);
/* *(size *)(dst + off) = src */
struct bpf_insn insn_stx(enum insn_size size, int dst, int16_t off, int src);
/* *(size *)(dst + off) = imm */
struct bpf_insn insn_st(enum insn_size size, int dst, int16_t off, int32_t imm);
/* *(size *)(dst + off) OP= src, atomically (size INSN_U32 or INSN_U64). */
struct bpf_insn insn_atomic(enum insn_size size, enum insn_atomic op, int dst, int16_t off,
			    int src);

/* --- 64-bit immediates (two slots) --- */
struct insn_wide insn_ld_imm64(int dst, uint64_t imm);
/* dst = the map whose file descriptor is `map_fd`. */
struct insn_wide insn_ld_map_fd(int dst, int map_fd);
/* dst = the map at `map_index` in the fd_array passed at load time. */
struct insn_wide insn_ld_map_idx(int dst, uint32_t map_index);
/* dst = address of byte `off` of the value of a single-value map (array). */
struct insn_wide insn_ld_map_value_fd(int dst, int map_fd, uint32_t off);
struct insn_wide insn_ld_map_value_idx(int dst, uint32_t map_index, uint32_t off);

/* --- control flow: offsets count instructions from the next one --- */
struct bpf_insn insn_ja(int16_t off);
struct bpf_insn insn_jmp_reg(enum insn_cond cond, int dst, int src, int16_t off);
struct bpf_insn insn_jmp_imm(enum insn_cond cond, int dst, int32_t imm, int16_t off);
struct bpf_insn insn_jmp32_reg(enum insn_cond cond, int dst, int src, int16_t off);
struct bpf_insn insn_jmp32_imm(enum insn_cond cond, int dst, int32_t imm, int16_t off);
/* Calls helper `helper` (enum bpf_func_id): args r1-r5, result r0. */
struct bpf_insn insn_call(int helper);
/* Calls the BPF function starting `off` instructions after the next one. */
struct bpf_insn insn_call_local(int32_t off);
struct bpf_insn insn_exit(void);

/* --- the instruction buffer --- */

struct insn_fixup;

/* A jump target; created by insn_buf_label(), bound by insn_buf_place(). */
struct insn_label {
	uint32_t id;
};

struct insn_buf {
	struct bpf_insn *insns;
	uint32_t *origins;          /* per instruction: the origin current when emitted */
	size_t len, cap;
	uint32_t origin;            /* see insn_buf_set_origin() */
	int32_t *label_pos;         /* per label: instruction index, or -1 while unplaced */
	size_t nlabels, label_cap;
	struct insn_fixup *fixups;
	size_t nfixups, fixup_cap;
	int error;                  /* first failure (negative errno), sticky */
	char error_msg[128];
};

void insn_buf_init(struct insn_buf *b);
void insn_buf_free(struct insn_buf *b);     /* accepts a zeroed or freed buffer */

/* Tags the instructions emitted from now on with an opaque `origin` (for
 * example, the index of the source span that produced them), so a verifier
 * error at an instruction can be traced back to the script. */
void insn_buf_set_origin(struct insn_buf *b, uint32_t origin);
uint32_t insn_buf_origin_of(const struct insn_buf *b, size_t index);

/* Each returns the index of the (first) instruction it appended. Running
 * out of memory is recorded in b->error and reported by insn_buf_finish();
 * the index returned then means nothing. */
size_t insn_buf_add(struct insn_buf *b, struct bpf_insn insn);
size_t insn_buf_add_wide(struct insn_buf *b, struct insn_wide wide);

struct insn_label insn_buf_label(struct insn_buf *b);
/* Binds `label` to the next instruction appended. */
void insn_buf_place(struct insn_buf *b, struct insn_label label);
/* Appends `jump` (any JA/JMP/JMP32 instruction; its offset is ignored) so
 * that it lands on `target`. */
size_t insn_buf_add_jump(struct insn_buf *b, struct bpf_insn jump, struct insn_label target);
size_t insn_buf_add_goto(struct insn_buf *b, struct insn_label target);
/* Calls the BPF function (subprogram) starting at `target`. */
size_t insn_buf_add_call_local(struct insn_buf *b, struct insn_label target);
/* dst = address of the BPF function at `target`, for callback helpers
 * such as bpf_loop and bpf_for_each_map_elem. */
size_t insn_buf_add_func_addr(struct insn_buf *b, int dst, struct insn_label target);

/* Patches every jump. Returns 0, or a negative errno with b->error_msg set:
 * -ENOMEM, -EINVAL (a label never placed, or placed past the end),
 * -ERANGE (a conditional jump too far for its 16-bit offset). */
int insn_buf_finish(struct insn_buf *b);

#endif
