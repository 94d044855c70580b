/* Lowering, part two: expressions, conditions, builtins and calls. */
#include "codegen/lower_impl.h"

#include <string.h>

#include <linux/bpf.h>

#include "runtime/hist.h"
#include "sema/btf_func.h"
#include "util/arena.h"

/* x86-64 struct pt_regs offsets of the argument registers and ax. */
static const int16_t pt_regs_arg[6] = { 112, 104, 96, 88, 72, 64 };
#define PT_REGS_AX 80

struct val lw_int(struct lw *w, int reg, const struct type *ty)
{
	(void)w;
	return (struct val){ .ty = ty, .reg = reg };
}


struct val lw_imm(struct lw *w, int64_t v, const struct type *ty)
{
	return lw_int(w, ir_mov_imm(w->fn, v), ty ? ty : type_int(w->types, 8, v < 0));
}

bool lw_is_str(const struct type *t)
{
	return t && (t->kind == TY_STRING || t->kind == TY_BUFFER);
}

int lw_scalar(struct lw *w, struct node *n)
{
	struct val v = lw_expr(w, n);
	if (!v.is_mem)
		return v.reg;
	if (v.ty && (v.ty->kind == TY_INT || v.ty->kind == TY_BOOL || v.ty->kind == TY_POINTER))
		return lw_read_val(w, v.loc, v.ty).reg;
	lw_error(w, n, "expected an integer here, not %s", type_name(w->arena, v.ty));
	return ir_mov_imm(w->fn, 0);
}

int lw_convert(struct lw *w, int reg, const struct type *from, const struct type *to)
{
	(void)from;
	if (!to || to->kind != TY_INT || to->size >= 8)
		return reg;
	unsigned bits = 64 - to->size * 8;
	int r = ir_alu(w->fn, IR_LSH, 0, reg, ir_imm(bits));
	ir_alu_to(w->fn, r, to->is_signed ? IR_ARSH : IR_RSH, 0, r, ir_imm(bits));
	return r;
}

/* ---- arithmetic ---- */

static enum ir_alu alu_of(enum op op, bool is_signed)
{
	switch (op) {
	case OP_ADD:  return IR_ADD;
	case OP_SUB:  return IR_SUB;
	case OP_MUL:  return IR_MUL;
	case OP_DIV:  return IR_DIV;
	case OP_MOD:  return IR_MOD;
	case OP_BAND: return IR_AND;
	case OP_BOR:  return IR_OR;
	case OP_BXOR: return IR_XOR;
	case OP_SHL:  return IR_LSH;
	case OP_SHR:  return is_signed ? IR_ARSH : IR_RSH;
	default:      return IR_ADD;
	}
}

int lw_arith(struct lw *w, enum op op, int a, int b, bool is_signed)
{
	struct ir_func *fn = w->fn;
	unsigned flags = is_signed ? IR_F_SIGNED : 0;
	if (op == OP_DIV || op == OP_MOD) {
		/* Division and modulo by zero give 0. */
		int r = ir_vreg_new(fn);
		struct ir_block *zero = lw_block(w), *ok = lw_block(w), *next = lw_block(w);
		ir_br(fn, IR_EQ, 0, b, ir_imm(0), zero, ok);
		ir_set_block(fn, zero);
		ir_mov_imm_to(fn, r, 0);
		ir_jmp(fn, next);
		ir_set_block(fn, ok);
		ir_alu_to(fn, r, alu_of(op, is_signed), flags, a, ir_vreg(b));
		ir_jmp(fn, next);
		ir_set_block(fn, next);
		return r;
	}
	return ir_alu(fn, alu_of(op, is_signed), flags, a, ir_vreg(b));
}

static bool is_compare(enum op op)
{
	return op >= OP_EQ && op <= OP_GE;
}

static bool signed_compare(const struct node *a, const struct node *b)
{
	const struct type *x = a->ty, *y = b->ty;
	bool xs = x && x->kind == TY_INT && x->is_signed, ys = y && y->kind == TY_INT && y->is_signed;
	if (xs && ys)
		return true;
	/* A signed operand against a narrower unsigned one: the unsigned
	 * one fits in the signed type. */
	if (xs && y && y->kind != TY_POINTER && y->size < 8)
		return true;
	if (ys && x && x->kind != TY_POINTER && x->size < 8)
		return true;
	/* Literals compared with signed values. */
	if (xs && b->kind == N_INT)
		return true;
	if (ys && a->kind == N_INT)
		return true;
	return false;
}

static enum ir_cond cond_of(enum op op, bool s)
{
	switch (op) {
	case OP_EQ: return IR_EQ;
	case OP_NE: return IR_NE;
	case OP_LT: return s ? IR_SLT : IR_LT;
	case OP_LE: return s ? IR_SLE : IR_LE;
	case OP_GT: return s ? IR_SGT : IR_GT;
	default:    return s ? IR_SGE : IR_GE;
	}
}

/* ---- strings ---- */

uint32_t lw_cap(const struct type *t)
{
	return t ? t->capacity : 0;
}

/* Equal strings go to t, others to f. `b` may be a literal node. */
static void str_equal(struct lw *w, struct node *an, struct node *bn, struct ir_block *t,
		      struct ir_block *f)
{
	struct ir_func *fn = w->fn;
	if (an->kind == N_STRING && bn->kind != N_STRING) {
		struct node *x = an;
		an = bn;
		bn = x;
	}
	struct val a = lw_expr(w, an);
	uint32_t ca = lw_cap(a.ty);
	if (bn->kind == N_STRING) {
		uint32_t len = bn->str_len;
		if (len >= ca + (ca && a.ty->kind == TY_STRING ? 0 : 1)) {
			/* Cannot hold it (with its NUL, or exactly filling it). */
			if (len > ca) {
				ir_jmp(fn, f);
				return;
			}
		}
		for (uint32_t i = 0; i <= len && i < ca; i++) {
			int c = lw_load(w, a.loc, i, 1, false);
			struct ir_block *next = lw_block(w);
			ir_br(fn, IR_NE, 0, c, ir_imm(i < len ? (unsigned char)bn->str[i] : 0), f, next);
			ir_set_block(fn, next);
		}
		ir_jmp(fn, t);
		return;
	}
	struct val b = lw_expr(w, bn);
	uint32_t cb = lw_cap(b.ty), n = ca < cb ? ca : cb;
	for (uint32_t i = 0; i < n; i++) {
		int x = lw_load(w, a.loc, i, 1, false), y = lw_load(w, b.loc, i, 1, false);
		struct ir_block *same = lw_block(w), *next = lw_block(w);
		ir_br(fn, IR_NE, 0, x, ir_vreg(y), f, same);
		ir_set_block(fn, same);
		ir_br(fn, IR_EQ, 0, x, ir_imm(0), t, next);
		ir_set_block(fn, next);
	}
	if (ca == cb) {
		ir_jmp(fn, t);
		return;
	}
	int rest = ca > cb ? lw_load(w, a.loc, cb, 1, false) : lw_load(w, b.loc, ca, 1, false);
	ir_br(fn, IR_EQ, 0, rest, ir_imm(0), t, f);
}

