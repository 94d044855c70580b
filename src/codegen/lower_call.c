/* Lowering, part three: calls — printf and the other actions, map
 * functions, string and conversion functions. */
#include "codegen/lower_impl.h"

#include <arpa/inet.h>
#include <signal.h>
#include <string.h>
#include <strings.h>

#include <linux/bpf.h>

#include "sema/pt_regs.h"
#include "symbols/ksyms.h"
#include "util/arena.h"

/* ---- calls ---- */

/* An action record of args[first..] with `fmt`; returns the action id. */
static int action_record(struct lw *w, enum image_action_kind kind, struct node *call, int first,
			 const char *fmt, size_t fmt_len, uint64_t extra_bytes)
{
	(void)extra_bytes;
	int id = lw_action(w, kind, call);
	int nargs = call->list.len > first ? call->list.len - first : 0;
	const struct type **types = arena_alloc(w->arena, sizeof(*types) * (size_t)(nargs + 1));
	uint32_t *offs = arena_alloc(w->arena, sizeof(*offs) * (size_t)(nargs + 1));
	uint32_t off = 8;
	const char **fmts = NULL;
	for (int i = 0; i < nargs; i++) {
		const struct type *t = call->list.items[first + i]->ty;
		if (t && t->kind == TY_BOOL)
			t = type_bool(w->types);
		if (!t) {
			lw_error(w, call->list.items[first + i], "the type of this argument is unknown");
			t = type_int(w->types, 8, false);
		}
		uint32_t al = image_storage_align(t);
		off = (off + al - 1) / al * al;
		struct node *an = call->list.items[first + i];
		if (an->kind == N_CALL && !strcmp(an->name, "strftime") && an->list.len &&
		    an->list.items[0]->kind == N_STRING) {
			if (!fmts)
				fmts = arena_alloc(w->arena, sizeof(*fmts) * (size_t)(nargs + 1));
			fmts[i] = an->list.items[0]->str;
		}
		types[i] = t;
		offs[i] = off;
		off += image_storage_size(t);
	}
	uint32_t size = (off + 7) & ~7u;
	struct image_action *a = &w->img->actions[id];
	a->fmt = fmt;
	a->fmt_len = fmt_len;
	a->nargs = nargs;
	a->arg_types = types;
	a->arg_offsets = offs;
	a->arg_fmts = fmts;
	a->record_size = size;
	/* Arguments first (they may call helpers and use objects), then the record. */
	struct val *vals = arena_alloc(w->arena, sizeof(*vals) * (size_t)(nargs + 1));
	for (int i = 0; i < nargs; i++)
		vals[i] = lw_expr(w, call->list.items[first + i]);
	lw_origin(w, call);
	struct loc rec = lw_object(w, size, "record");
	/* Only the padding needs zeros: every argument fills its own bytes. */
	uint32_t end = 8;
	for (int i = 0; i <= nargs; i++) {
		uint32_t start = i < nargs ? offs[i] : size;
		if (start > end) {
			struct loc gap = rec;
			gap.off += (int32_t)end;
			lw_zero(w, gap, start - end);
		}
		if (i < nargs)
			end = offs[i] + image_storage_size(types[i]);
	}
	lw_store(w, rec, 0, 8, ir_imm(id));
	for (int i = 0; i < nargs; i++) {
		struct loc l = rec;
		l.off += (int32_t)offs[i];
		lw_store_val(w, l, types[i], vals[i]);
	}
	lw_send(w, rec, size, true);
	return id;
}

static const char *fmt_arg(struct lw *w, struct node *call, size_t *len)
{
	struct node *f = call->list.len ? call->list.items[0] : NULL;
	if (!f || f->kind != N_STRING) {
		lw_error(w, call, "%s() needs a string literal as its format", call->name);
		*len = 0;
		return "";
	}
	*len = f->str_len;
	return f->str;
}

static bool literal(const struct node *n, int64_t *v)
{
	if (n && n->kind == N_INT) {
		*v = (int64_t)n->ival;
		return true;
	}
	if (n && n->kind == N_UNARY && n->op == OP_NEG && n->lhs->kind == N_INT) {
		*v = -(int64_t)n->lhs->ival;
		return true;
	}
	return false;
}

