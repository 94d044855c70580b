/* Whole-map reads in the kernel: `for ($kv : @m) { ... }` and `len(@m)`
 * walk over a map with bpf_for_each_map_elem, the loop body compiled into
 * a callback subprogram of the probe's program; lw_percpu_read() combines
 * an aggregation's per-CPU values (count, sum, min, max, avg) into the
 * value user space would print.
 *
 * The callback runs synchronously on the same CPU, so the variables the
 * body shares with the probe are passed by copy-in/copy-out through a
 * context object on the probe's stack (the helper's only argument for
 * us):
 *   +0   set by the callback when the body leaves the probe (return, exit)
 *   +8   the probe's context pointer, for args and fields in the body
 *   +16  the shared variables, each in its storage layout (8 bytes for a
 *        scalar)
 * A variable the probe keeps in its per-CPU scratch value is not copied:
 * the callback looks up the same value and uses it in place.
 *
 * The callback returns 0 to go on and 1 to stop (break, return, exit). */
#include <stdio.h>
#include <string.h>

#include "codegen/lower_impl.h"
#include "linux/bpf.h"
#include "util/arena.h"

#define CB_LEFT 0
#define CB_CTX 8
#define CB_VARS 16
/* The context object must be on the stack (the helper wants a stack
 * pointer), so what it may hold is bounded. */
#define CB_CTX_MAX 256

/* The callback's arguments: r1 map, r2 key, r3 value, r4 our context. */
enum { ARG_KEY = 1, ARG_VALUE = 2, ARG_DATA = 3 };

static bool mentions_var(const struct node *n, const char *name)
{
	if (!n)
		return false;
	if (n->kind == N_VAR && !strcmp(n->name, name))
		return true;
	const struct node *kids[] = { n->lhs, n->rhs, n->cond, n->then, n->els, n->body };
	for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++)
		if (mentions_var(kids[i], name))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (mentions_var(n->list.items[i], name))
			return true;
	return false;
}

struct shared {
	struct var *outer;      /* the probe's variable */
	struct var *inner;      /* the callback's view of it */
	int32_t off;            /* in the context object; -1: shared scratch memory */
	uint32_t size;
};

static uint32_t round8(uint32_t n)
{
	return (n + 7) & ~7u;
}

/* The probe's variables that the body uses, with their place in the
 * context object. Returns how many, or -1 when they do not fit. */
static int collect_shared(struct lw *w, struct node *n, struct shared **out, uint32_t *ctx_size)
{
	int count = 0;
	for (struct var *v = w->vars; v; v = v->next)
		count++;
	struct shared *sh = arena_alloc(w->arena, (size_t)(count + 1) * sizeof(*sh));
	int k = 0;
	uint32_t off = CB_VARS;
	for (struct var *v = w->vars; v; v = v->next) {
		if (!strcmp(v->name, n->lhs->name) || !mentions_var(n->body, v->name))
			continue;
		struct shared *s = &sh[k++];
		s->outer = v;
		s->size = v->v.is_mem ? round8(image_storage_size(v->v.ty)) : 8;
		if (v->v.is_mem && v->v.loc.kind == LOC_PTR && v->v.loc.base == w->scratch_base) {
			s->off = -1;
		} else {
			s->off = (int32_t)off;
			off += s->size;
		}
	}
	*out = sh;
	*ctx_size = off;
	return off > CB_CTX_MAX ? -1 : k;
}

struct saved {
	struct ir_func *fn;
	int ctx, scratch_base;
	struct var *vars;
	struct loop_ctx *loop;
	struct ir_block *done;
};

static struct saved save(struct lw *w)
{
	return (struct saved){ w->fn, w->ctx, w->scratch_base, w->vars, w->loop, w->done };
}

static void restore(struct lw *w, struct saved s)
{
	w->fn = s.fn;
	w->ctx = s.ctx;
	w->scratch_base = s.scratch_base;
	w->vars = s.vars;
	w->loop = s.loop;
	w->done = s.done;
}