static int bool_of(struct lw *w, struct node *n)
{
	int r = ir_vreg_new(w->fn);
	struct ir_block *t = lw_block(w), *f = lw_block(w), *next = lw_block(w);
	lw_cond(w, n, t, f);
	ir_set_block(w->fn, t);
	ir_mov_imm_to(w->fn, r, 1);
	ir_jmp(w->fn, next);
	ir_set_block(w->fn, f);
	ir_mov_imm_to(w->fn, r, 0);
	ir_jmp(w->fn, next);
	ir_set_block(w->fn, next);
	return r;
}

void lw_cond(struct lw *w, struct node *n, struct ir_block *t, struct ir_block *f)
{
	struct ir_func *fn = w->fn;
	if (n->kind == N_BOOL) {
		ir_jmp(fn, n->ival ? t : f);
		return;
	}
	if (n->kind == N_UNARY && n->op == OP_NOT) {
		lw_cond(w, n->lhs, f, t);
		return;
	}
	if (n->kind == N_BINARY && (n->op == OP_LAND || n->op == OP_LOR)) {
		struct ir_block *mid = lw_block(w);
		if (n->op == OP_LAND)
			lw_cond(w, n->lhs, mid, f);
		else
			lw_cond(w, n->lhs, t, mid);
		ir_set_block(fn, mid);
		lw_cond(w, n->rhs, t, f);
		return;
	}
	if (n->kind == N_BINARY && is_compare(n->op)) {
		if (lw_is_str(n->lhs->ty) || lw_is_str(n->rhs->ty)) {
			if (n->op == OP_EQ)
				str_equal(w, n->lhs, n->rhs, t, f);
			else if (n->op == OP_NE)
				str_equal(w, n->lhs, n->rhs, f, t);
			else {
				lw_error(w, n, "strings compare only with == and !=");
				ir_jmp(fn, f);
			}
			return;
		}
		bool s = signed_compare(n->lhs, n->rhs);
		int a = lw_scalar(w, n->lhs);
		if (n->rhs->kind == N_INT && n->rhs->ival <= INT32_MAX) {
			ir_br(fn, cond_of(n->op, s), 0, a, ir_imm((int64_t)n->rhs->ival), t, f);
			return;
		}
		int b = lw_scalar(w, n->rhs);
		ir_br(fn, cond_of(n->op, s), 0, a, ir_vreg(b), t, f);
		return;
	}
	int v = lw_scalar(w, n);
	ir_br(fn, IR_NE, 0, v, ir_imm(0), t, f);
}

/* ---- literals, objects ---- */

