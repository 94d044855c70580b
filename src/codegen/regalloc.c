/* Liveness, linear scan, frame layout. See regalloc.h for the rules. */
#include "codegen/regalloc.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/bpf.h>

#include "codegen/ir.h"
#include "util/arena.h"

struct interval {
	int vreg;
	int start, end;         /* inclusive positions; start > end when never live */
	bool crosses_call;
};

/* Block-level liveness as bitsets over vregs. */
struct liveness {
	size_t words;
	uint64_t *use, *def, *in, *out;     /* nblocks * words each */
};

static bool bit_get(const uint64_t *set, int v)
{
	return set[v / 64] >> (v % 64) & 1;
}

static void bit_set(uint64_t *set, int v)
{
	set[v / 64] |= 1ull << (v % 64);
}

static void block_use_def(const struct ir_block *bb, uint64_t *use, uint64_t *def)
{
	for (size_t i = 0; i < bb->len; i++) {
		const struct ir_insn *insn = &bb->insns[i];
		int uses[6];
		int n = ir_insn_uses(insn, uses);
		for (int k = 0; k < n; k++)
			if (!bit_get(def, uses[k]))
				bit_set(use, uses[k]);
		if (insn->dst >= 0)
			bit_set(def, insn->dst);
	}
}

/* in = use | (out & ~def), out = union of successors' in; iterated
 * backwards to a fixed point so loops carry values round the back edge. */
static void liveness_compute(struct ir_func *fn, struct liveness *lv)
{
	size_t w = lv->words = ((size_t)fn->nvregs + 63) / 64;
	size_t total = fn->nblocks * w * sizeof(uint64_t);
	lv->use = arena_alloc(fn->arena, total);
	lv->def = arena_alloc(fn->arena, total);
	lv->in = arena_alloc(fn->arena, total);
	lv->out = arena_alloc(fn->arena, total);
	for (size_t b = 0; b < fn->nblocks; b++)
		block_use_def(fn->blocks[b], lv->use + b * w, lv->def + b * w);
	for (bool changed = true; changed;) {
		changed = false;
		for (size_t b = fn->nblocks; b-- > 0;) {
			struct ir_block *succs[2];
			int ns = ir_block_succs(fn->blocks[b], succs);
			uint64_t *out = lv->out + b * w, *in = lv->in + b * w;
			for (size_t k = 0; k < w; k++) {
				uint64_t o = 0;
				for (int s = 0; s < ns; s++)
					o |= lv->in[(size_t)succs[s]->id * w + k];
				uint64_t i = lv->use[b * w + k] | (o & ~lv->def[b * w + k]);
				changed |= o != out[k] || i != in[k];
				out[k] = o;
				in[k] = i;
			}
		}
	}
}

static void extend(struct interval *it, int pos)
{
	if (pos < it->start)
		it->start = pos;
	if (pos > it->end)
		it->end = pos;
}

/* Position 0 is the entry (where vreg 0 is defined); instruction k of the
 * layout is at k + 1. Returns the call positions in `calls`, ascending. */
static struct interval *build_intervals(struct ir_func *fn, const struct liveness *lv,
					int **calls, int *ncalls)
{
	struct interval *its = arena_alloc(fn->arena, (size_t)fn->nvregs * sizeof(*its));
	for (int v = 0; v < fn->nvregs; v++)
		its[v] = (struct interval){ v, INT_MAX, -1, false };
	size_t ninsns = 0;
	for (size_t b = 0; b < fn->nblocks; b++)
		ninsns += fn->blocks[b]->len;
	*calls = arena_alloc(fn->arena, (ninsns + 1) * sizeof(int));
	*ncalls = 0;
	/* A vreg that is written but never read gets no register at all. */
	bool *read = arena_alloc(fn->arena, (size_t)fn->nvregs + 1);
	for (size_t b = 0; b < fn->nblocks; b++)
		for (size_t i = 0; i < fn->blocks[b]->len; i++) {
			int uses[6];
			int n = ir_insn_uses(&fn->blocks[b]->insns[i], uses);
			for (int k = 0; k < n; k++)
				read[uses[k]] = true;
		}
	int pos = 1;
	for (size_t b = 0; b < fn->nblocks; b++) {
		const struct ir_block *bb = fn->blocks[b];
		int first = pos, last = pos + (int)bb->len - 1;
		for (int v = 0; v < fn->nvregs; v++) {
			if (bit_get(lv->in + b * lv->words, v))
				extend(&its[v], first);
			if (bit_get(lv->out + b * lv->words, v))
				extend(&its[v], last);
		}
		for (size_t i = 0; i < bb->len; i++, pos++) {
			const struct ir_insn *insn = &bb->insns[i];
			int uses[6];
			int n = ir_insn_uses(insn, uses);
			for (int k = 0; k < n; k++)
				extend(&its[uses[k]], pos);
			if (insn->dst >= 0 && read[insn->dst])
				extend(&its[insn->dst], pos);
			if (insn->op == IR_CALL)
				(*calls)[(*ncalls)++] = pos;
		}
	}
	for (int v = 0; v < fn->nparams; v++)   /* arguments: defined at entry */
		if (its[v].end >= 0)
			extend(&its[v], 0);
	for (int v = 0; v < fn->nvregs; v++)
		for (int c = 0; c < *ncalls; c++)
			if (its[v].start < (*calls)[c] && (*calls)[c] < its[v].end)
				its[v].crosses_call = true;
	return its;
}