/* Builds the callback; returns its index among the program's subprograms. */
static int build_callback(struct lw *w, struct node *n, struct lmap *m, struct shared *sh,
			  int nshared)
{
	struct saved outer = save(w);
	char name[96];
	snprintf(name, sizeof(name), "%s_for%zu", w->prog_fn->name, w->prog_fn->nsubs);
	int index;
	struct ir_func *cb = ir_subprog_new(w->prog_fn, name, 4, &index);
	w->fn = cb;
	w->scratch_base = -1;
	w->vars = NULL;
	lw_origin(w, n);
	struct ir_block *entry = lw_block(w), *body = lw_block(w), *leave = lw_block(w);
	struct ir_block *cont = lw_block(w), *brk = lw_block(w), *left = lw_cold(w);
	int rv = ir_vreg_new(cb);
	ir_set_block(cb, body);
	w->ctx = ir_load(cb, 8, 0, ir_vreg(ARG_DATA), CB_CTX);

	/* The shared variables, seen from here. */
	for (int i = 0; i < nshared; i++) {
		struct var *v = arena_alloc(w->arena, sizeof(*v));
		*v = *sh[i].outer;
		if (!v->v.is_mem) {
			v->v.reg = ir_load(cb, 8, 0, ir_vreg(ARG_DATA), (int16_t)sh[i].off);
		} else if (sh[i].off >= 0) {
			v->v.loc = (struct loc){ .kind = LOC_PTR, .base = ARG_DATA, .off = sh[i].off };
		} else {
			if (w->scratch_base < 0)
				w->scratch_base = ir_vreg_new(cb);
			v->v.loc.base = w->scratch_base;
		}
		v->next = w->vars;
		w->vars = v;
		sh[i].inner = v;
	}
	/* $kv: the entry's key and value, copied into a tuple. */
	const struct type *kv = n->lhs->ty;
	struct var *loopv = arena_alloc(w->arena, sizeof(*loopv));
	loopv->name = n->lhs->name;
	loopv->v = (struct val){ .ty = kv, .is_mem = true };
	loopv->v.loc = lw_object(w, image_storage_size(kv), n->lhs->name);
	struct loc k0 = loopv->v.loc, v0 = loopv->v.loc;
	k0.off += (int32_t)image_field_offset(kv, 0);
	v0.off += (int32_t)image_field_offset(kv, 1);
	lw_copy(w, k0, (struct loc){ .kind = LOC_PTR, .base = ARG_KEY }, m->key_size);
	if (m->percpu)
		lw_store(w, v0, 0, 8, ir_vreg(lw_percpu_read(w, m, ARG_KEY)));
	else
		lw_copy(w, v0, (struct loc){ .kind = LOC_PTR, .base = ARG_VALUE }, m->value_size);
	loopv->next = w->vars;
	w->vars = loopv;

	struct loop_ctx lc = { brk, cont, NULL };
	w->loop = &lc;
	w->done = left;
	lw_stmt(w, n->body);
	ir_jmp(cb, cont);

	ir_set_block(cb, cont);
	ir_mov_imm_to(cb, rv, 0);
	ir_jmp(cb, leave);
	ir_set_block(cb, brk);
	ir_mov_imm_to(cb, rv, 1);
	ir_jmp(cb, leave);
	ir_set_block(cb, left);
	ir_store(cb, 8, ir_vreg(ARG_DATA), CB_LEFT, ir_imm(1));
	ir_mov_imm_to(cb, rv, 1);
	ir_jmp(cb, leave);
	ir_set_block(cb, leave);
	for (int i = 0; i < nshared; i++)
		if (!sh[i].inner->v.is_mem)
			ir_store(cb, 8, ir_vreg(ARG_DATA), (int16_t)sh[i].off,
				 ir_vreg(sh[i].inner->v.reg));
	ir_ret(cb, ir_vreg(rv));

	/* Without its scratch value (never, in practice) the callback stops
	 * before it has read any variable. */
	struct ir_block *fail = lw_cold(w);
	ir_set_block(cb, fail);
	ir_ret(cb, ir_imm(1));
	w->done = fail;
	ir_set_block(cb, entry);
	lw_entry(w, body);
	ir_prune(cb);
	restore(w, outer);
	return index;
}