struct val lw_string_literal(struct lw *w, const char *s, uint32_t len, const struct type *ty)
{
	if (!ty)
		ty = type_string(w->types, len + 1);
	uint32_t size = (image_storage_size(ty) + 7) & ~7u;
	struct loc l = lw_object(w, size, "str");
	for (uint32_t i = 0; i < size; i += 8) {
		uint64_t word = 0;
		for (uint32_t j = 0; j < 8 && i + j < len; j++)
			word |= (uint64_t)(unsigned char)s[i + j] << (8 * j);
		lw_store(w, l, i, 8, ir_imm((int64_t)word));
	}
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

static struct val aggregate_list(struct lw *w, struct node *n)
{
	const struct type *ty = n->ty;
	if (!ty)
		return lw_imm(w, 0, NULL);
	uint32_t size = image_storage_size(ty);
	struct loc l = lw_object(w, size, "tuple");
	lw_zero(w, l, (size + 7) & ~7u);
	for (int i = 0; i < n->list.len; i++) {
		struct node *e = n->list.items[i];
		if (e->kind == N_RECORD_FIELD)
			e = e->lhs;
		struct loc fl = l;
		fl.off += (int32_t)image_field_offset(ty, i);
		lw_store_val(w, fl, ty->fields[i], lw_expr(w, e));
	}
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

/* ---- maps ---- */

struct loc lw_map_key(struct lw *w, struct lmap *m, struct node *access)
{
	if (access->kind != N_MAP_ACCESS || !m->key) {
		struct loc k = lw_object(w, 8, "key");
		lw_store(w, k, 0, 8, ir_imm(0));
		return k;
	}
	if (access->list.len == 1)
		return lw_materialize(w, lw_expr(w, access->list.items[0]), m->key);
	uint32_t size = image_storage_size(m->key);
	struct loc k = lw_object(w, size, "key");
	lw_zero(w, k, (size + 7) & ~7u);
	for (int i = 0; i < access->list.len && i < m->key->nfields; i++) {
		struct loc fl = k;
		fl.off += (int32_t)image_field_offset(m->key, i);
		lw_store_val(w, fl, m->key->fields[i], lw_expr(w, access->list.items[i]));
	}
	return k;
}

static int map_lookup(struct lw *w, struct lmap *m, struct loc key)
{
	int mf = ir_map_fd(w->fn, (uint32_t)m->index);
	int k = lw_addr(w, key);
	int a[2] = { mf, k };
	return ir_call(w->fn, BPF_FUNC_map_lookup_elem, a, 2);
}

struct lmap *lw_map_of(struct lw *w, struct node *n)
{
	struct node *mapn = n->kind == N_MAP ? n : n->lhs;
	struct lmap *m = mapn && mapn->kind == N_MAP ? lw_map(w, mapn->name) : NULL;
	if (!m)
		lw_error(w, n, "map '@%s' is used but never assigned", mapn && mapn->name ? mapn->name : "");
	return m;
}

/* Reading @m or @m[k]: the value, or zero when there is no entry. */
static struct val map_read(struct lw *w, struct node *n)
{
	struct ir_func *fn = w->fn;
	struct lmap *m = lw_map_of(w, n);
	if (!m)
		return lw_imm(w, 0, NULL);
	struct loc key = lw_map_key(w, m, n);
	const struct type *rt = n->ty;
	if (m->agg == AGG_HIST || m->agg == AGG_LHIST || m->agg == AGG_STATS) {
		lw_error(w, n, "reading a %s map in an expression is not implemented yet",
			 type_name(w->arena, m->value));
		return lw_imm(w, 0, NULL);
	}
	if (m->percpu)   /* every CPU's share, as user space prints it */
		return lw_int(w, lw_percpu_read(w, m, lw_addr(w, key)), rt);
	int p = map_lookup(w, m, key);
	struct ir_block *have = lw_block(w), *next = lw_block(w);
	if (m->agg != AGG_NONE || (rt && rt->kind != TY_STRING && rt->kind != TY_BUFFER &&
				   rt->kind != TY_TUPLE && rt->kind != TY_RECORD)) {
		int r = ir_mov_imm(fn, 0);
		ir_br(fn, IR_EQ, 0, p, ir_imm(0), next, have);
		ir_set_block(fn, have);
		int v = ir_load(fn, 8, 0, ir_vreg(p), 0);
		if (m->agg == AGG_AVG) {
			int c = ir_load(fn, 8, 0, ir_vreg(p), 8);
			v = lw_arith(w, OP_DIV, v, c, m->value->target && m->value->target->is_signed);
		}
		ir_mov_to(fn, r, v);
		ir_jmp(fn, next);
		ir_set_block(fn, next);
		return lw_int(w, r, rt);
	}
	uint32_t size = image_storage_size(m->value);
	struct loc l = lw_object(w, size, "value");
	lw_zero(w, l, (size + 7) & ~7u);
	ir_br(fn, IR_EQ, 0, p, ir_imm(0), next, have);
	ir_set_block(fn, have);
	lw_copy(w, l, (struct loc){ LOC_PTR, p, 0 }, size);
	ir_jmp(fn, next);
	ir_set_block(fn, next);
	return (struct val){ .ty = m->value, .is_mem = true, .loc = l };
}

/* ---- histograms ---- */

int lw_hist_index(struct lw *w, int x, uint32_t bits)
{
	struct ir_func *fn = w->fn;
	uint64_t mask = (1ull << bits) - 1;
	int idx = ir_vreg_new(fn);
	struct ir_block *neg = lw_block(w), *nonneg = lw_block(w), *small = lw_block(w),
			*big = lw_block(w), *done = lw_block(w);
	ir_br(fn, IR_SLT, 0, x, ir_imm(0), neg, nonneg);
	ir_set_block(fn, neg);
	ir_mov_imm_to(fn, idx, 0);
	ir_jmp(fn, done);
	ir_set_block(fn, nonneg);
	ir_br(fn, IR_LE, 0, x, ir_imm((int64_t)mask), small, big);
	ir_set_block(fn, small);
	ir_alu_to(fn, idx, IR_ADD, 0, x, ir_imm(1));
	ir_jmp(fn, done);
	ir_set_block(fn, big);
	/* l = floor(log2 x) by halving steps. */
	int t = ir_mov(fn, x), l = ir_mov_imm(fn, 0);
	for (int s = 32; s >= 1; s /= 2) {
		struct ir_block *shift = lw_block(w), *next = lw_block(w);
		ir_br(fn, IR_GT, 0, t, ir_imm((int64_t)((1ull << s) - 1)), shift, next);
		ir_set_block(fn, shift);
		ir_alu_to(fn, t, IR_RSH, 0, t, ir_imm(s));
		ir_alu_to(fn, l, IR_ADD, 0, l, ir_imm(s));
		ir_jmp(fn, next);
		ir_set_block(fn, next);
	}
	/* ((l - bits + 1) << bits) + ((x >> (l - bits)) & mask) + 1 */
	int hi = ir_alu(fn, IR_SUB, 0, l, ir_imm((int64_t)bits - 1));
	ir_alu_to(fn, hi, IR_LSH, 0, hi, ir_imm(bits));
	int sh = ir_alu(fn, IR_SUB, 0, l, ir_imm(bits));
	int lo = ir_alu(fn, IR_RSH, 0, x, ir_vreg(sh));
	ir_alu_to(fn, lo, IR_AND, 0, lo, ir_imm((int64_t)mask));
	ir_alu_to(fn, idx, IR_ADD, 0, hi, ir_vreg(lo));
	ir_alu_to(fn, idx, IR_ADD, 0, idx, ir_imm(1));
	ir_jmp(fn, done);
	ir_set_block(fn, done);
	/* Clamp for the verifier (and for safety). */
	uint64_t last = hist_bucket_count(bits) - 1;
	struct ir_block *clamp = lw_block(w), *ok = lw_block(w);
	ir_br(fn, IR_GT, 0, idx, ir_imm((int64_t)last), clamp, ok);
	ir_set_block(fn, clamp);
	ir_mov_imm_to(fn, idx, (int64_t)last);
	ir_jmp(fn, ok);
	ir_set_block(fn, ok);
	return idx;
}

int lw_lhist_index(struct lw *w, int x, int64_t min, int64_t max, int64_t step)
{
	struct ir_func *fn = w->fn;
	int idx = ir_vreg_new(fn);
	struct ir_block *below = lw_block(w), *notbelow = lw_block(w), *above = lw_block(w),
			*in = lw_block(w), *done = lw_block(w);
	struct ir_value minv = ir_imm(min);
	ir_br(fn, IR_SLT, 0, x, minv, below, notbelow);
	ir_set_block(fn, below);
	ir_mov_imm_to(fn, idx, 0);
	ir_jmp(fn, done);
	ir_set_block(fn, notbelow);
	ir_br(fn, IR_SGT, 0, x, ir_imm(max), above, in);
	ir_set_block(fn, above);
	ir_mov_imm_to(fn, idx, 1 + (max - min) / step);
	ir_jmp(fn, done);
	ir_set_block(fn, in);
	int d = ir_alu(fn, IR_SUB, 0, x, minv);
	ir_alu_to(fn, d, IR_DIV, 0, d, ir_imm(step));
	ir_alu_to(fn, idx, IR_ADD, 0, d, ir_imm(1));
	ir_jmp(fn, done);
	ir_set_block(fn, done);
	int64_t last = (int64_t)lhist_bucket_count(min, max, step) - 1;
	struct ir_block *clamp = lw_block(w), *ok = lw_block(w);
	ir_br(fn, IR_GT, 0, idx, ir_imm(last), clamp, ok);
	ir_set_block(fn, clamp);
	ir_mov_imm_to(fn, idx, last);
	ir_jmp(fn, ok);
	ir_set_block(fn, ok);
	return idx;
}

/* ---- builtins ---- */

static int call0(struct lw *w, int helper)
{
	return ir_call(w->fn, helper, NULL, 0);
}

static struct val comm_val(struct lw *w, const struct type *ty)
{
	if (!ty)
		ty = type_string(w->types, TYPES_COMM_CAPACITY);
	struct loc l = lw_object(w, TYPES_COMM_CAPACITY, "comm");
	int a = lw_addr(w, l);
	int n = ir_mov_imm(w->fn, TYPES_COMM_CAPACITY);
	int args[2] = { a, n };
	ir_call(w->fn, BPF_FUNC_get_current_comm, args, 2);
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

static struct val ctx_arg(struct lw *w, struct node *n, int index, const struct type *ty)
{
	switch (w->prov) {
	case PROV_RAWTRACEPOINT:
	case PROV_FENTRY:
	case PROV_FEXIT:
		return lw_int(w, ir_load(w->fn, 8, 0, ir_vreg(w->ctx), (int16_t)(8 * index)), ty);
	case PROV_KPROBE:
	case PROV_KRETPROBE:
	case PROV_UPROBE:
	case PROV_URETPROBE:
		if (index < 6)
			return lw_int(w, ir_load(w->fn, 8, 0, ir_vreg(w->ctx), pt_regs_arg[index]), ty);
		break;
	case PROV_USDT:
		return lw_usdt_arg(w, n, index, ty);
	default:
		break;
	}
	lw_error(w, n, "'%s' is not available in this probe type", n->name);
	return lw_imm(w, 0, ty);
}

static bool arg_index(const char *name, const char *prefix, int *index)
{
	size_t len = strlen(prefix);
	if (strncmp(name, prefix, len) || !name[len])
		return false;
	int v = 0;
	for (const char *p = name + len; *p; p++) {
		if (*p < '0' || *p > '9')
			return false;
		v = v * 10 + (*p - '0');
	}
	*index = v;
	return true;
}

struct val lw_builtin(struct lw *w, struct node *n)
{
	struct ir_func *fn = w->fn;
	const char *name = n->name;
	const struct type *ty = n->ty;
	int index;
	if (!strncmp(name, "__builtin_", 10))
		name += 10;
	if (ty && ty->kind == TY_STACK)
		return lw_stack(w, ty);
	if (!strcmp(name, "pid") || !strcmp(name, "tid")) {
		int r = call0(w, BPF_FUNC_get_current_pid_tgid);
		if (name[0] == 'p')
			ir_alu_to(fn, r, IR_RSH, 0, r, ir_imm(32));
		else
			ir_alu_to(fn, r, IR_AND, 0, r, ir_imm(0xffffffff));
		return lw_int(w, r, ty);
	}
	if (!strcmp(name, "uid") || !strcmp(name, "gid") || !strcmp(name, "username")) {
		int r = call0(w, BPF_FUNC_get_current_uid_gid);
		if (name[0] == 'g')
			ir_alu_to(fn, r, IR_RSH, 0, r, ir_imm(32));
		else
			ir_alu_to(fn, r, IR_AND, 0, r, ir_imm(0xffffffff));
		return lw_int(w, r, ty);
	}
	if (!strcmp(name, "nsecs"))
		return lw_int(w, call0(w, BPF_FUNC_ktime_get_ns), ty);
	if (!strcmp(name, "elapsed")) {
		int r = call0(w, BPF_FUNC_ktime_get_ns);
		int s = ir_mov_imm(fn, (int64_t)w->start_ns);
		ir_alu_to(fn, r, IR_SUB, 0, r, ir_vreg(s));
		return lw_int(w, r, ty);
	}
	if (!strcmp(name, "cpu"))
		return lw_int(w, call0(w, BPF_FUNC_get_smp_processor_id), ty);
	if (!strcmp(name, "numaid"))
		return lw_int(w, call0(w, BPF_FUNC_get_numa_node_id), ty);
	if (!strcmp(name, "ncpus"))
		return lw_imm(w, w->ncpus, ty);
	if (!strcmp(name, "rand"))
		return lw_int(w, call0(w, BPF_FUNC_get_prandom_u32), ty);
	if (!strcmp(name, "cgroup"))
		return lw_int(w, call0(w, BPF_FUNC_get_current_cgroup_id), ty);
	if (!strcmp(name, "jiffies"))
		return lw_int(w, call0(w, BPF_FUNC_jiffies64), ty);
	if (!strcmp(name, "curtask"))
		return lw_int(w, call0(w, BPF_FUNC_get_current_task), ty);
	if (!strcmp(name, "comm"))
		return comm_val(w, ty);
	if (!strcmp(name, "cpid")) {
		if (!w->o->target_pid || w->o->filter_pid)
			lw_error(w, n, "'cpid' needs a child process: run with -c CMD");
		return lw_imm(w, w->o->target_pid, ty);
	}
	if (!strcmp(name, "probe")) {
		const char *p = w->attach ? w->attach->name : "";
		return lw_string_literal(w, p, (uint32_t)strlen(p), ty);
	}
	if (!strcmp(name, "ctx"))
		return lw_int(w, ir_mov(fn, w->ctx), ty);
	if (!strcmp(name, "func") && w->attach && w->attach->spec->func &&
	    (w->prov == PROV_KPROBE || w->prov == PROV_KRETPROBE || w->prov == PROV_FENTRY ||
	     w->prov == PROV_FEXIT || w->prov == PROV_UPROBE || w->prov == PROV_URETPROBE)) {
		const char *f = w->attach->spec->func;
		return lw_string_literal(w, f, (uint32_t)strlen(f), ty);
	}
	if (arg_index(name, "arg", &index))
		return ctx_arg(w, n, index, ty);
	if (arg_index(name, "sarg", &index)) {
		lw_error(w, n, "'%s' is not implemented yet", name);
		return lw_imm(w, 0, ty);
	}
	if (!strcmp(name, "retval")) {
		if (w->prov == PROV_KRETPROBE || w->prov == PROV_URETPROBE)
			return lw_int(w, ir_load(fn, 8, 0, ir_vreg(w->ctx), PT_REGS_AX), ty);
		/* fexit: the slot after the arguments. */
		int nargs = w->prov == PROV_FEXIT && w->attach
			? btf_func_arg_count(w->attach->spec->func) : -1;
		if (nargs >= 0) {
			int r = ir_load(fn, 8, 0, ir_vreg(w->ctx), (int16_t)(8 * nargs));
			return lw_int(w, lw_convert(w, r, NULL, ty), ty);
		}
		lw_error(w, n, "'retval' is not available in this probe type");
		return lw_imm(w, 0, ty);
	}
	if (!strcmp(name, "args")) {
		lw_error(w, n, "'args' can only be used with a field here (args.NAME)");
		return lw_imm(w, 0, ty);
	}
	lw_error(w, n, "'%s' is not implemented yet", name);
	return lw_imm(w, 0, ty);
}

/* ---- fields ---- */

static const struct tp_field *tp_field(struct lw *w, const char *name)
{
	if (!w->tp)
		return NULL;
	for (int i = 0; i < w->tp->nfields; i++)
		if (!w->tp->fields[i].common && !strcmp(w->tp->fields[i].name, name))
			return &w->tp->fields[i];
	return NULL;
}

/* Reads `size` (a vreg) bytes at `addr` into `dst` with the kernel or the
 * user flavour of a probe_read helper, chosen by the address; continues
 * at `end`, which the caller places. */
void lw_read_by_space(struct lw *w, struct loc dst, int size, int addr, int kernel_helper,
			  int user_helper, struct ir_block *end)
{
	struct ir_func *fn = w->fn;
	int d = lw_addr(w, dst);
	struct ir_block *kern = lw_block(w), *user = lw_block(w);
	ir_br(fn, IR_GE, 0, addr, ir_imm((int64_t)KERNEL_SPACE_START), kern, user);
	int helpers[2] = { kernel_helper, user_helper };
	struct ir_block *blocks[2] = { kern, user };
	for (int i = 0; i < 2; i++) {
		ir_set_block(fn, blocks[i]);
		int a[3] = { d, size, addr };
		ir_call(fn, helpers[i], a, 3);
		ir_jmp(fn, end);
	}
}

/* A string at `addr` (kernel or user memory) into a fresh object of `cap`
 * bytes. `len` (a vreg) may bound it, or -1. */
struct val lw_read_str(struct lw *w, int addr, uint32_t cap, int len, const struct type *ty)
{
	struct ir_func *fn = w->fn;
	struct loc l = lw_object(w, cap, "str");
	lw_zero(w, l, (cap + 7) & ~7u);
	int size = ir_mov_imm(fn, cap);
	struct ir_block *end = lw_block(w);
	if (len >= 0) {
		struct ir_block *cut = lw_block(w), *ok = lw_block(w), *go = lw_block(w);
		/* n counts the NUL: at most n - 1 characters, as str(p, n). */
		ir_br(fn, IR_GT, 0, len, ir_vreg(size), ok, cut);
		ir_set_block(fn, cut);
		ir_mov_to(fn, size, len);
		ir_jmp(fn, ok);
		ir_set_block(fn, ok);
		ir_br(fn, IR_EQ, 0, size, ir_imm(0), end, go);
		ir_set_block(fn, go);
	}
	lw_read_by_space(w, l, size, addr, BPF_FUNC_probe_read_kernel_str,
		      BPF_FUNC_probe_read_user_str, end);
	ir_set_block(fn, end);
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

static struct val tracepoint_field(struct lw *w, struct node *n)
{
	const struct tp_field *f = tp_field(w, n->name);
	if (!f) {
		lw_error(w, n, w->tp ? "tracepoint has no field '%s'"
				     : "'args.%s' needs the tracepoint's format (a wildcard attach point shares one program)",
			 n->name);
		return lw_imm(w, 0, n->ty);
	}
	const struct type *ty = n->ty;
	if (f->data_loc || f->rel_loc) {
		int loc = ir_load(w->fn, 4, 0, ir_vreg(w->ctx), (int16_t)f->offset);
		int off = ir_alu(w->fn, IR_AND, 0, loc, ir_imm(0xffff));
		if (f->rel_loc)
			ir_alu_to(w->fn, off, IR_ADD, 0, off, ir_imm(f->offset + f->size));
		int addr = ir_mov(w->fn, w->ctx);
		ir_alu_to(w->fn, addr, IR_ADD, 0, addr, ir_vreg(off));
		uint32_t cap = ty ? ty->capacity : w->types->str_capacity;
		struct loc l = lw_object(w, cap, "str");
		lw_zero(w, l, (cap + 7) & ~7u);
		int d = lw_addr(w, l);
		int size = ir_mov_imm(w->fn, cap);
		int a[3] = { d, size, addr };
		ir_call(w->fn, ty && ty->kind == TY_STRING ? BPF_FUNC_probe_read_kernel_str
							   : BPF_FUNC_probe_read_kernel, a, 3);
		return (struct val){ .ty = ty, .is_mem = true, .loc = l };
	}
	if (ty && (ty->kind == TY_INT || ty->kind == TY_BOOL || ty->kind == TY_POINTER)) {
		unsigned size = ty->kind == TY_POINTER ? 8 : (unsigned)f->size;
		if (size != 1 && size != 2 && size != 4 && size != 8)
			size = 8;
		return lw_int(w, ir_load(w->fn, size, f->is_signed ? IR_F_SIGNED : 0,
					 ir_vreg(w->ctx), (int16_t)f->offset), ty);
	}
	/* Arrays and char arrays: copy out of the context. */
	uint32_t size = ty ? image_storage_size(ty) : (uint32_t)f->size;
	struct loc l = lw_object(w, size, "field");
	lw_zero(w, l, (size + 7) & ~7u);
	struct loc src = { LOC_PTR, w->ctx, (int32_t)f->offset };
	if (ty && ty->kind == TY_ARRAY) {
		uint32_t es = ty->target->size;
		for (uint32_t i = 0; i < ty->count; i++) {
			int v = lw_load(w, src, i * es, es, ty->target->is_signed);
			lw_store(w, l, i * 8, 8, ir_vreg(v));
		}
	} else {
		lw_copy(w, l, src, (uint32_t)f->size < size ? (uint32_t)f->size : size);
	}
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

static int field_index(const struct type *t, const char *name)
{
	for (int i = 0; t && i < t->nfields; i++)
		if (t->field_names && t->field_names[i] && !strcmp(t->field_names[i], name))
			return i;
	return -1;
}

/* An array of integers or pointers in kernel memory, copied out in the
 * layout values have (8 bytes an element). */
static struct val kernel_array_copy(struct lw *w, struct loc src, const struct type *at)
{
	if (src.kind == LOC_BTF)
		src.kind = LOC_KERNEL;
	uint32_t size = image_storage_size(at), es = at->target->size;
	struct loc l = lw_object(w, size, "array");
	lw_zero(w, l, (size + 7) & ~7u);
	for (uint32_t i = 0; i < at->count; i++) {
		int v = lw_load(w, src, i * es, es <= 8 ? es : 8, at->target->is_signed);
		lw_store(w, l, i * 8, 8, ir_vreg(v));
	}
	return (struct val){ .ty = at, .is_mem = true, .loc = l };
}

/* A pointer the verifier gives a BTF type when loaded through a BTF
 * pointer: one to a kernel struct. */
static bool btf_struct_pointer(const struct type *t)
{
	return t && t->kind == TY_POINTER && !t->user && t->target && t->target->kind == TY_STRUCT;
}

/* A member of struct type `st` at `base`, in kernel or user memory (LOC_KERNEL, LOC_USER, LOC_BTF). */
static struct val kernel_member(struct lw *w, struct node *n, struct loc base, const struct type *st)
{
	int i = field_index(st, n->name);
	if (i < 0) {
		lw_error(w, n, "cannot read member '%s' of %s", n->name, type_name(w->arena, st));
		return lw_imm(w, 0, n->ty);
	}
	const struct type *mt = st->fields[i];
	struct loc l = base;
	l.off += (int32_t)st->offsets[i];
	if (mt && mt->kind == TY_STRUCT)
		return (struct val){ .ty = mt, .is_mem = true, .loc = l };
	if (mt && (mt->kind == TY_INT || mt->kind == TY_BOOL || mt->kind == TY_POINTER)) {
		unsigned size = mt->kind == TY_POINTER ? 8 : mt->size;
		if (st->bit_sizes && st->bit_sizes[i]) {
			/* A bitfield: bits [bit_offset, +bit_size) of the unit. */
			if (l.kind == LOC_BTF)
				l.kind = LOC_KERNEL;
			int r = lw_load(w, l, 0, size, false);
			unsigned left = 64 - st->bit_offsets[i] - st->bit_sizes[i];
			ir_alu_to(w->fn, r, IR_LSH, 0, r, ir_imm(left));
			ir_alu_to(w->fn, r, mt->is_signed ? IR_ARSH : IR_RSH, 0, r,
				  ir_imm(64 - st->bit_sizes[i]));
			return lw_int(w, r, n->ty);
		}
		struct val v = lw_int(w, lw_load(w, l, 0, size, mt->kind == TY_INT && mt->is_signed), n->ty);
		v.btf = l.kind == LOC_BTF && btf_struct_pointer(mt);
		return v;
	}
	if (mt && (mt->kind == TY_STRING || mt->kind == TY_BUFFER)) {
		struct loc o = lw_object(w, mt->capacity, "member");
		lw_copy(w, o, l, mt->capacity);
		return (struct val){ .ty = mt, .is_mem = true, .loc = o };
	}
	if (mt && mt->kind == TY_ARRAY && type_is_scalar(mt->target) && mt->count <= 64)
		return kernel_array_copy(w, l, mt);
	lw_error(w, n, "reading member '%s' (%s) is not implemented yet", n->name,
		 type_name(w->arena, mt));
	return lw_imm(w, 0, n->ty);
}

/* Where member `n` (an N_FIELD) of a kernel struct lives, without reading
 * it: for indexing an array member in place. */
static bool kernel_member_loc(struct lw *w, struct node *n, struct loc *out)
{
	if (n->kind != N_FIELD || (n->lhs->kind == N_IDENT && !strcmp(n->lhs->name, "args")))
		return false;
	const struct type *t = n->lhs->ty, *st;
	struct loc base;
	if (t && t->kind == TY_POINTER && t->target && t->target->kind == TY_STRUCT) {
		st = t->target;
		base = (struct loc){ loc_kind_through(t), lw_scalar(w, n->lhs), 0 };
	} else if (t && t->kind == TY_STRUCT) {
		struct val v = lw_expr(w, n->lhs);
		if (!v.is_mem)
			return false;
		st = t;
		base = v.loc;
	} else {
		return false;
	}
	int i = field_index(st, n->name);
	if (i < 0)
		return false;
	base.off += (int32_t)st->offsets[i];
	*out = base;
	return true;
}

static struct val field(struct lw *w, struct node *n)
{
	struct node *l = n->lhs;
	if (l->kind == N_IDENT && !strcmp(l->name, "args")) {
		if (w->prov == PROV_TRACEPOINT)
			return tracepoint_field(w, n);
		int i = field_index(l->ty, n->name);
		/* Attach points of one probe may name different functions: each
		 * program reads the argument where its own function has it. */
		if (i >= 0 && (w->prov == PROV_FENTRY || w->prov == PROV_FEXIT) && w->attach &&
		    (i = btf_func_arg_index(w->attach->spec->func, n->name)) < 0) {
			lw_error(w, n, "%s has no argument '%s'", w->attach->name, n->name);
			return lw_imm(w, 0, n->ty);
		}
		if (i >= 0 && (w->prov == PROV_RAWTRACEPOINT || w->prov == PROV_FENTRY ||
			       w->prov == PROV_FEXIT)) {
			int r = ir_load(w->fn, 8, 0, ir_vreg(w->ctx), (int16_t)(8 * i));
			struct val v = lw_int(w, lw_convert(w, r, NULL, n->ty), n->ty);
			/* tp_btf arguments are typed pointers: their members load directly */
			v.btf = w->prov == PROV_RAWTRACEPOINT && btf_struct_pointer(n->ty);
			return v;
		}
		lw_error(w, n, "'args.%s' is not available here", n->name);
		return lw_imm(w, 0, n->ty);
	}
	struct val v = lw_expr(w, l);
	const struct type *t = v.ty;
	if (t && t->kind == TY_POINTER && t->target && t->target->kind == TY_STRUCT) {
		struct loc base = { v.btf ? LOC_BTF : loc_kind_through(t), v.reg, 0 };
		return kernel_member(w, n, base, t->target);
	}
	if (t && t->kind == TY_STRUCT && v.is_mem)
		return kernel_member(w, n, v.loc, t);
	if (t && (t->kind == TY_RECORD || t->kind == TY_TUPLE) && v.is_mem) {
		int i = field_index(t, n->name);
		if (i >= 0) {
			struct loc fl = v.loc;
			fl.off += (int32_t)image_field_offset(t, i);
			return lw_read_val(w, fl, t->fields[i]);
		}
	}
	lw_error(w, n, "cannot read field '%s' of %s", n->name, type_name(w->arena, t));
	return lw_imm(w, 0, n->ty);
}

static struct val tuple_index(struct lw *w, struct node *n)
{
	struct val v = lw_expr(w, n->lhs);
	if (!v.is_mem || !v.ty || v.ty->kind != TY_TUPLE || n->ival >= (uint64_t)v.ty->nfields)
		return lw_imm(w, 0, n->ty);
	struct loc fl = v.loc;
	fl.off += (int32_t)image_field_offset(v.ty, (int)n->ival);
	return lw_read_val(w, fl, v.ty->fields[n->ival]);
}

/* element `i` (a vreg) of an array or string at `l`, `stride` bytes
 * apart, `count` of them: read with bpf_probe_read_kernel so that a
 * variable offset never reaches the verifier; out of range reads 0. */
static struct val index_dynamic(struct lw *w, struct node *n, struct loc l, int i, uint32_t count,
				uint32_t stride, unsigned size, bool is_signed)
{
	struct ir_func *fn = w->fn;
	struct loc tmp = lw_object(w, 8, "elem");
	lw_store(w, tmp, 0, 8, ir_imm(0));
	struct ir_block *in = lw_block(w), *next = lw_block(w);
	ir_br(fn, IR_LT, 0, i, ir_imm(count), in, next);
	ir_set_block(fn, in);
	int a = ir_alu(fn, IR_MUL, 0, i, ir_imm(stride));
	ir_alu_to(fn, a, IR_ADD, 0, a, ir_vreg(lw_addr(w, l)));
	int d = lw_addr(w, tmp), sz = ir_mov_imm(fn, size);
	int args[3] = { d, sz, a };
	ir_call(fn, BPF_FUNC_probe_read_kernel, args, 3);
	ir_jmp(fn, next);
	ir_set_block(fn, next);
	return lw_int(w, lw_load(w, tmp, 0, size, is_signed), n->ty);
}

static struct val index_expr(struct lw *w, struct node *n)
{
	const struct type *at = n->lhs->ty;
	struct loc kl;
	if (at && at->kind == TY_ARRAY && n->lhs->kind == N_FIELD && kernel_member_loc(w, n->lhs, &kl)) {
		unsigned es = at->target->size;
		if (at->target->kind == TY_STRUCT) {
			/* A struct element stays in kernel memory until a member is read. */
			if (n->rhs->kind == N_INT) {
				kl.off += (int32_t)(n->rhs->ival * es);
				return (struct val){ .ty = at->target, .is_mem = true, .loc = kl };
			}
			int a = ir_alu(w->fn, IR_MUL, 0, lw_scalar(w, n->rhs), ir_imm(es));
			ir_alu_to(w->fn, a, IR_ADD, 0, a, ir_vreg(lw_addr(w, kl)));
			struct loc el = { kl.kind, a, 0 };
			return (struct val){ .ty = at->target, .is_mem = true, .loc = el };
		}
		if (n->rhs->kind == N_INT && n->rhs->ival < at->count)
			return lw_int(w, lw_load(w, kl, (uint32_t)n->rhs->ival * es, es <= 8 ? es : 8,
						 at->target->is_signed), n->ty);
		return index_dynamic(w, n, kl, lw_scalar(w, n->rhs), at->count, es, es <= 8 ? es : 8,
				     at->target->is_signed);
	}
	struct val v = lw_expr(w, n->lhs);
	const struct type *t = v.ty;
	if (t && t->kind == TY_POINTER && t->target) {
		int i = lw_scalar(w, n->rhs);
		uint32_t es = t->target->size ? t->target->size : 1;
		int a = ir_alu(w->fn, IR_MUL, 0, i, ir_imm(es));
		ir_alu_to(w->fn, a, IR_ADD, 0, a, ir_vreg(v.reg));
		struct loc l = { loc_kind_through(t), a, 0 };
		if (t->target->kind == TY_STRUCT)
			return (struct val){ .ty = t->target, .is_mem = true, .loc = l };
		return lw_int(w, lw_load(w, l, 0, es <= 8 ? es : 8, t->target->is_signed), n->ty);
	}
	if (n->rhs->kind == N_INT && v.is_mem && t) {
		uint64_t i = n->rhs->ival;
		if (t->kind == TY_ARRAY && i < t->count) {
			struct loc l = v.loc;
			if (loc_is_foreign(l)) {
				l.off += (int32_t)(i * t->target->size);
				return lw_int(w, lw_load(w, l, 0, t->target->size, t->target->is_signed),
					      n->ty);
			}
			l.off += (int32_t)(i * 8);
			return lw_read_val(w, l, t->target);
		}
		if ((t->kind == TY_STRING || t->kind == TY_BUFFER) && i < t->capacity)
			return lw_int(w, lw_load(w, v.loc, (uint32_t)i, 1, t->kind == TY_STRING), n->ty);
	}
	if (v.is_mem && t && (t->kind == TY_STRING || t->kind == TY_BUFFER))
		return index_dynamic(w, n, v.loc, lw_scalar(w, n->rhs), t->capacity, 1, 1,
				     t->kind == TY_STRING);
	if (v.is_mem && t && t->kind == TY_ARRAY && !loc_is_foreign(v.loc) && type_is_scalar(t->target))
		return index_dynamic(w, n, v.loc, lw_scalar(w, n->rhs), t->count, 8, 8,
				     t->target->is_signed);
	lw_error(w, n, "this kind of indexing is not implemented yet");
	return lw_imm(w, 0, n->ty);
}

/* ---- operators ---- */

/* a / b or a % b as written in the script: a zero divisor gives 1 and a
 * warning at the operator each time, as current bpftrace does. */
int lw_checked_division(struct lw *w, struct node *n, int a, int b, bool is_signed)
{
	struct ir_func *fn = w->fn;
	int r = ir_vreg_new(fn);
	struct ir_block *zero = lw_cold(w), *ok = lw_block(w), *next = lw_block(w);
	ir_br(fn, IR_EQ, 0, b, ir_imm(0), zero, ok);
	ir_set_block(fn, zero);
	static const char msg[] = "Divide or modulo by 0 detected. This can lead to unexpected "
				  "results. 1 is being used as the result.";
	int id = lw_action(w, ACT_WARNF, n);
	w->img->actions[id].fmt = msg;
	w->img->actions[id].fmt_len = sizeof(msg) - 1;
	struct loc rec = lw_object(w, 8, "record");
	lw_store(w, rec, 0, 8, ir_imm(id));
	lw_send(w, rec, 8, true);
	ir_mov_imm_to(fn, r, 1);
	ir_jmp(fn, next);
	ir_set_block(fn, ok);
	ir_alu_to(fn, r, alu_of(n->op, is_signed), is_signed ? IR_F_SIGNED : 0, a, ir_vreg(b));
	ir_jmp(fn, next);
	ir_set_block(fn, next);
	return r;
}

static struct val binary(struct lw *w, struct node *n)
{
	if (n->op == OP_LAND || n->op == OP_LOR || is_compare(n->op))
		return lw_int(w, bool_of(w, n), n->ty);
	int a = lw_scalar(w, n->lhs);
	bool s = n->ty && n->ty->kind == TY_INT && n->ty->is_signed;
	bool pointer = n->ty && n->ty->kind == TY_POINTER;   /* scaled below */
	if (n->rhs->kind == N_INT && n->rhs->ival != 0 && n->rhs->ival <= INT32_MAX && !pointer) {
		enum ir_alu op = alu_of(n->op, s);
		return lw_int(w, ir_alu(w->fn, op, (op == IR_DIV || op == IR_MOD) && s ? IR_F_SIGNED : 0,
					a, ir_imm((int64_t)n->rhs->ival)), n->ty);
	}
	int b = lw_scalar(w, n->rhs);
	if (n->ty && n->ty->kind == TY_POINTER && (n->op == OP_ADD || n->op == OP_SUB)) {
		/* Pointer arithmetic is in bytes of the target, as in C. */
		const struct type *pt = n->lhs->ty && n->lhs->ty->kind == TY_POINTER ? n->lhs->ty : n->rhs->ty;
		uint32_t es = pt->target && pt->target->size ? pt->target->size : 1;
		if (es > 1) {
			if (n->lhs->ty && n->lhs->ty->kind == TY_POINTER)
				b = ir_alu(w->fn, IR_MUL, 0, b, ir_imm(es));
			else
				a = ir_alu(w->fn, IR_MUL, 0, a, ir_imm(es));
		}
	}
	if (n->op == OP_DIV || n->op == OP_MOD)
		return lw_int(w, lw_checked_division(w, n, a, b, s), n->ty);
	return lw_int(w, lw_arith(w, n->op, a, b, s), n->ty);
}

static struct val unary(struct lw *w, struct node *n)
{
	switch (n->op) {
	case OP_NOT:
		return lw_int(w, bool_of(w, n), n->ty);
	case OP_NEG:
		if (n->lhs->kind == N_INT)
			return lw_imm(w, -(int64_t)n->lhs->ival, n->ty);
		return lw_int(w, ir_neg(w->fn, 0, lw_scalar(w, n->lhs)), n->ty);
	case OP_BNOT:
		return lw_int(w, ir_alu(w->fn, IR_XOR, 0, lw_scalar(w, n->lhs), ir_imm(-1)), n->ty);
	case OP_PLUS:
		return lw_expr(w, n->lhs);
	case OP_PREINC:
	case OP_PREDEC:
		return lw_int(w, lw_incdec(w, n->lhs, n->op == OP_PREINC, false), n->ty);
	case OP_DEREF: {
		int p = lw_scalar(w, n->lhs);
		const struct type *t = n->ty;
		struct loc l = { loc_kind_through(n->lhs->ty), p, 0 };
		if (t && t->kind == TY_STRUCT)
			return (struct val){ .ty = t, .is_mem = true, .loc = l };
		unsigned size = t && (t->kind == TY_INT) ? t->size : 8;
		return lw_int(w, lw_load(w, l, 0, size, t && t->is_signed), t);
	}
	default:
		lw_error(w, n, "operator '%s' is not implemented yet", op_text(n->op));
		return lw_imm(w, 0, n->ty);
	}
}

static struct val ternary(struct lw *w, struct node *n)
{
	struct ir_func *fn = w->fn;
	const struct type *ty = n->ty;
	bool scalar = !ty || ty->kind == TY_INT || ty->kind == TY_BOOL || ty->kind == TY_POINTER;
	struct ir_block *t = lw_block(w), *f = lw_block(w), *next = lw_block(w);
	if (scalar) {
		int r = ir_vreg_new(fn);
		if (!n->then) {
			int c = lw_scalar(w, n->cond);
			ir_mov_to(fn, r, c);
			ir_br(fn, IR_NE, 0, c, ir_imm(0), next, f);
		} else {
			lw_cond(w, n->cond, t, f);
			ir_set_block(fn, t);
			ir_mov_to(fn, r, lw_scalar(w, n->then));
			ir_jmp(fn, next);
		}
		ir_set_block(fn, f);
		ir_mov_to(fn, r, lw_scalar(w, n->els));
		ir_jmp(fn, next);
		ir_set_block(fn, next);
		return lw_int(w, r, ty);
	}
	uint32_t size = image_storage_size(ty);
	struct loc l = lw_object(w, size, "ternary");
	lw_zero(w, l, (size + 7) & ~7u);
	lw_cond(w, n->cond, t, f);
	ir_set_block(fn, t);
	lw_store_val(w, l, ty, lw_expr(w, n->then ? n->then : n->cond));
	ir_jmp(fn, next);
	ir_set_block(fn, f);
	lw_store_val(w, l, ty, lw_expr(w, n->els));
	ir_jmp(fn, next);
	ir_set_block(fn, next);
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

static struct val cast(struct lw *w, struct node *n)
{
	const struct type *to = n->ty;
	struct val v = lw_expr(w, n->lhs);
	if (to && (to->kind == TY_INT || to->kind == TY_BOOL)) {
		int r = v.is_mem ? lw_scalar(w, n->lhs) : v.reg;
		if (to->kind == TY_BOOL) {
			int b = ir_vreg_new(w->fn);
			struct ir_block *t = lw_block(w), *next = lw_block(w);
			ir_mov_imm_to(w->fn, b, 0);
			ir_br(w->fn, IR_NE, 0, r, ir_imm(0), t, next);
			ir_set_block(w->fn, t);
			ir_mov_imm_to(w->fn, b, 1);
			ir_jmp(w->fn, next);
			ir_set_block(w->fn, next);
			return lw_int(w, b, to);
		}
		return lw_int(w, lw_convert(w, r, v.ty, to), to);
	}
	if (to && to->kind == TY_POINTER && !v.is_mem)
		return lw_int(w, v.reg, to);
	lw_error(w, n, "this cast is not implemented yet");
	return lw_imm(w, 0, to);
}

static struct val positional(struct lw *w, struct node *n)
{
	const char *v = n->ival >= 1 && n->ival <= (uint64_t)w->o->npositional
				? w->o->positional[n->ival - 1] : "";
	int64_t num = 0;
	if (n->ty && n->ty->kind == TY_INT && (!*v || typecheck_positional_int(v, &num)))
		return lw_imm(w, num, n->ty);
	return lw_string_literal(w, v, (uint32_t)strlen(v), n->ty);
}

static struct val block_expr(struct lw *w, struct node *n)
{
	for (int i = 0; i < n->list.len; i++)
		lw_stmt(w, n->list.items[i]);
	return n->rhs ? lw_expr(w, n->rhs) : lw_imm(w, 0, NULL);
}

struct val lw_expr(struct lw *w, struct node *n)
{
	if (!n)
		return lw_imm(w, 0, NULL);
	lw_origin(w, n);
	switch (n->kind) {
	case N_INT:
		return lw_imm(w, (int64_t)n->ival, n->ty);
	case N_BOOL:
		return lw_imm(w, n->ival ? 1 : 0, n->ty);
	case N_STRING:
		return lw_string_literal(w, n->str, n->str_len, n->ty);
	case N_VAR: {
		struct var *v = NULL;
		for (struct var *x = w->vars; x; x = x->next)
			if (!strcmp(x->name, n->name)) {
				v = x;
				break;
			}
		if (!v || !v->v.ty) {
			lw_error(w, n, "cannot use '$%s' here (its type is unknown)", n->name);
			return lw_imm(w, 0, n->ty);
		}
		if (!v->v.is_mem)
			return lw_int(w, ir_mov(w->fn, v->v.reg), v->v.ty);
		return v->v;
	}
	case N_POSITIONAL:
		return positional(w, n);
	case N_PARAM_COUNT:
		return lw_imm(w, w->o->npositional, n->ty);
	case N_MAP:
	case N_MAP_ACCESS:
		return map_read(w, n);
	case N_IDENT:
		return lw_builtin(w, n);
	case N_CALL:
		return lw_call(w, n);
	case N_UNARY:
		return unary(w, n);
	case N_POSTFIX:
		return lw_int(w, lw_incdec(w, n->lhs, n->op == OP_POSTINC, true), n->ty);
	case N_BINARY:
		return binary(w, n);
	case N_TERNARY:
		return ternary(w, n);
	case N_CAST:
		return cast(w, n);
	case N_FIELD:
		return field(w, n);
	case N_TUPLE_INDEX:
		return tuple_index(w, n);
	case N_INDEX:
		return index_expr(w, n);
	case N_TUPLE:
	case N_RECORD:
		return aggregate_list(w, n);
	case N_SIZEOF:
	case N_OFFSETOF:
		/* Constants the type pass worked out. */
		return lw_imm(w, (int64_t)n->ival, n->ty);
	case N_BLOCK:
		return block_expr(w, n);
	default:
		lw_error(w, n, "%s is not implemented yet in this position", node_kind_name(n->kind));
		return lw_imm(w, 0, n->ty);
	}
}