static int signal_number(const char *s)
{
	static const struct { const char *name; int num; } sigs[] = {
		{ "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT },
		{ "SIGILL", SIGILL }, { "SIGTRAP", SIGTRAP }, { "SIGABRT", SIGABRT },
		{ "SIGBUS", SIGBUS }, { "SIGFPE", SIGFPE }, { "SIGKILL", SIGKILL },
		{ "SIGUSR1", SIGUSR1 }, { "SIGSEGV", SIGSEGV }, { "SIGUSR2", SIGUSR2 },
		{ "SIGPIPE", SIGPIPE }, { "SIGALRM", SIGALRM }, { "SIGTERM", SIGTERM },
		{ "SIGCHLD", SIGCHLD }, { "SIGCONT", SIGCONT }, { "SIGSTOP", SIGSTOP },
		{ "SIGTSTP", SIGTSTP }, { "SIGTTIN", SIGTTIN }, { "SIGTTOU", SIGTTOU },
		{ "SIGURG", SIGURG }, { "SIGXCPU", SIGXCPU }, { "SIGXFSZ", SIGXFSZ },
		{ "SIGVTALRM", SIGVTALRM }, { "SIGPROF", SIGPROF }, { "SIGWINCH", SIGWINCH },
		{ "SIGIO", SIGIO }, { "SIGPWR", SIGPWR }, { "SIGSYS", SIGSYS },
	};
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (!strcasecmp(s, sigs[i].name) || !strcasecmp(s, sigs[i].name + 3))
			return sigs[i].num;
	return -1;
}

static struct val map_action(struct lw *w, struct node *n, enum image_action_kind kind)
{
	struct node *m = n->list.len ? n->list.items[0] : NULL;
	struct lmap *lm = m && m->kind == N_MAP ? lw_map_of(w, m) : NULL;
	if (!lm) {
		if (m && m->kind != N_MAP)
			lw_error(w, n, "%s() needs a map such as @x", n->name);
		return lw_imm(w, 0, NULL);
	}
	int id = lw_action(w, kind, n);
	struct image_action *a = &w->img->actions[id];
	a->map = lm->index;
	int64_t v;
	if (n->list.len > 1 && literal(n->list.items[1], &v))
		a->top = (uint64_t)v;
	if (n->list.len > 2 && literal(n->list.items[2], &v))
		a->div = (uint64_t)v;
	struct loc rec = lw_object(w, 8, "record");
	lw_store(w, rec, 0, 8, ir_imm(id));
	lw_send(w, rec, 8, true);
	return lw_imm(w, 0, NULL);
}

/* delete(@m[k]) or delete(@m, k); has_key(@m, k). */
static int map_key_call(struct lw *w, struct node *n, bool lookup)
{
	struct node *target = n->list.items[0];
	struct lmap *m = lw_map_of(w, target);
	if (!m)
		return ir_mov_imm(w->fn, 0);
	struct loc key;
	if (target->kind == N_MAP && n->list.len > 1) {
		struct node fake = *target;
		fake.kind = N_MAP_ACCESS;
		fake.lhs = target;
		fake.list.items = &n->list.items[1];
		fake.list.len = n->list.len - 1;
		key = lw_map_key(w, m, &fake);
	} else {
		key = lw_map_key(w, m, target);
	}
	int mf = ir_map_fd(w->fn, (uint32_t)m->index);
	int k = lw_addr(w, key);
	int a[2] = { mf, k };
	if (!lookup)
		return ir_call(w->fn, BPF_FUNC_map_delete_elem, a, 2);
	int p = ir_call(w->fn, BPF_FUNC_map_lookup_elem, a, 2);
	int r = ir_vreg_new(w->fn);
	struct ir_block *yes = lw_block(w), *no = lw_block(w), *next = lw_block(w);
	ir_br(w->fn, IR_NE, 0, p, ir_imm(0), yes, no);
	ir_set_block(w->fn, yes);
	ir_mov_imm_to(w->fn, r, 1);
	ir_jmp(w->fn, next);
	ir_set_block(w->fn, no);
	ir_mov_imm_to(w->fn, r, 0);
	ir_jmp(w->fn, next);
	ir_set_block(w->fn, next);
	return r;
}

static struct val str_call(struct lw *w, struct node *n)
{
	struct node *a = n->list.items[0];
	const struct type *ty = n->ty ? n->ty : type_string(w->types, w->types->str_capacity);
	if (a->kind == N_POSITIONAL) {
		/* str($1): the parameter's text, whatever it looks like. */
		const char *v = a->ival >= 1 && a->ival <= (uint64_t)w->o->npositional
					? w->o->positional[a->ival - 1] : "";
		size_t len = strlen(v);
		if (len >= ty->capacity)
			len = ty->capacity - 1;
		return lw_string_literal(w, v, (uint32_t)len, ty);
	}
	int len = n->list.len > 1 ? lw_scalar(w, n->list.items[1]) : -1;
	if (lw_is_str(a->ty)) {
		struct val v = lw_expr(w, a);
		struct loc l = lw_object(w, ty->capacity, "str");
		lw_zero(w, l, (ty->capacity + 7) & ~7u);
		uint32_t n_copy = a->ty->capacity < ty->capacity ? a->ty->capacity : ty->capacity;
		lw_copy(w, l, v.loc, n_copy);
		lw_store(w, l, ty->capacity - 1, 1, ir_imm(0));
		return (struct val){ .ty = ty, .is_mem = true, .loc = l };
	}
	int p = lw_scalar(w, a);
	return lw_read_str(w, p, ty->capacity, len, ty);
}

static struct val strlen_call(struct lw *w, struct node *n)
{
	struct val v = lw_expr(w, n->list.items[0]);
	uint32_t cap = lw_cap(v.ty);
	int r = ir_mov_imm(w->fn, cap);
	struct ir_block *done = lw_block(w);
	for (uint32_t i = 0; i < cap; i++) {
		int c = lw_load(w, v.loc, i, 1, false);
		struct ir_block *found = lw_block(w), *next = lw_block(w);
		ir_br(w->fn, IR_EQ, 0, c, ir_imm(0), found, next);
		ir_set_block(w->fn, found);
		ir_mov_imm_to(w->fn, r, i);
		ir_jmp(w->fn, done);
		ir_set_block(w->fn, next);
	}
	ir_jmp(w->fn, done);
	ir_set_block(w->fn, done);
	return lw_int(w, r, n->ty);
}

/* strncmp(a, b, n): 0 when the first n bytes are equal (up to a NUL). */
static struct val strncmp_call(struct lw *w, struct node *n)
{
	int64_t limit = 0;
	if (!literal(n->list.items[2], &limit) || limit < 0) {
		lw_error(w, n->list.items[2], "strncmp() needs a constant length");
		return lw_imm(w, 0, n->ty);
	}
	struct val a = lw_expr(w, n->list.items[0]), b = lw_expr(w, n->list.items[1]);
	uint32_t ca = lw_cap(a.ty), cb = lw_cap(b.ty);
	int r = ir_mov_imm(w->fn, 1);
	struct ir_block *eq = lw_block(w), *ne = lw_block(w), *done = lw_block(w);
	for (int64_t i = 0; i < limit; i++) {
		if ((uint32_t)i >= ca || (uint32_t)i >= cb)
			break;
		int x = lw_load(w, a.loc, (uint32_t)i, 1, false), y = lw_load(w, b.loc, (uint32_t)i, 1, false);
		struct ir_block *same = lw_block(w), *next = lw_block(w);
		ir_br(w->fn, IR_NE, 0, x, ir_vreg(y), ne, same);
		ir_set_block(w->fn, same);
		ir_br(w->fn, IR_EQ, 0, x, ir_imm(0), eq, next);
		ir_set_block(w->fn, next);
	}
	ir_jmp(w->fn, eq);
	ir_set_block(w->fn, eq);
	ir_mov_imm_to(w->fn, r, 0);
	ir_jmp(w->fn, done);
	ir_set_block(w->fn, ne);
	ir_jmp(w->fn, done);
	ir_set_block(w->fn, done);
	return lw_int(w, r, n->ty);
}

/* Loads the byte at `base` + `index`; the caller has bounded `index` by a
 * branch on it, so the verifier knows the access stays in the object. */
static int load_byte_at(struct lw *w, int base, int index)
{
	int p = ir_alu(w->fn, IR_ADD, 0, base, ir_vreg(index));
	return ir_load(w->fn, 1, 0, ir_vreg(p), 0);
}

/* strcontains(haystack, needle) with a needle known only at run time: two
 * nested loops, over start positions and needle bytes, bounded by the
 * capacities of both strings (the verifier walks every iteration). */
static struct val strcontains_loop(struct lw *w, struct node *n, struct val h)
{
	struct ir_func *fn = w->fn;
	struct val nv = lw_expr(w, n->list.items[1]);
	uint32_t hcap = lw_cap(h.ty), ncap = lw_cap(nv.ty);
	int hp = lw_addr(w, lw_materialize(w, h, h.ty));
	int np = lw_addr(w, lw_materialize(w, nv, nv.ty));
	int r = ir_mov_imm(fn, 0), i = ir_mov_imm(fn, 0), j = ir_vreg_new(fn);
	struct ir_block *outer = lw_block(w), *start = lw_block(w), *inner = lw_block(w);
	struct ir_block *has_byte = lw_block(w), *check = lw_block(w), *in_hay = lw_block(w);
	struct ir_block *same = lw_block(w);
	struct ir_block *mismatch = lw_block(w), *advance = lw_block(w);
	struct ir_block *found = lw_block(w), *done = lw_block(w);
	ir_jmp(fn, outer);
	ir_set_block(fn, outer);
	ir_br(fn, IR_GE, 0, i, ir_imm(hcap), done, start);
	ir_set_block(fn, start);
	ir_mov_imm_to(fn, j, 0);
	ir_jmp(fn, inner);
	ir_set_block(fn, inner);
	ir_br(fn, IR_GE, 0, j, ir_imm(ncap), found, has_byte);
	ir_set_block(fn, has_byte);
	int c = load_byte_at(w, np, j);
	ir_br(fn, IR_EQ, 0, c, ir_imm(0), found, check);
	ir_set_block(fn, check);
	int k = ir_alu(fn, IR_ADD, 0, i, ir_vreg(j));
	/* No room left for the needle: no later start has any either. */
	ir_br(fn, IR_GE, 0, k, ir_imm(hcap), done, in_hay);
	ir_set_block(fn, in_hay);
	int d = load_byte_at(w, hp, k);
	ir_br(fn, IR_NE, 0, d, ir_vreg(c), mismatch, same);
	ir_set_block(fn, same);
	ir_alu_to(fn, j, IR_ADD, 0, j, ir_imm(1));
	ir_jmp(fn, inner);
	ir_set_block(fn, mismatch);
	/* The haystack ends at this start: not found. */
	int here = load_byte_at(w, hp, i);
	ir_br(fn, IR_EQ, 0, here, ir_imm(0), done, advance);
	ir_set_block(fn, advance);
	ir_alu_to(fn, i, IR_ADD, 0, i, ir_imm(1));
	ir_jmp(fn, outer);
	ir_set_block(fn, found);
	ir_mov_imm_to(fn, r, 1);
	ir_jmp(fn, done);
	ir_set_block(fn, done);
	return lw_int(w, r, n->ty);
}

/* strcontains(haystack, needle): with a literal needle, unrolled over
 * every start position before the haystack's NUL; otherwise a loop. */
static struct val strcontains_call(struct lw *w, struct node *n)
{
	struct ir_func *fn = w->fn;
	struct node *nn = n->list.items[1];
	struct val h = lw_expr(w, n->list.items[0]);
	if (nn->kind != N_STRING)
		return strcontains_loop(w, n, h);
	uint32_t cap = lw_cap(h.ty), m = nn->str_len;
	if (!m)
		return lw_imm(w, 1, n->ty);
	if ((uint64_t)cap * m > 4096) {
		lw_error(w, n, "strcontains(): haystack of %u bytes and needle of %u are too big to unroll",
			 cap, m);
		return lw_imm(w, 0, n->ty);
	}
	int r = ir_mov_imm(fn, 0);
	struct ir_block *found = lw_block(w), *done = lw_block(w);
	for (uint32_t i = 0; i + m <= cap; i++) {
		struct ir_block *next = lw_block(w);
		for (uint32_t j = 0; j < m; j++) {
			int c = lw_load(w, h.loc, i + j, 1, false);
			struct ir_block *ok = lw_block(w);
			if (j == 0) {
				/* The haystack ends here: not found. */
				struct ir_block *live = lw_block(w);
				ir_br(fn, IR_EQ, 0, c, ir_imm(0), done, live);
				ir_set_block(fn, live);
			}
			ir_br(fn, IR_NE, 0, c, ir_imm((unsigned char)nn->str[j]), next, ok);
			ir_set_block(fn, ok);
		}
		ir_jmp(fn, found);
		ir_set_block(fn, next);
	}
	ir_jmp(fn, done);
	ir_set_block(fn, found);
	ir_mov_imm_to(fn, r, 1);
	ir_jmp(fn, done);
	ir_set_block(fn, done);
	return lw_int(w, r, n->ty);
}

static struct val bswap_call(struct lw *w, struct node *n)
{
	const struct type *t = n->list.items[0]->ty;
	unsigned size = t && t->kind == TY_INT ? t->size : 8;
	int x = lw_scalar(w, n->list.items[0]);
	int r = ir_mov_imm(w->fn, 0);
	for (unsigned i = 0; i < size; i++) {
		int b = ir_alu(w->fn, IR_RSH, 0, x, ir_imm(8 * i));
		ir_alu_to(w->fn, b, IR_AND, 0, b, ir_imm(0xff));
		ir_alu_to(w->fn, b, IR_LSH, 0, b, ir_imm(8 * (size - 1 - i)));
		ir_alu_to(w->fn, r, IR_OR, 0, r, ir_vreg(b));
	}
	return lw_int(w, r, n->ty);
}

/* ntop([af,] addr): {u64 family; 16 address bytes}. An integer is an
 * IPv4 address as stored (network order); a uint8[4]/[16] array is the
 * address bytes. */
static struct val ntop_call(struct lw *w, struct node *n)
{
	struct node *a = n->list.items[n->list.len - 1];
	int64_t af = 0;
	if (n->list.len > 1 && !literal(n->list.items[0], &af)) {
		lw_error(w, n->list.items[0], "ntop() needs a constant address family (AF_INET is 2, AF_INET6 is 10)");
		return lw_imm(w, 0, n->ty);
	}
	const struct type *ty = n->ty ? n->ty : type_simple(w->types, TY_INET);
	struct loc l = lw_object(w, 24, "inet");
	lw_zero(w, l, 24);
	const struct type *at = a->ty;
	if (at && at->kind == TY_ARRAY && at->target && at->target->size == 1 &&
	    (at->count == 4 || at->count == 16)) {
		struct val v = lw_expr(w, a);
		for (uint32_t i = 0; i < at->count; i++) {
			int b = lw_load(w, v.loc, i * image_storage_size(at->target), 1, false);
			lw_store(w, l, 8 + i, 1, ir_vreg(b));
		}
		if (!af)
			af = at->count == 4 ? 2 : 10;
	} else if (at && at->kind == TY_INT) {
		int x = lw_scalar(w, a);
		lw_store(w, l, 8, 4, ir_vreg(x));
		if (!af)
			af = 2;
	} else {
		lw_error(w, a, "ntop() needs an integer or a uint8[4]/uint8[16] array, not %s",
			 type_name(w->arena, at));
		return lw_imm(w, 0, n->ty);
	}
	lw_store(w, l, 0, 8, ir_imm(af));
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

/* pton("addr"): the address bytes, known at compile time, as a uint8[4]
 * or uint8[16] (typecheck parsed the literal and chose the type). */
static struct val pton_call(struct lw *w, struct node *n)
{
	const struct type *ty = n->ty;
	unsigned char bytes[16];
	struct node *a = n->list.items[0];
	int af = ty && ty->kind == TY_ARRAY && ty->count == 16 ? AF_INET6 : AF_INET;
	if (!ty || ty->kind != TY_ARRAY || a->kind != N_STRING || inet_pton(af, a->str, bytes) != 1) {
		lw_error(w, n, "pton() needs a string literal IPv4 or IPv6 address");
		return lw_imm(w, 0, ty);
	}
	uint32_t es = image_storage_size(ty->target);
	struct loc l = lw_object(w, ty->count * es, "pton");
	for (uint32_t i = 0; i < ty->count; i++)
		lw_store(w, l, i * es, es, ir_imm(bytes[i]));
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

/* The hex digit of the nibble in `x` (0-15), uppercase, without a branch:
 * digits past 9 move 7 further up the ASCII table, to 'A'. */
static int hex_digit(struct lw *w, int x)
{
	int past9 = ir_mov_imm(w->fn, 9);
	ir_alu_to(w->fn, past9, IR_SUB, 0, past9, ir_vreg(x));
	ir_alu_to(w->fn, past9, IR_ARSH, 0, past9, ir_imm(63));
	ir_alu_to(w->fn, past9, IR_AND, 0, past9, ir_imm(7));
	int c = ir_alu(w->fn, IR_ADD, 0, x, ir_imm('0'));
	ir_alu_to(w->fn, c, IR_ADD, 0, c, ir_vreg(past9));
	return c;
}

/* macaddr(mac): "AA:BB:CC:DD:EE:FF", formatted in the program so the
 * result is an ordinary string (printf %s, map keys and values, JSON).
 * `mac` is a 6-byte array, buffer or string, or a pointer to 6 bytes;
 * other sizes are refused, as bpftrace does. */
static struct val macaddr_call(struct lw *w, struct node *n)
{
	struct node *a = n->list.items[0];
	const struct type *at = a->ty, *ty = n->ty;
	struct val v = lw_expr(w, a);
	struct loc src;
	uint32_t stride = 1;
	bool array = at && at->kind == TY_ARRAY && at->target && at->target->size == 1;
	bool bytes = at && (at->kind == TY_BUFFER || at->kind == TY_STRING);
	if ((array && at->count != 6) || (bytes && at->capacity != 6)) {
		lw_error(w, a, "macaddr() argument must be 6 bytes in size, not %s",
			 type_name(w->arena, at));
		return lw_imm(w, 0, ty);
	}
	if (array && v.is_mem) {
		src = v.loc;
		stride = image_storage_size(at->target);
	} else if (bytes && v.is_mem) {
		src = v.loc;
	} else if (at && (at->kind == TY_POINTER || at->kind == TY_INT) && !v.is_mem) {
		src = lw_object(w, 8, "mac");
		lw_zero(w, src, 8);
		struct ir_block *end = lw_block(w);
		lw_read_by_space(w, src, ir_mov_imm(w->fn, 6), v.reg, BPF_FUNC_probe_read_kernel,
				 BPF_FUNC_probe_read_user, end);
		ir_set_block(w->fn, end);
	} else {
		lw_error(w, a, "macaddr() needs 6 bytes: a uint8[6] array, a buffer or a pointer, not %s",
			 type_name(w->arena, at));
		return lw_imm(w, 0, ty);
	}
	struct loc l = lw_object(w, ty->capacity, "macaddr");
	lw_zero(w, l, (ty->capacity + 7) & ~7u);
	for (uint32_t i = 0; i < 6; i++) {
		int b = lw_load(w, src, i * stride, 1, false);
		int hi = ir_alu(w->fn, IR_RSH, 0, b, ir_imm(4));
		int lo = ir_alu(w->fn, IR_AND, 0, b, ir_imm(15));
		lw_store(w, l, 3 * i, 1, ir_vreg(hex_digit(w, hi)));
		lw_store(w, l, 3 * i + 1, 1, ir_vreg(hex_digit(w, lo)));
		if (i < 5)
			lw_store(w, l, 3 * i + 2, 1, ir_imm(':'));
	}
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

/* bpftrace's limits for join(): this many strings of this many bytes. */
#define JOIN_MAX_ARGS 16
#define JOIN_ARG_SIZE 1024

/* join(argv [, sep]): the strings of a NULL-terminated array of string
 * pointers go to user space in one record, which joins them with `sep`
 * and prints the line. A NULL pointer ends the list with an empty string
 * (user space stops at the first empty one, as bpftrace does). */
static struct val join_call(struct lw *w, struct node *n)
{
	struct ir_func *fn = w->fn;
	struct node *sep = n->list.len > 1 ? n->list.items[1] : NULL;
	struct node *arr = n->list.items[0];
	if (sep && sep->kind != N_STRING) {
		lw_error(w, sep, "join() needs a string literal as its separator");
		return lw_imm(w, 0, NULL);
	}
	if (!arr->ty || (arr->ty->kind != TY_POINTER && arr->ty->kind != TY_INT)) {
		lw_error(w, arr, "join() needs an array of string pointers (char *[]), not %s",
			 type_name(w->arena, arr->ty));
		return lw_imm(w, 0, NULL);
	}
	const struct type *ty = type_array(w->types, type_string(w->types, JOIN_ARG_SIZE),
					   JOIN_MAX_ARGS);
	int id = lw_action(w, ACT_JOIN, n);
	struct image_action *act = &w->img->actions[id];
	act->fmt = sep ? sep->str : " ";
	act->fmt_len = sep ? sep->str_len : 1;
	act->nargs = 1;
	act->arg_types = arena_alloc(w->arena, sizeof(*act->arg_types));
	act->arg_types[0] = ty;
	act->arg_offsets = arena_alloc(w->arena, sizeof(*act->arg_offsets));
	act->arg_offsets[0] = 8;
	act->record_size = 8 + JOIN_MAX_ARGS * JOIN_ARG_SIZE;

	int base = lw_scalar(w, arr);
	lw_origin(w, n);
	/* The record (16 KiB) lives in the per-CPU scratch value only until it
	 * is sent, so every join() of a program shares one: a per-CPU value
	 * cannot pass 32 KiB. */
	uint32_t scratch_mark = w->scratch_used;
	struct loc rec = lw_object(w, act->record_size, "join");
	lw_store(w, rec, 0, 8, ir_imm(id));
	struct loc ptr = lw_object(w, 8, "argv");
	struct ir_block *send = lw_block(w);
	for (int i = 0; i < JOIN_MAX_ARGS; i++) {
		struct loc item = rec;
		item.off += 8 + i * JOIN_ARG_SIZE;
		int addr = ir_alu(fn, IR_ADD, 0, base, ir_imm(8 * i));
		struct ir_block *have_ptr = lw_block(w), *some = lw_block(w), *none = lw_block(w);
		struct ir_block *next = lw_block(w);
		lw_read_by_space(w, ptr, ir_mov_imm(fn, 8), addr, BPF_FUNC_probe_read_kernel,
				 BPF_FUNC_probe_read_user, have_ptr);
		ir_set_block(fn, have_ptr);
		int p = lw_load(w, ptr, 0, 8, false);
		ir_br(fn, IR_EQ, 0, p, ir_imm(0), none, some);
		ir_set_block(fn, none);
		lw_store(w, item, 0, 1, ir_imm(0));
		ir_jmp(fn, send);
		ir_set_block(fn, some);
		lw_read_by_space(w, item, ir_mov_imm(fn, JOIN_ARG_SIZE), p,
				 BPF_FUNC_probe_read_kernel_str, BPF_FUNC_probe_read_user_str, next);
		ir_set_block(fn, next);
	}
	ir_jmp(fn, send);
	ir_set_block(fn, send);
	lw_send(w, rec, act->record_size, true);
	if (w->scratch_used > w->img->scratch_size)
		w->img->scratch_size = w->scratch_used;
	w->scratch_used = scratch_mark;
	return lw_imm(w, 0, NULL);
}

/* buf(p [, n]): n bytes of kernel or user memory, at most the type's
 * capacity (a literal n, or the default). A run-time n is cut to the
 * capacity; the length byte after the data says how many bytes it has,
 * so only those are printed. */
static struct val buf_call(struct lw *w, struct node *n)
{
	const struct type *ty = n->ty;
	if (!type_buffer_has_length(ty)) {
		lw_error(w, n, "buf() needs a constant length");
		return lw_imm(w, 0, n->ty);
	}
	struct ir_func *fn = w->fn;
	struct val v = lw_expr(w, n->list.items[0]);
	uint32_t cap = ty->capacity;
	if (v.is_mem && v.ty && image_storage_size(v.ty) < cap)
		cap = image_storage_size(v.ty);
	struct node *len_arg = n->list.len > 1 ? n->list.items[1] : NULL;
	bool fixed = !len_arg || len_arg->kind == N_INT;
	int size = ir_mov_imm(fn, fixed && len_arg && len_arg->ival < cap ? (int64_t)len_arg->ival
									  : cap);
	if (!fixed) {
		int len = lw_scalar(w, len_arg);
		struct ir_block *cut = lw_block(w), *ok = lw_block(w);
		ir_br(fn, IR_GT, 0, len, ir_vreg(size), ok, cut);
		ir_set_block(fn, cut);
		ir_mov_to(fn, size, len);
		ir_jmp(fn, ok);
		ir_set_block(fn, ok);
	}
	struct loc l = lw_object(w, ty->size, "buf");
	lw_zero(w, l, (ty->size + 7) & ~7u);
	lw_store(w, l, ty->capacity, 1, ir_vreg(size));
	if (v.is_mem) {
		lw_copy(w, l, v.loc, cap);
		return (struct val){ .ty = ty, .is_mem = true, .loc = l };
	}
	struct ir_block *end = lw_block(w);
	if (!fixed) {
		struct ir_block *read = lw_block(w);
		ir_br(fn, IR_EQ, 0, size, ir_imm(0), end, read);
		ir_set_block(fn, read);
	}
	lw_read_by_space(w, l, size, v.reg, BPF_FUNC_probe_read_kernel, BPF_FUNC_probe_read_user, end);
	ir_set_block(fn, end);
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

struct val lw_call(struct lw *w, struct node *n)
{
	const char *f = n->name;
	size_t len;
	int64_t v;
	const struct node *def = lw_fn_find(w, f);
	if (def)
		return lw_fn_call(w, n, def);
	if (!strcmp(f, "printf") || !strcmp(f, "errorf") || !strcmp(f, "warnf") ||
	    !strcmp(f, "system") || !strcmp(f, "cat")) {
		enum image_action_kind k = f[0] == 'p' ? ACT_PRINTF : f[0] == 'e' ? ACT_ERRORF
					   : f[0] == 'w' ? ACT_WARNF : f[0] == 's' ? ACT_SYSTEM : ACT_CAT;
		const char *fmt = fmt_arg(w, n, &len);
		action_record(w, k, n, 1, fmt, len, 0);
		if (k == ACT_ERRORF) {
			ir_jmp(w->fn, w->done);
			ir_set_block(w->fn, lw_block(w));
		}
		return lw_imm(w, 0, NULL);
	}
	if (!strcmp(f, "print")) {
		struct node *a = n->list.items[0];
		if (a->kind == N_MAP)
			return map_action(w, n, ACT_PRINT_MAP);
		action_record(w, ACT_PRINT_VALUE, n, 0, NULL, 0, 0);
		return lw_imm(w, 0, NULL);
	}
	if (!strcmp(f, "clear"))
		return map_action(w, n, ACT_CLEAR_MAP);
	if (!strcmp(f, "zero"))
		return map_action(w, n, ACT_ZERO_MAP);
	if (!strcmp(f, "exit")) {
		action_record(w, ACT_EXIT, n, 0, NULL, 0, 0);
		ir_jmp(w->fn, w->done);
		ir_set_block(w->fn, lw_block(w));
		return lw_imm(w, 0, NULL);
	}
	if (!strcmp(f, "time")) {
		const char *fmt = "%H:%M:%S\n";
		len = strlen(fmt);
		if (n->list.len)
			fmt = fmt_arg(w, n, &len);
		int id = lw_action(w, ACT_TIME, n);
		w->img->actions[id].fmt = fmt;
		w->img->actions[id].fmt_len = len;
		struct loc rec = lw_object(w, 8, "record");
		lw_store(w, rec, 0, 8, ir_imm(id));
		lw_send(w, rec, 8, true);
		return lw_imm(w, 0, NULL);
	}
	if (!strcmp(f, "delete")) {
		map_key_call(w, n, false);
		return lw_imm(w, 0, NULL);
	}
	if (!strcmp(f, "has_key"))
		return lw_int(w, map_key_call(w, n, true), n->ty);
	if (!strcmp(f, "str"))
		return str_call(w, n);
	if (!strcmp(f, "strlen"))
		return strlen_call(w, n);
	if (!strcmp(f, "strncmp"))
		return strncmp_call(w, n);
	if (!strcmp(f, "strcontains"))
		return strcontains_call(w, n);
	if (!strcmp(f, "strftime")) {
		/* The time travels as nanoseconds; the format stays in user space
		 * (action_record() notes it for printf and print). */
		if (n->list.items[0]->kind != N_STRING)
			lw_error(w, n->list.items[0], "strftime() needs a string literal format");
		return lw_int(w, lw_scalar(w, n->list.items[1]), n->ty);
	}
	if (!strcmp(f, "bswap"))
		return bswap_call(w, n);
	if (!strcmp(f, "ntop"))
		return ntop_call(w, n);
	if (!strcmp(f, "pton"))
		return pton_call(w, n);
	if (!strcmp(f, "macaddr"))
		return macaddr_call(w, n);
	if (!strcmp(f, "join"))
		return join_call(w, n);
	if (!strcmp(f, "buf"))
		return buf_call(w, n);
	if (!strcmp(f, "kptr") || !strcmp(f, "uptr"))
		return lw_expr(w, n->list.items[0]);
	if (!strcmp(f, "reg") && n->list.items[0]->kind == N_STRING &&
	    pt_regs_offset(n->list.items[0]->str) >= 0) {
		int off = pt_regs_offset(n->list.items[0]->str);
		return lw_int(w, ir_load(w->fn, 8, 0, ir_vreg(w->ctx), (int16_t)off), n->ty);
	}
	if (!strcmp(f, "signal")) {
		struct node *a = n->list.items[0];
		int sig = -1;
		if (a->kind == N_STRING)
			sig = signal_number(a->str);
		else if (literal(a, &v))
			sig = (int)v;
		if (sig <= 0 || sig > 64) {
			lw_error(w, a, "signal() needs a signal name such as \"SIGKILL\" or a number 1-64");
			return lw_imm(w, 0, NULL);
		}
		int s = ir_mov_imm(w->fn, sig);
		ir_call(w->fn, BPF_FUNC_send_signal, &s, 1);
		return lw_imm(w, 0, NULL);
	}
	static const char *const aggs[] = { "count", "sum", "min", "max", "avg", "stats", "hist",
					    "lhist" };
	for (size_t i = 0; i < sizeof(aggs) / sizeof(aggs[0]); i++)
		if (!strcmp(f, aggs[i])) {
			lw_error(w, n, "%s() can only be assigned to a map, as in @x = %s(...)", f, f);
			return lw_imm(w, 0, NULL);
		}
	if (!strcmp(f, "len"))
		return lw_map_len(w, n);
	if (!strcmp(f, "find_vma"))
		return lw_find_vma(w, n);
	if (n->ty && n->ty->kind == TY_STACK)
		return lw_stack(w, n->ty);
	if ((!strcmp(f, "ksym") || !strcmp(f, "syscall_name")) && n->list.len == 1)
		/* symbolized or named when printed */
		return lw_int(w, lw_scalar(w, n->list.items[0]), n->ty);
	if (!strcmp(f, "usym") && n->list.len == 1)
		return lw_usym(w, lw_scalar(w, n->list.items[0]), n->ty);
	if (!strcmp(f, "uaddr") && n->list.len == 1 && n->list.items[0]->kind == N_STRING)
		return lw_uaddr(w, n);
	if (!strcmp(f, "kaddr") && n->list.len == 1 && n->list.items[0]->kind == N_STRING) {
		const char *name = n->list.items[0]->str;
		uint64_t addr = ksyms_address(name);
		if (!addr)
			lw_error(w, n->list.items[0], "kaddr(): no kernel symbol '%s' in /proc/kallsyms",
				 name);
		return lw_imm(w, (int64_t)addr, n->ty);
	}
	if (!n->list.len) {
		/* Builtins called like functions: pid(), comm(), ... */
		struct node id = *n;
		id.kind = N_IDENT;
		return lw_builtin(w, &id);
	}
	lw_error(w, n, "%s() is not implemented yet", f);
	return lw_imm(w, 0, n->ty);
}
