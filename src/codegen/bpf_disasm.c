/* BPF instructions → text. Decodes raw encodings, so it also prints
 * instructions the code generator would never emit. */
#include "codegen/bpf_disasm.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "codegen/bpf_insn.h"

#define HELPER_NAME(x) "bpf_" #x
static const char *const helper_names[] = { __BPF_FUNC_MAPPER(HELPER_NAME) };
#undef HELPER_NAME

const char *bpf_helper_name(int helper)
{
	if (helper <= 0 || helper >= (int)(sizeof(helper_names) / sizeof(helper_names[0])))
		return NULL;
	return helper_names[helper];
}

struct text {
	char *buf;
	size_t size, len;
};

static void put(struct text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(struct text *t, const char *fmt, ...)
{
	size_t room = t->len < t->size ? t->size - t->len : 0;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(t->buf + (room ? t->len : 0), room, fmt, ap);
	va_end(ap);
	if (n > 0)
		t->len += (size_t)n;
}

/* Indexed by BPF_OP(code) >> 4. */
static const char *const alu_ops[16] = {
	"+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=",
	NULL, "%=", "^=", "=", "s>>=", NULL, NULL, NULL,
};

static const char *const jmp_ops[16] = {
	NULL, "==", ">", ">=", "&", "!=", "s>", "s>=",
	NULL, NULL, "<", "<=", "s<", "s<=", NULL, NULL,
};

static const char *size_name(uint8_t code, bool sign_extending)
{
	switch (BPF_SIZE(code)) {
	case BPF_B:  return sign_extending ? "s8" : "u8";
	case BPF_H:  return sign_extending ? "s16" : "u16";
	case BPF_W:  return sign_extending ? "s32" : "u32";
	default:     return sign_extending ? NULL : "u64";
	}
}

static void put_unknown(struct text *t, const struct bpf_insn *in)
{
	put(t, "unknown opcode 0x%02x", in->code);
}

/* "(r1 + 8)", "(r10 - 8)", "(r1 + 0)" */
static void put_addr(struct text *t, int reg, int16_t off)
{
	if (off < 0)
		put(t, "(r%d - %d)", reg, -(int)off);
	else
		put(t, "(r%d + %d)", reg, off);
}

static void put_alu(struct text *t, const struct bpf_insn *in)
{
	bool is64 = BPF_CLASS(in->code) == BPF_ALU64;
	char r = is64 ? 'r' : 'w';
	uint8_t op = BPF_OP(in->code);
	bool reg_src = BPF_SRC(in->code) == BPF_X;

	if (op == BPF_END) {
		const char *kind = is64 ? "bswap" : reg_src ? "be" : "le";
		put(t, "r%d = %s%d r%d", in->dst_reg, kind, in->imm, in->dst_reg);
		return;
	}
	if (op == BPF_NEG) {
		put(t, "%c%d = -%c%d", r, in->dst_reg, r, in->dst_reg);
		return;
	}
	if (op == BPF_MOV && reg_src && in->off) {
		put(t, "%c%d = (s%d)%c%d", r, in->dst_reg, in->off, r, in->src_reg);
		return;
	}
	const char *sym = alu_ops[op >> 4];
	if (!sym) {
		put_unknown(t, in);
		return;
	}
	bool is_signed = (op == BPF_DIV || op == BPF_MOD) && in->off == 1;
	put(t, "%c%d %s%s ", r, in->dst_reg, is_signed ? "s" : "", sym);
	if (reg_src)
		put(t, "%c%d", r, in->src_reg);
	else
		put(t, "%d", in->imm);
}

static void put_ldx(struct text *t, const struct bpf_insn *in)
{
	uint8_t mode = BPF_MODE(in->code);
	const char *size = size_name(in->code, mode == BPF_MEMSX);
	if ((mode != BPF_MEM && mode != BPF_MEMSX) || !size) {
		put_unknown(t, in);
		return;
	}
	put(t, "r%d = *(%s *)", in->dst_reg, size);
	put_addr(t, in->src_reg, in->off);
}

static void put_atomic(struct text *t, const struct bpf_insn *in)
{
	bool is64 = BPF_SIZE(in->code) == BPF_DW;
	char r = is64 ? 'r' : 'w';
	const char *size = is64 ? "u64" : "u32";
	const char *fn = is64 ? "atomic64" : "atomic";
	int op = in->imm & ~BPF_FETCH;
	const char *name = op == BPF_ADD ? "add" : op == BPF_OR ? "or" : op == BPF_AND ? "and"
			 : op == BPF_XOR ? "xor" : NULL;

	if (BPF_SIZE(in->code) != BPF_W && !is64) {
		put_unknown(t, in);
	} else if (name && !(in->imm & BPF_FETCH)) {
		put(t, "lock *(%s *)", size);
		put_addr(t, in->dst_reg, in->off);
		put(t, " %s %c%d", alu_ops[op >> 4], r, in->src_reg);
	} else if (name || in->imm == BPF_XCHG) {
		put(t, "%c%d = %s_%s%s((%s *)", r, in->src_reg, fn, name ? "fetch_" : "",
		    name ? name : "xchg", size);
		put_addr(t, in->dst_reg, in->off);
		put(t, ", %c%d)", r, in->src_reg);
	} else if (in->imm == BPF_CMPXCHG) {
		put(t, "%c0 = %s_cmpxchg((%s *)", r, fn, size);
		put_addr(t, in->dst_reg, in->off);
		put(t, ", %c0, %c%d)", r, r, in->src_reg);
	} else {
		put(t, "unknown atomic operation 0x%x", (unsigned)in->imm);
	}
}

static void put_store(struct text *t, const struct bpf_insn *in)
{
	uint8_t mode = BPF_MODE(in->code);
	if (BPF_CLASS(in->code) == BPF_STX && mode == BPF_ATOMIC) {
		put_atomic(t, in);
		return;
	}
	if (mode != BPF_MEM) {
		put_unknown(t, in);
		return;
	}
	put(t, "*(%s *)", size_name(in->code, false));
	put_addr(t, in->dst_reg, in->off);
	if (BPF_CLASS(in->code) == BPF_STX)
		put(t, " = r%d", in->src_reg);
	else
		put(t, " = %d", in->imm);
}

static void put_map_ref(struct text *t, const struct bpf_insn *in, const struct disasm_opts *opts)
{
	const char *name = opts && opts->map_name ? opts->map_name(opts->ctx, in->src_reg, in->imm)
						  : NULL;
	bool by_fd = in->src_reg == BPF_PSEUDO_MAP_FD || in->src_reg == BPF_PSEUDO_MAP_VALUE;
	if (name)
		put(t, "map[%s]", name);
	else
		put(t, "map[%s:%d]", by_fd ? "fd" : "idx", in->imm);
}

/* Returns the slots used: the wide load is two, with its upper half in the
 * second slot's imm. */
static int put_ld(struct text *t, const struct bpf_insn *insns, size_t n, size_t i,
		  const struct disasm_opts *opts)
{
	const struct bpf_insn *in = &insns[i];
	uint8_t mode = BPF_MODE(in->code);
	if (mode == BPF_ABS || mode == BPF_IND) {
		put(t, "r0 = *(%s *)skb[", size_name(in->code, false));
		if (mode == BPF_IND)
			put(t, "r%d + ", in->src_reg);
		put(t, "%d]", in->imm);
		return 1;
	}
	if (in->code != (BPF_LD | BPF_IMM | BPF_DW)) {
		put_unknown(t, in);
		return 1;
	}
	if (i + 1 >= n) {
		put(t, "r%d = <64-bit immediate missing its second half>", in->dst_reg);
		return 1;
	}
	int32_t hi = insns[i + 1].imm;
	put(t, "r%d = ", in->dst_reg);
	switch (in->src_reg) {
	case 0:
		put(t, "0x%llx", (unsigned long long)((uint64_t)(uint32_t)hi << 32 |
						      (uint32_t)in->imm));
		break;
	case BPF_PSEUDO_MAP_FD:
	case BPF_PSEUDO_MAP_IDX:
		put_map_ref(t, in, opts);
		break;
	case BPF_PSEUDO_MAP_VALUE:
	case BPF_PSEUDO_MAP_IDX_VALUE:
		put(t, "&");
		put_map_ref(t, in, opts);
		put(t, ".value + %u", (uint32_t)hi);
		break;
	case BPF_PSEUDO_BTF_ID:
		put(t, "btf_id:%d", in->imm);
		break;
	case BPF_PSEUDO_FUNC:
		put(t, "func %+d", in->imm);
		break;
	default:
		put(t, "<unknown pseudo source %d>", in->src_reg);
		break;
	}
	put(t, " ll");
	return 2;
}

static void put_call(struct text *t, const struct bpf_insn *in)
{
	if (in->src_reg == BPF_PSEUDO_CALL) {
		put(t, "call %+d", in->imm);
	} else if (in->src_reg == BPF_PSEUDO_KFUNC_CALL) {
		put(t, "call kfunc#%d", in->imm);
	} else {
		const char *name = bpf_helper_name(in->imm);
		put(t, "call %s#%d", name ? name : "helper", in->imm);
	}
}

static void put_jmp(struct text *t, const struct bpf_insn *in)
{
	bool is64 = BPF_CLASS(in->code) == BPF_JMP;
	uint8_t op = BPF_OP(in->code);
	char r = is64 ? 'r' : 'w';

	if (op == BPF_JA) {
		if (is64)
			put(t, "goto %+d", in->off);
		else
			put(t, "gotol %+d", in->imm);
		return;
	}
	if (op == BPF_CALL && is64) {
		put_call(t, in);
		return;
	}
	if (op == BPF_EXIT && is64) {
		put(t, "exit");
		return;
	}
	const char *sym = jmp_ops[op >> 4];
	if (!sym) {
		put_unknown(t, in);
		return;
	}
	put(t, "if %c%d %s ", r, in->dst_reg, sym);
	if (BPF_SRC(in->code) == BPF_X)
		put(t, "%c%d", r, in->src_reg);
	else if (in->imm < 0)
		put(t, "%d", in->imm);
	else
		put(t, "0x%x", (unsigned)in->imm);
	put(t, " goto %+d", in->off);
}

int bpf_disasm_insn(char *buf, size_t size, const struct bpf_insn *insns, size_t n, size_t i,
		    const struct disasm_opts *opts)
{
	struct text t = { buf, size, 0 };
	int slots = 1;
	if (size)
		buf[0] = '\0';
	if (i >= n)
		return 0;
	const struct bpf_insn *in = &insns[i];
	switch (BPF_CLASS(in->code)) {
	case BPF_ALU:
	case BPF_ALU64:
		put_alu(&t, in);
		break;
	case BPF_LDX:
		put_ldx(&t, in);
		break;
	case BPF_ST:
	case BPF_STX:
		put_store(&t, in);
		break;
	case BPF_LD:
		slots = put_ld(&t, insns, n, i, opts);
		break;
	case BPF_JMP:
	case BPF_JMP32:
		put_jmp(&t, in);
		break;
	}
	return slots;
}

void bpf_disasm_print(FILE *out, const struct bpf_insn *insns, size_t n,
		      const struct disasm_opts *opts)
{
	char line[160];
	for (size_t i = 0; i < n;) {
		int slots = bpf_disasm_insn(line, sizeof(line), insns, n, i, opts);
		fprintf(out, "%4zu: %s\n", i, line);
		i += (size_t)slots;
	}
}