/* Copies the shared variables into the context object `cx` (in), or
 * back out of it (after the loop). */
static void exchange(struct lw *w, struct loc cx, const struct shared *sh, int nshared, bool in)
{
	for (int i = 0; i < nshared; i++) {
		struct var *v = sh[i].outer;
		if (sh[i].off < 0)
			continue;
		struct loc at = cx;
		at.off = sh[i].off;
		if (v->v.is_mem && in)
			lw_copy(w, at, v->v.loc, sh[i].size);
		else if (v->v.is_mem)
			lw_copy(w, v->v.loc, at, sh[i].size);
		else if (in)
			lw_store(w, at, 0, 8, ir_vreg(v->v.reg));
		else
			ir_mov_to(w->fn, v->v.reg, lw_load(w, at, 0, 8, false));
	}
}

void lw_for_map(struct lw *w, struct node *n)
{
	struct lmap *m = lw_map_of(w, n->rhs);
	if (!m)
		return;
	if (!m->tm->key) {
		lw_error(w, n->rhs, "'for' needs a map with keys, as in @m[k] = v: %s has none",
			 m->name);
		return;
	}
	if (!n->lhs->ty) {
		lw_error(w, n->lhs, "the type of this loop's variable is unknown");
		return;
	}
	if (m->agg == AGG_HIST || m->agg == AGG_LHIST || m->agg == AGG_STATS) {
		lw_error(w, n->rhs, "'for' over %s, a %s map, is not implemented yet", m->name,
			 m->agg == AGG_STATS ? "stats()" : m->agg == AGG_HIST ? "hist()" : "lhist()");
		return;
	}
	struct shared *sh;
	uint32_t size;
	int nshared = collect_shared(w, n, &sh, &size);
	if (nshared < 0) {
		lw_error(w, n, "the body of this loop shares too many variables with the probe "
			 "(%u bytes, at most %d): use fewer or smaller ones", size, CB_CTX_MAX);
		return;
	}
	/* The context object, on the stack whatever its size. */
	struct loc cx = { .kind = LOC_SLOT, .base = ir_stack_alloc(w->fn, "for_ctx", size, 8) };
	w->stack_used += size;
	lw_store(w, cx, CB_LEFT, 8, ir_imm(0));
	lw_store(w, cx, CB_CTX, 8, ir_vreg(w->ctx));
	exchange(w, cx, sh, nshared, true);

	int index = build_callback(w, n, m, sh, nshared);
	lw_origin(w, n);
	int args[4] = { ir_map_fd(w->fn, (uint32_t)m->index), ir_func_addr(w->fn, index),
			lw_addr(w, cx), ir_mov_imm(w->fn, 0) };
	ir_call(w->fn, BPF_FUNC_for_each_map_elem, args, 4);

	exchange(w, cx, sh, nshared, false);
	struct ir_block *next = lw_block(w);
	int gone = lw_load(w, cx, CB_LEFT, 8, false);
	ir_br(w->fn, IR_NE, 0, gone, ir_imm(0), w->done, next);
	ir_set_block(w->fn, next);
}

/* The callback of len(): counts nothing itself, the helper returns how
 * many entries it visited. One per program. */
static int len_callback(struct lw *w)
{
	char name[96];
	snprintf(name, sizeof(name), "%s_len", w->prog_fn->name);
	for (size_t i = 0; i < w->prog_fn->nsubs; i++)
		if (!strcmp(w->prog_fn->subs[i]->name, name))
			return (int)i;
	int index;
	struct ir_func *cb = ir_subprog_new(w->prog_fn, name, 4, &index);
	ir_set_block(cb, ir_block_new(cb));
	ir_ret(cb, ir_imm(0));
	return index;
}