static int by_start(const void *a, const void *b)
{
	const struct interval *x = *(struct interval *const *)a, *y = *(struct interval *const *)b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->vreg - y->vreg;
}

/* The state of the scan: which interval holds each register, and until
 * when each spill slot is taken. */
struct scan {
	struct interval *holder[BPF_REG_10];
	int *slot_busy_until;
	int nslots;
	struct ra_loc *locs;
};

static const int call_safe_regs[] = { BPF_REG_6, BPF_REG_7, BPF_REG_8, BPF_REG_9 };
static const int any_regs[] = { BPF_REG_1, BPF_REG_2, BPF_REG_3, BPF_REG_4,
				BPF_REG_6, BPF_REG_7, BPF_REG_8, BPF_REG_9 };

static void spill(struct scan *s, struct interval *it)
{
	int slot = 0;
	while (slot < s->nslots && s->slot_busy_until[slot] >= it->start)
		slot++;
	if (slot == s->nslots)
		s->slot_busy_until[s->nslots++] = -1;
	if (it->end > s->slot_busy_until[slot])
		s->slot_busy_until[slot] = it->end;
	/* The offset is fixed once the frame is laid out; keep the index. */
	s->locs[it->vreg] = (struct ra_loc){ RA_STACK, 0, (int16_t)slot };
}

static void assign(struct scan *s, struct interval *it)
{
	for (int r = 0; r < BPF_REG_10; r++)
		if (s->holder[r] && s->holder[r]->end < it->start)
			s->holder[r] = NULL;
	const int *regs = it->crosses_call ? call_safe_regs : any_regs;
	int nregs = it->crosses_call ? 4 : 8;
	struct interval *victim = NULL;
	int victim_reg = -1;
	for (int i = 0; i < nregs; i++) {
		int r = regs[i];
		if (!s->holder[r]) {
			s->holder[r] = it;
			s->locs[it->vreg] = (struct ra_loc){ RA_REG, r, 0 };
			return;
		}
		if (!victim || s->holder[r]->end > victim->end) {
			victim = s->holder[r];
			victim_reg = r;
		}
	}
	if (victim->end > it->end) {
		spill(s, victim);
		s->holder[victim_reg] = it;
		s->locs[it->vreg] = (struct ra_loc){ RA_REG, victim_reg, 0 };
	} else {
		spill(s, it);
	}
}

static int layout_frame(struct ir_func *fn, struct regalloc *ra, char *err, size_t err_size)
{
	int off = 0;
	ra->object_offs = arena_alloc(fn->arena, (fn->nobjects + 1) * sizeof(int16_t));
	for (size_t i = 0; i < fn->nobjects; i++) {
		const struct ir_stack_object *o = &fn->objects[i];
		off += (int)(o->size > 4096 ? 4096 : o->size);
		off = (off + (int)o->align - 1) / (int)o->align * (int)o->align;
		ra->object_offs[i] = (int16_t)-off;
	}
	int objects = off;
	off = (off + 7) / 8 * 8;
	for (int v = 0; v < fn->nvregs; v++)
		if (ra->locs[v].kind == RA_STACK)
			ra->locs[v].off = (int16_t)-(off + 8 * (ra->locs[v].off + 1));
	ra->frame_size = off + 8 * ra->nspill_slots;
	if (ra->frame_size <= REGALLOC_FRAME_LIMIT)
		return 0;
	snprintf(err, err_size,
		 "codegen: '%s' needs %d bytes of stack (%d in stack objects, %d spill slots), "
		 "more than BPF's %d", fn->name, ra->frame_size, objects, ra->nspill_slots,
		 REGALLOC_FRAME_LIMIT);
	return -E2BIG;
}

int regalloc_run(struct ir_func *fn, struct regalloc *ra, char *err, size_t err_size)
{
	struct liveness lv;
	liveness_compute(fn, &lv);
	int *calls, ncalls;
	struct interval *its = build_intervals(fn, &lv, &calls, &ncalls);

	struct interval **order = arena_alloc(fn->arena, ((size_t)fn->nvregs + 1) * sizeof(*order));
	int n = 0;
	for (int v = 0; v < fn->nvregs; v++)
		if (its[v].start <= its[v].end)
			order[n++] = &its[v];
	qsort(order, (size_t)n, sizeof(*order), by_start);

	struct scan s = { .nslots = 0 };
	s.slot_busy_until = arena_alloc(fn->arena, ((size_t)n + 1) * sizeof(int));
	s.locs = arena_alloc(fn->arena, ((size_t)fn->nvregs + 1) * sizeof(*s.locs));
	for (int i = 0; i < n; i++)
		assign(&s, order[i]);

	ra->locs = s.locs;
	ra->nspill_slots = s.nslots;
	return layout_frame(fn, ra, err, err_size);
}