struct val lw_map_len(struct lw *w, struct node *call)
{
	struct node *arg = call->list.len == 1 ? call->list.items[0] : NULL;
	if (!arg || arg->kind != N_MAP) {
		lw_error(w, arg ? arg : call, "len() takes a map, as in len(@m)");
		return lw_imm(w, 0, call->ty);
	}
	struct lmap *m = lw_map_of(w, arg);
	if (!m)
		return lw_imm(w, 0, call->ty);
	int args[4] = { ir_map_fd(w->fn, (uint32_t)m->index), ir_func_addr(w->fn, len_callback(w)),
			ir_mov_imm(w->fn, 0), ir_mov_imm(w->fn, 0) };
	return lw_int(w, ir_call(w->fn, BPF_FUNC_for_each_map_elem, args, 4), call->ty);
}

/* Combines the per-CPU values of aggregation `m` at the key `key` points
 * to (a vreg) as user space does: count and sum add up, min and max
 * compare the CPUs that have a value, avg divides the totals. Returns the
 * vreg of the result (0 when no CPU has the key). */
int lw_percpu_read(struct lw *w, struct lmap *m, int key)
{
	struct ir_func *fn = w->fn;
	bool is_signed = m->value->target && m->value->target->is_signed;
	int total = ir_mov_imm(fn, 0), aux = ir_mov_imm(fn, 0), cpu = ir_mov_imm(fn, 0);
	int mf = ir_map_fd(fn, (uint32_t)m->index);
	struct ir_block *head = lw_block(w), *body = lw_block(w), *have = lw_block(w),
			*next = lw_block(w), *done = lw_block(w);
	ir_jmp(fn, head);
	ir_set_block(fn, head);
	ir_br(fn, IR_LT, 0, cpu, ir_imm(w->possible_cpus), body, done);
	ir_set_block(fn, body);
	int args[3] = { mf, key, cpu };
	int p = ir_call(fn, BPF_FUNC_map_lookup_percpu_elem, args, 3);
	ir_br(fn, IR_EQ, 0, p, ir_imm(0), next, have);
	ir_set_block(fn, have);
	int v = ir_load(fn, 8, 0, ir_vreg(p), 0);
	if (m->agg == AGG_MIN || m->agg == AGG_MAX) {
		/* {value, set}: take v when this CPU has one and it beats the total. */
		struct ir_block *set = lw_block(w), *cmp = lw_block(w), *take = lw_block(w);
		int has = ir_load(fn, 8, 0, ir_vreg(p), 8);
		ir_br(fn, IR_EQ, 0, has, ir_imm(0), next, set);
		ir_set_block(fn, set);
		ir_br(fn, IR_EQ, 0, aux, ir_imm(0), take, cmp);
		ir_set_block(fn, cmp);
		enum ir_cond better = m->agg == AGG_MIN ? (is_signed ? IR_SLT : IR_LT)
						       : (is_signed ? IR_SGT : IR_GT);
		ir_br(fn, better, 0, v, ir_vreg(total), take, next);
		ir_set_block(fn, take);
		ir_mov_to(fn, total, v);
		ir_mov_imm_to(fn, aux, 1);
	} else {
		ir_alu_to(fn, total, IR_ADD, 0, total, ir_vreg(v));
		if (m->agg == AGG_AVG)
			ir_alu_to(fn, aux, IR_ADD, 0, aux, ir_vreg(ir_load(fn, 8, 0, ir_vreg(p), 8)));
	}
	ir_jmp(fn, next);
	ir_set_block(fn, next);
	ir_alu_to(fn, cpu, IR_ADD, 0, cpu, ir_imm(1));
	ir_jmp(fn, head);
	ir_set_block(fn, done);
	if (m->agg == AGG_AVG)
		ir_mov_to(fn, total, lw_arith(w, OP_DIV, total, aux, is_signed));
	return total;
}
