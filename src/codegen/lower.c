/* Lowering, part one: the image (maps, programs, actions), memory
 * helpers, maps and statements. Expressions are in lower_expr.c. See
 * lower_impl.h for how values are represented. */
#include "codegen/lower_impl.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <linux/bpf.h>

#include <bpf/libbpf.h>

#include "codegen/bpf_insn.h"
#include "codegen/emit.h"
#include "runtime/hist.h"
#include "util/arena.h"

/* Objects up to this size go on the stack while the stack has room. */
#define STACK_OBJECT_MAX 64
#define STACK_OBJECTS_BUDGET 256
/* The per-CPU scratch value: a per-CPU value holds at most 32 KiB
 * (PCPU_MIN_UNIT_SIZE), which also keeps offsets into it within the
 * 16-bit displacement of loads and stores. */
#define SCRATCH_MAX 32768
/* A hash map's key: the kernel takes at most MAX_BPF_STACK bytes. */
#define MAP_KEY_MAX 512

#define GROW(arr, len, cap) do {                                              \
	if ((len) == (cap)) {                                                 \
		size_t ncap_ = (cap) ? (cap) * 2 : 8;                         \
		void *n_ = arena_alloc(w->arena, ncap_ * sizeof(*(arr)));     \
		if (len)                                                      \
			memcpy(n_, (arr), (len) * sizeof(*(arr)));            \
		(arr) = n_;                                                   \
		(cap) = ncap_;                                                \
	}                                                                     \
} while (0)

void lw_error(struct lw *w, const struct node *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = arena_vprintf(w->arena, fmt, ap);
	va_end(ap);
	diag_error(w->diag, at->span, "%s", msg);
	w->errors++;
}

/* Instructions appended from now on come from `n`. */
void lw_origin(struct lw *w, const struct node *n)
{
	if (!n)
		return;
	struct image *img = w->img;
	if (img->nspans && img->spans[img->nspans - 1].off == n->span.off &&
	    img->spans[img->nspans - 1].len == n->span.len) {
		ir_set_origin(w->fn, (uint32_t)img->nspans - 1);
		return;
	}
	GROW(img->spans, img->nspans, w->spans_cap);
	img->spans[img->nspans] = n->span;
	ir_set_origin(w->fn, (uint32_t)img->nspans++);
}

struct ir_block *lw_block(struct lw *w)
{
	return ir_block_new(w->fn);
}

struct ir_block *lw_cold(struct lw *w)
{
	struct ir_block *bb = ir_block_new(w->fn);
	bb->cold = true;
	return bb;
}

/* ---- memory ---- */

static uint32_t round8(uint32_t n)
{
	return (n + 7) & ~7u;
}

struct loc lw_object(struct lw *w, uint32_t size, const char *what)
{
	size = round8(size ? size : 8);
	if (size <= STACK_OBJECT_MAX && w->stack_used + size <= STACK_OBJECTS_BUDGET) {
		w->stack_used += size;
		return (struct loc){ LOC_SLOT, ir_stack_alloc(w->fn, what, size, 8), 0 };
	}
	if (w->scratch_used + size > SCRATCH_MAX && !w->scratch_full && w->probe) {
		w->scratch_full = true;
		lw_error(w, w->probe->list.items[0],
			 "this probe needs more than %u bytes of scratch memory for its strings and "
			 "records (max_strlen is %u): use fewer or shorter strings", SCRATCH_MAX,
			 w->types->str_capacity);
	}
	if (w->scratch_base < 0)
		w->scratch_base = ir_vreg_new(w->fn);
	struct loc l = { LOC_PTR, w->scratch_base, (int32_t)w->scratch_used };
	w->scratch_used += size;
	return l;
}

int lw_addr(struct lw *w, struct loc l)
{
	int r;
	if (l.kind == LOC_SLOT)
		r = ir_stack_addr(w->fn, l.base);
	else if (!l.off)
		return l.base;
	else
		r = ir_mov(w->fn, l.base);
	if (l.off)
		ir_alu_to(w->fn, r, IR_ADD, 0, r, ir_imm(l.off));
	return r;
}

static struct ir_value loc_base(struct loc l)
{
	return l.kind == LOC_SLOT ? ir_slot(l.base) : ir_vreg(l.base);
}

static int helper3(struct lw *w, int helper, int a, int b, int c)
{
	int args[3] = { a, b, c };
	return ir_call(w->fn, helper, args, 3);
}

/* Reads `size` bytes of kernel (or user) memory at `src` into `dst`
 * (never fails visibly: on a fault the destination is zeroed by the helper). */
static void probe_read(struct lw *w, struct loc dst, int src_addr, uint32_t size, bool user)
{
	int d = lw_addr(w, dst);
	int n = ir_mov_imm(w->fn, size);
	helper3(w, user ? BPF_FUNC_probe_read_user : BPF_FUNC_probe_read_kernel, d, n, src_addr);
}

int lw_load(struct lw *w, struct loc l, uint32_t off, unsigned size, bool is_signed)
{
	unsigned flags = is_signed ? IR_F_SIGNED : 0;
	if (l.kind == LOC_BTF && l.off + (int64_t)off <= INT16_MAX)
		return ir_load(w->fn, size, flags, ir_vreg(l.base), (int16_t)(l.off + (int32_t)off));
	if (loc_is_foreign(l)) {
		struct loc tmp = lw_object(w, 8, "tmp");
		int a = ir_mov(w->fn, l.base);
		ir_alu_to(w->fn, a, IR_ADD, 0, a, ir_imm(l.off + (int32_t)off));
		probe_read(w, tmp, a, size, l.kind == LOC_USER);
		/* tmp is on the stack or, once the stack budget is spent, in the
		 * scratch value: either way its own base. */
		return ir_load(w->fn, size, flags, loc_base(tmp), (int16_t)tmp.off);
	}
	return ir_load(w->fn, size, flags, loc_base(l), (int16_t)(l.off + (int32_t)off));
}

void lw_store(struct lw *w, struct loc l, uint32_t off, unsigned size, struct ir_value v)
{
	ir_store(w->fn, size, loc_base(l), (int16_t)(l.off + (int32_t)off), v);
}

static unsigned chunk(int32_t a, int32_t b, uint32_t left)
{
	unsigned c = 8;
	while (c > 1 && ((a & (int32_t)(c - 1)) || (b & (int32_t)(c - 1)) || c > left))
		c /= 2;
	return c;
}

void lw_zero(struct lw *w, struct loc l, uint32_t size)
{
	for (uint32_t i = 0; i < size;) {
		unsigned c = chunk(l.off + (int32_t)i, 0, size - i);
		lw_store(w, l, i, c, ir_imm(0));
		i += c;
	}
}

void lw_copy(struct lw *w, struct loc dst, struct loc src, uint32_t size)
{
	if (!size)
		return;
	if (loc_is_foreign(src)) {
		int a = ir_mov(w->fn, src.base);
		if (src.off)
			ir_alu_to(w->fn, a, IR_ADD, 0, a, ir_imm(src.off));
		probe_read(w, dst, a, size, src.kind == LOC_USER);
		return;
	}
	for (uint32_t i = 0; i < size;) {
		unsigned c = chunk(dst.off + (int32_t)i, src.off + (int32_t)i, size - i);
		int v = lw_load(w, src, i, c, false);
		lw_store(w, dst, i, c, ir_vreg(v));
		i += c;
	}
}

bool lw_in_register(const struct type *ty)
{
	return ty && (ty->kind == TY_INT || ty->kind == TY_BOOL || ty->kind == TY_POINTER ||
		      ty->kind == TY_KSYM || ty->kind == TY_TIMESTAMP ||
		      ty->kind == TY_USERNAME || ty->kind == TY_SYSCALL ||
		      ty->kind == TY_STACK);
}

void lw_store_val(struct lw *w, struct loc l, const struct type *ty, struct val v)
{
	if (!ty)
		return;
	if (lw_in_register(ty)) {
		int r = v.is_mem ? lw_read_val(w, v.loc, v.ty).reg : v.reg;
		lw_store(w, l, 0, 8, ir_vreg(r));
		return;
	}
	uint32_t size = image_storage_size(ty);
	if (!v.is_mem)
		return;
	if ((ty->kind == TY_TUPLE || ty->kind == TY_RECORD) && v.ty && v.ty != ty &&
	    v.ty->kind == ty->kind && v.ty->nfields == ty->nfields) {
		/* Same shape, different field types (widened): field by field. */
		for (int i = 0; i < ty->nfields; i++) {
			struct loc fl = l, vl = v.loc;
			fl.off += (int32_t)image_field_offset(ty, i);
			vl.off += (int32_t)image_field_offset(v.ty, i);
			struct val fv = lw_read_val(w, vl, v.ty->fields[i]);
			lw_store_val(w, fl, ty->fields[i], fv);
		}
		return;
	}
	uint32_t have = v.ty ? image_storage_size(v.ty) : size;
	if (have < size)
		lw_zero(w, l, size);
	if (type_buffer_has_length(ty) && type_buffer_has_length(v.ty) &&
	    v.ty->capacity < ty->capacity) {
		/* a smaller buf(): its bytes, and its length byte moved after ours */
		lw_copy(w, l, v.loc, v.ty->capacity);
		lw_store(w, l, ty->capacity, 1, ir_vreg(lw_load(w, v.loc, v.ty->capacity, 1, false)));
		return;
	}
	lw_copy(w, l, v.loc, have < size ? have : size);
}

struct val lw_read_val(struct lw *w, struct loc l, const struct type *ty)
{
	if (lw_in_register(ty))
		return lw_int(w, lw_load(w, l, 0, 8, false), ty);
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

struct loc lw_materialize(struct lw *w, struct val v, const struct type *ty)
{
	if (v.is_mem && !loc_is_foreign(v.loc) && (v.ty == ty ||
	    (v.ty && ty && v.ty->kind == TY_STRING && ty->kind == TY_STRING &&
	     v.ty->capacity == ty->capacity)))
		return v.loc;
	uint32_t size = image_storage_size(ty);
	struct loc l = lw_object(w, size, "value");
	if (!lw_in_register(ty))
		lw_zero(w, l, round8(size));
	lw_store_val(w, l, ty, v);
	return l;
}

/* The ring buffer of the CPU this runs on, from the array of them: the
 * records of one probe firing then reach user space together, in order,
 * as with perf buffers, instead of between another CPU's. NULL cannot
 * happen (every possible CPU has one), but the verifier needs the check:
 * such a record is dropped. */
static int cpu_ringbuf(struct lw *w, struct ir_block *none)
{
	if (w->cpu_key_fn != w->fn) {
		w->cpu_key = lw_object(w, 8, "cpu");
		w->cpu_key_fn = w->fn;
	}
	int cpu = ir_call(w->fn, BPF_FUNC_get_smp_processor_id, NULL, 0);
	lw_store(w, w->cpu_key, 0, 4, ir_vreg(cpu));
	int args[2] = { ir_map_fd(w->fn, (uint32_t)w->img->ringbuf_map), lw_addr(w, w->cpu_key) };
	int m = ir_call(w->fn, BPF_FUNC_map_lookup_elem, args, 2);
	struct ir_block *found = lw_block(w);
	ir_br(w->fn, IR_EQ, 0, m, ir_imm(0), none, found);
	ir_set_block(w->fn, found);
	return m;
}

/* `anywhere`: a record whose order does not matter (a warning) may go to
 * the first ring buffer, without finding the CPU's. */
static void send(struct lw *w, struct loc rec, uint32_t size, bool count_lost, bool anywhere)
{
	struct ir_block *next = lw_block(w);
	/* BEGIN and END run alone: any one ring buffer keeps their order. */
	anywhere = anywhere || w->prov == PROV_BEGIN || w->prov == PROV_END;
	int m = w->img->ringbuf_per_cpu && !anywhere ? cpu_ringbuf(w, next)
		: ir_map_fd(w->fn, (uint32_t)(w->img->ringbuf_per_cpu ? w->img->ringbuf_first_map
								       : w->img->ringbuf_map));
	int p = lw_addr(w, rec);
	int n = ir_mov_imm(w->fn, size);
	int flags = ir_mov_imm(w->fn, 0);
	int args[4] = { m, p, n, flags };
	int r = ir_call(w->fn, BPF_FUNC_ringbuf_output, args, 4);
	if (!count_lost) {
		ir_jmp(w->fn, next);
		ir_set_block(w->fn, next);
		return;
	}
	struct ir_block *lost = lw_cold(w);
	ir_br(w->fn, IR_SLT, 0, r, ir_imm(0), lost, next);
	ir_set_block(w->fn, lost);
	struct loc key = lw_object(w, 8, "key");
	lw_store(w, key, 0, 4, ir_imm(0));
	int lm = ir_map_fd(w->fn, (uint32_t)w->img->lost_map);
	int ka = lw_addr(w, key);
	int largs[2] = { lm, ka };
	int v = ir_call(w->fn, BPF_FUNC_map_lookup_elem, largs, 2);
	struct ir_block *inc = lw_cold(w);
	ir_br(w->fn, IR_EQ, 0, v, ir_imm(0), next, inc);
	ir_set_block(w->fn, inc);
	int old = ir_load(w->fn, 8, 0, ir_vreg(v), 0);
	ir_alu_to(w->fn, old, IR_ADD, 0, old, ir_imm(1));
	ir_store(w->fn, 8, ir_vreg(v), 0, ir_vreg(old));
	ir_jmp(w->fn, next);
	ir_set_block(w->fn, next);
}

void lw_send(struct lw *w, struct loc rec, uint32_t size, bool count_lost)
{
	send(w, rec, size, count_lost, false);
}

/* ---- the image ---- */

static int add_map(struct lw *w, const char *name, enum image_map_role role, enum map_kind kind,
		   uint32_t key_size, uint32_t value_size, uint32_t max_entries)
{
	struct image *img = w->img;
	GROW(img->maps, img->nmaps, w->maps_cap);
	struct image_map *m = &img->maps[img->nmaps];
	memset(m, 0, sizeof(*m));
	m->name = name;
	m->role = role;
	m->kind = kind;
	m->key_size = key_size;
	m->value_size = value_size;
	m->max_entries = max_entries;
	return (int)img->nmaps++;
}

int lw_action(struct lw *w, enum image_action_kind kind, const struct node *at)
{
	struct image *img = w->img;
	GROW(img->actions, img->nactions, w->actions_cap);
	struct image_action *a = &img->actions[img->nactions];
	memset(a, 0, sizeof(*a));
	a->kind = kind;
	a->map = -1;
	a->record_size = 8;
	if (at)
		a->span = at->span;
	return (int)img->nactions++;
}

static enum image_agg agg_of(const struct type *ty)
{
	switch (ty ? ty->kind : TY_VOID) {
	case TY_COUNT: return AGG_COUNT;
	case TY_SUM:   return AGG_SUM;
	case TY_MIN:   return AGG_MIN;
	case TY_MAX:   return AGG_MAX;
	case TY_AVG:   return AGG_AVG;
	case TY_STATS: return AGG_STATS;
	case TY_HIST:  return AGG_HIST;
	case TY_LHIST: return AGG_LHIST;
	default:       return AGG_NONE;
	}
}

struct lmap *lw_map(struct lw *w, const char *name)
{
	for (int i = 0; i < w->nlmaps; i++)
		if (!strcmp(w->lmaps[i].tm->name, name))
			return &w->lmaps[i];
	return NULL;
}

static uint32_t config_max_keys(const struct node *program)
{
	for (int i = 0; i < program->list.len; i++) {
		const struct node *cfg = program->list.items[i];
		if (cfg->kind != N_CONFIG)
			continue;
		for (int j = 0; j < cfg->list.len; j++) {
			const struct node *it = cfg->list.items[j];
			if (!strcmp(it->name, "max_map_keys") && it->lhs && it->lhs->kind == N_INT)
				return (uint32_t)it->lhs->ival;
		}
	}
	return 0;
}

/* config = { missing_probes = ... }: "warn" (the default), "ignore" or "error". */
static const char *config_missing_probes(const struct node *program)
{
	for (int i = 0; program && i < program->list.len; i++) {
		const struct node *cfg = program->list.items[i];
		if (cfg->kind != N_CONFIG)
			continue;
		for (int j = 0; j < cfg->list.len; j++) {
			const struct node *it = cfg->list.items[j];
			if (!strcmp(it->name, "missing_probes") && it->lhs &&
			    (it->lhs->kind == N_STRING || it->lhs->kind == N_IDENT))
				return it->lhs->kind == N_STRING ? it->lhs->str : it->lhs->name;
		}
	}
	return "warn";
}

static void create_maps(struct lw *w, const struct typecheck_map *maps, uint32_t max_keys)
{
	int n = 0;
	for (const struct typecheck_map *m = maps; m; m = m->next)
		n++;
	w->lmaps = arena_alloc(w->arena, sizeof(*w->lmaps) * (size_t)(n + 1));
	for (const struct typecheck_map *m = maps; m; m = m->next) {
		if (!m->value)
			continue;   /* never assigned: uses report it */
		struct lmap *l = &w->lmaps[w->nlmaps++];
		l->tm = m;
		l->name = arena_printf(w->arena, "@%s", m->name);
		l->agg = agg_of(m->value);
		l->key = m->key;
		l->value = m->value;
		l->key_size = m->key ? image_storage_size(m->key) : 8;
		l->value_size = image_storage_size(m->value);
		if (l->key_size > MAP_KEY_MAX && m->at)
			lw_error(w, m->at, "map '@%s' has keys of %u bytes, more than the %u a BPF hash "
				 "map takes (max_strlen is %u)", m->name, l->key_size, MAP_KEY_MAX,
				 w->types->str_capacity);
		l->percpu = l->agg != AGG_NONE;
		if (l->percpu && l->value_size > w->zero_size)
			w->zero_size = l->value_size;
		if (!l->percpu && l->value_size > w->zero_size && m->value->kind != TY_INT)
			w->zero_size = l->value_size;
		l->index = add_map(w, l->name, MAPROLE_USER, l->percpu ? MAP_PERCPU_HASH : MAP_HASH,
				   l->key_size, l->value_size, max_keys);
		struct image_map *im = &w->img->maps[l->index];
		im->key = m->key;
		im->value = m->value;
		im->agg = l->agg;
		if (m->at)
			im->span = m->at->span;
	}
}

/* ---- statements ---- */

static struct var *var_find(struct lw *w, const char *name)
{
	for (struct var *v = w->vars; v; v = v->next)
		if (!strcmp(v->name, name))
			return v;
	return NULL;
}

/* A scratch variable's storage: a vreg for scalars, an object otherwise.
 * Declared on first assignment; the type pass fixed one type per name. */
static struct var *var_get(struct lw *w, struct node *var)
{
	struct var *v = var_find(w, var->name);
	if (v)
		return v;
	v = arena_alloc(w->arena, sizeof(*v));
	v->name = var->name;
	v->v.ty = var->ty;
	if (lw_in_register(var->ty)) {
		v->v.reg = ir_vreg_new(w->fn);
	} else if (var->ty) {
		v->v.is_mem = true;
		v->v.loc = lw_object(w, image_storage_size(var->ty), var->name);
	}
	/* Declared before any branch: the entry block zeroes it. */
	v->next = w->vars;
	w->vars = v;
	return v;
}

/* Every variable gets its initial zero at the top of the program, so it
 * is defined on every path (the verifier and the allocator need that). */
static void declare_vars(struct lw *w, struct node *n)
{
	if (!n)
		return;
	if ((n->kind == N_VAR) && n->ty && !var_find(w, n->name)) {
		struct var *v = var_get(w, n);
		if (v->v.is_mem)
			lw_zero(w, v->v.loc, round8(image_storage_size(v->v.ty)));
		else
			ir_mov_imm_to(w->fn, v->v.reg, 0);
	}
	struct node *kids[] = { n->lhs, n->rhs, n->cond, n->then, n->els, n->body };
	for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++)
		declare_vars(w, kids[i]);
	for (int i = 0; i < n->list.len; i++)
		declare_vars(w, n->list.items[i]);
}

static void assign_var(struct lw *w, struct node *target, struct val v)
{
	struct var *var = var_get(w, target);
	if (!var->v.ty)
		return;
	if (var->v.is_mem) {
		if (v.is_mem && v.loc.kind == var->v.loc.kind && v.loc.base == var->v.loc.base &&
		    v.loc.off == var->v.loc.off)
			return;
		uint32_t size = image_storage_size(var->v.ty);
		if (v.ty && (var->v.ty->kind == TY_STRING || var->v.ty->kind == TY_BUFFER))
			lw_zero(w, var->v.loc, round8(size));
		lw_store_val(w, var->v.loc, var->v.ty, v);
		return;
	}
	int r = v.is_mem ? lw_read_val(w, v.loc, v.ty).reg : v.reg;
	ir_mov_to(w->fn, var->v.reg, r);
}

/* A map-full report: one record, warned about once in user space. */
static void report_full(struct lw *w, struct lmap *m, const struct node *at)
{
	int id = lw_action(w, ACT_MAP_FULL, at);
	w->img->actions[id].map = m->index;
	struct loc rec = lw_object(w, 8, "record");
	lw_store(w, rec, 0, 8, ir_imm(id));
	/* Not counted as lost when refused: the next full update reports again.
	 * A warning, in no order with the output. */
	send(w, rec, 8, false, true);
}

static void map_assign(struct lw *w, struct node *target, struct val v)
{
	struct node *mapn = target->kind == N_MAP ? target : target->lhs;
	struct lmap *m = lw_map(w, mapn->name);
	if (!m) {
		lw_error(w, target, "map '@%s' has no value type", mapn->name);
		return;
	}
	struct loc key = lw_map_key(w, m, target);
	struct loc value = lw_materialize(w, v, m->value);
	int mf = ir_map_fd(w->fn, (uint32_t)m->index);
	int k = lw_addr(w, key), p = lw_addr(w, value);
	int flags = ir_mov_imm(w->fn, BPF_ANY);
	int args[4] = { mf, k, p, flags };
	int r = ir_call(w->fn, BPF_FUNC_map_update_elem, args, 4);
	struct ir_block *full = lw_cold(w), *next = lw_block(w);
	ir_br(w->fn, IR_EQ, 0, r, ir_imm(-E2BIG), full, next);
	ir_set_block(w->fn, full);
	report_full(w, m, target);
	ir_jmp(w->fn, next);
	ir_set_block(w->fn, next);
}

/* The aggregation update: `p` points at this CPU's value, `x` is the
 * argument (-1 for count()). */
static void agg_update(struct lw *w, struct lmap *m, int p, int x)
{
	struct ir_func *fn = w->fn;
	switch (m->agg) {
	case AGG_COUNT: {
		int c = ir_load(fn, 8, 0, ir_vreg(p), 0);
		ir_alu_to(fn, c, IR_ADD, 0, c, ir_imm(1));
		ir_store(fn, 8, ir_vreg(p), 0, ir_vreg(c));
		break;
	}
	case AGG_SUM: {
		int c = ir_load(fn, 8, 0, ir_vreg(p), 0);
		ir_alu_to(fn, c, IR_ADD, 0, c, ir_vreg(x));
		ir_store(fn, 8, ir_vreg(p), 0, ir_vreg(c));
		break;
	}
	case AGG_AVG:
	case AGG_STATS: {
		int t = ir_load(fn, 8, 0, ir_vreg(p), 0);
		ir_alu_to(fn, t, IR_ADD, 0, t, ir_vreg(x));
		ir_store(fn, 8, ir_vreg(p), 0, ir_vreg(t));
		int c = ir_load(fn, 8, 0, ir_vreg(p), 8);
		ir_alu_to(fn, c, IR_ADD, 0, c, ir_imm(1));
		ir_store(fn, 8, ir_vreg(p), 8, ir_vreg(c));
		break;
	}
	case AGG_MIN:
	case AGG_MAX: {
		bool is_signed = m->value->target && m->value->target->is_signed;
		struct ir_block *set = lw_block(w), *cmp = lw_block(w), *next = lw_block(w);
		int s = ir_load(fn, 8, 0, ir_vreg(p), 8);
		ir_br(fn, IR_EQ, 0, s, ir_imm(0), set, cmp);
		ir_set_block(fn, cmp);
		int cur = ir_load(fn, 8, 0, ir_vreg(p), 0);
		enum ir_cond c = m->agg == AGG_MIN ? (is_signed ? IR_SLT : IR_LT)
						   : (is_signed ? IR_SGT : IR_GT);
		ir_br(fn, c, 0, x, ir_vreg(cur), set, next);
		ir_set_block(fn, set);
		ir_store(fn, 8, ir_vreg(p), 0, ir_vreg(x));
		ir_store(fn, 8, ir_vreg(p), 8, ir_imm(1));
		ir_jmp(fn, next);
		ir_set_block(fn, next);
		break;
	}
	case AGG_HIST:
	case AGG_LHIST: {
		int idx = m->agg == AGG_HIST
				  ? lw_hist_index(w, x, m->value->bits)
				  : lw_lhist_index(w, x, m->value->min, m->value->max, m->value->step);
		ir_alu_to(fn, idx, IR_LSH, 0, idx, ir_imm(3));
		int q = ir_mov(fn, p);
		ir_alu_to(fn, q, IR_ADD, 0, q, ir_vreg(idx));
		int c = ir_load(fn, 8, 0, ir_vreg(q), 0);
		ir_alu_to(fn, c, IR_ADD, 0, c, ir_imm(1));
		ir_store(fn, 8, ir_vreg(q), 0, ir_vreg(c));
		break;
	}
	case AGG_NONE:
		break;
	}
}

/* p = the value of `key` (NULL when absent). */
static void lookup_to(struct lw *w, struct lmap *m, struct loc key, int p)
{
	int a[2] = { ir_map_fd(w->fn, (uint32_t)m->index), lw_addr(w, key) };
	ir_call_to(w->fn, p, BPF_FUNC_map_lookup_elem, a, 2);
}

/* Inserts `value` (memory, or a vreg pointing at it) under `key`
 * (BPF_NOEXIST), then goes
 * on to `inserted`; when `inserted` is NULL, or another CPU inserted the
 * key first, looks it up again into p and goes on to `have`. A full map is
 * reported and goes on to `done`. All of it is cold code. */
static void insert_new(struct lw *w, struct lmap *m, struct loc key, struct val value, int p,
		       const struct node *at, struct ir_block *inserted, struct ir_block *have,
		       struct ir_block *done)
{
	struct ir_func *fn = w->fn;
	/* A per-CPU map's first value can be stored with BPF_ANY: when
	 * another CPU inserted the key since the lookup, the update writes
	 * only this CPU's share, which was still zero. */
	bool any = inserted && m->percpu;
	/* Operands in argument order: no register shuffle before the call. */
	int mf = ir_map_fd(fn, (uint32_t)m->index), k = lw_addr(w, key);
	int v = value.is_mem ? lw_addr(w, value.loc) : value.reg;
	int ua[4] = { mf, k, v, ir_mov_imm(fn, any ? BPF_ANY : BPF_NOEXIST) };
	int r = ir_call(fn, BPF_FUNC_map_update_elem, ua, 4);
	struct ir_block *failed = inserted ? lw_cold(w) : NULL;
	if (any) {
		struct ir_block *full = lw_cold(w);
		ir_br(fn, IR_EQ, 0, r, ir_imm(0), inserted, failed);
		ir_set_block(fn, failed);
		ir_br(fn, IR_EQ, 0, r, ir_imm(-E2BIG), full, done);
		ir_set_block(fn, full);
		report_full(w, m, at);
		ir_jmp(fn, done);
		return;
	}
	struct ir_block *full = lw_cold(w), *again = lw_cold(w);
	if (inserted) {
		ir_br(fn, IR_EQ, 0, r, ir_imm(0), inserted, failed);
		ir_set_block(fn, failed);
	}
	ir_br(fn, IR_EQ, 0, r, ir_imm(-E2BIG), full, again);
	ir_set_block(fn, full);
	report_full(w, m, at);
	ir_jmp(fn, done);
	ir_set_block(fn, again);
	lookup_to(w, m, key, p);
	ir_br(fn, IR_EQ, 0, p, ir_imm(0), done, have);
}

/* Looks the key up; when absent, inserts zeros from the zero map and looks
 * again. Returns p and continues in a block where `*p` is this entry's
 * value; a failure (map full) goes to `done`. */
static int lookup_or_init(struct lw *w, struct lmap *m, struct loc key, const struct node *at,
			  struct ir_block *done)
{
	struct ir_func *fn = w->fn;
	int p = ir_vreg_new(fn);
	lookup_to(w, m, key, p);
	struct ir_block *init = lw_cold(w), *have = lw_block(w), *ins = lw_cold(w);
	ir_br(fn, IR_EQ, 0, p, ir_imm(0), init, have);

	ir_set_block(fn, init);
	struct loc zk = lw_object(w, 8, "key");
	lw_store(w, zk, 0, 4, ir_imm(0));
	int za[2] = { ir_map_fd(fn, (uint32_t)w->zero_map), lw_addr(w, zk) };
	int z = ir_call(fn, BPF_FUNC_map_lookup_elem, za, 2);
	ir_br(fn, IR_EQ, 0, z, ir_imm(0), done, ins);
	ir_set_block(fn, ins);
	insert_new(w, m, key, (struct val){ .reg = z }, p, at, NULL, have, done);
	ir_set_block(fn, have);
	return p;
}

/* count, sum, min, max, avg, stats: look up and update in place; on a
 * miss, insert the first value itself with one update, as hand-written
 * BPF does. hist/lhist start from the zero map. */
static void aggregate(struct lw *w, struct node *target, struct node *call)
{
	struct ir_func *fn = w->fn;
	struct node *mapn = target->kind == N_MAP ? target : target->lhs;
	struct lmap *m = lw_map(w, mapn->name);
	if (!m)
		return;
	int x = call->list.len ? lw_scalar(w, call->list.items[0]) : -1;
	struct loc key = lw_map_key(w, m, target);
	struct ir_block *next = lw_block(w);
	if (m->agg == AGG_HIST || m->agg == AGG_LHIST) {
		int p = lookup_or_init(w, m, key, call, next);
		agg_update(w, m, p, x);
		ir_jmp(fn, next);
		ir_set_block(fn, next);
		return;
	}
	int p = ir_vreg_new(fn);
	lookup_to(w, m, key, p);
	struct ir_block *init = lw_cold(w), *have = lw_block(w);
	ir_br(fn, IR_EQ, 0, p, ir_imm(0), init, have);

	ir_set_block(fn, init);
	struct loc first = lw_object(w, 16, "first");
	if (m->agg == AGG_COUNT) {
		lw_store(w, first, 0, 8, ir_imm(1));
	} else {
		lw_store(w, first, 0, 8, ir_vreg(x));
		if (m->agg != AGG_SUM)
			lw_store(w, first, 8, 8, ir_imm(1));
	}
	insert_new(w, m, key, (struct val){ .is_mem = true, .loc = first }, p, call, next, have, next);

	ir_set_block(fn, have);
	agg_update(w, m, p, x);
	ir_jmp(fn, next);
	ir_set_block(fn, next);
}

/* @m op= v, @m++: read (0 when absent), combine, write back. */
static void map_rmw(struct lw *w, struct node *target, enum op op, struct node *rhs,
		    struct node *at)
{
	struct node *mapn = target->kind == N_MAP ? target : target->lhs;
	struct lmap *m = lw_map(w, mapn->name);
	if (!m)
		return;
	if (m->agg != AGG_NONE || !lw_in_register(m->value)) {
		lw_error(w, at, "'%s' needs an integer map, not %s", op_text(op),
			 type_name(w->arena, m->value));
		return;
	}
	struct loc key = lw_map_key(w, m, target);
	struct ir_block *next = lw_block(w);
	int p = lookup_or_init(w, m, key, at, next);
	int old = ir_load(w->fn, 8, 0, ir_vreg(p), 0);
	int b = rhs ? lw_scalar(w, rhs) : ir_mov_imm(w->fn, 1);
	int nv = op == OP_DIV || op == OP_MOD
			 ? lw_checked_division(w, at, old, b, m->value->is_signed)
			 : lw_arith(w, op, old, b, m->value->is_signed);
	ir_store(w->fn, 8, ir_vreg(p), 0, ir_vreg(nv));
	ir_jmp(w->fn, next);
	ir_set_block(w->fn, next);
}

static bool is_aggregation_call(const struct node *n)
{
	static const char *const names[] = { "count", "sum", "min", "max", "avg", "stats", "hist",
					     "lhist" };
	if (!n || n->kind != N_CALL)
		return false;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(n->name, names[i]))
			return true;
	return false;
}

static void assign(struct lw *w, struct node *n)
{
	struct node *t = n->lhs;
	bool is_map = t->kind == N_MAP || t->kind == N_MAP_ACCESS;
	if (is_map && is_aggregation_call(n->rhs) && n->op == OP_NONE) {
		aggregate(w, t, n->rhs);
		return;
	}
	if (is_map && n->op != OP_NONE) {
		map_rmw(w, t, n->op, n->rhs, n);
		return;
	}
	if (t->kind == N_VAR && n->op != OP_NONE) {
		struct var *v = var_get(w, t);
		int b = lw_scalar(w, n->rhs);
		bool s = t->ty && t->ty->is_signed;
		ir_mov_to(w->fn, v->v.reg, n->op == OP_DIV || n->op == OP_MOD
						   ? lw_checked_division(w, n, v->v.reg, b, s)
						   : lw_arith(w, n->op, v->v.reg, b, s));
		return;
	}
	struct val v = lw_expr(w, n->rhs);
	if (is_map)
		map_assign(w, t, v);
	else if (t->kind == N_VAR)
		assign_var(w, t, v);
	else
		lw_error(w, t, "assignment to this expression is not implemented");
}

/* x++ / x-- as statements and expressions: returns the old or new value. */
int lw_incdec(struct lw *w, struct node *target, bool inc, bool post)
{
	if (target->kind == N_VAR) {
		struct var *v = var_get(w, target);
		int old = ir_mov(w->fn, v->v.reg);
		ir_alu_to(w->fn, v->v.reg, inc ? IR_ADD : IR_SUB, 0, v->v.reg, ir_imm(1));
		return post ? old : ir_mov(w->fn, v->v.reg);
	}
	if (target->kind == N_MAP || target->kind == N_MAP_ACCESS) {
		struct node *mapn = target->kind == N_MAP ? target : target->lhs;
		struct lmap *m = lw_map(w, mapn->name);
		if (!m || !lw_in_register(m->value) || m->agg != AGG_NONE) {
			lw_error(w, target, "'++'/'--' need an integer map");
			return ir_mov_imm(w->fn, 0);
		}
		int result = ir_vreg_new(w->fn);
		ir_mov_imm_to(w->fn, result, 0);
		struct loc key = lw_map_key(w, m, target);
		struct ir_block *next = lw_block(w);
		int p = lookup_or_init(w, m, key, target, next);
		int old = ir_load(w->fn, 8, 0, ir_vreg(p), 0);
		int nv = ir_alu(w->fn, inc ? IR_ADD : IR_SUB, 0, old, ir_imm(1));
		ir_store(w->fn, 8, ir_vreg(p), 0, ir_vreg(nv));
		ir_mov_to(w->fn, result, post ? old : nv);
		ir_jmp(w->fn, next);
		ir_set_block(w->fn, next);
		return result;
	}
	lw_error(w, target, "'++'/'--' need a variable or a map");
	return ir_mov_imm(w->fn, 0);
}

static void stmt_list(struct lw *w, struct node *block)
{
	if (!block)
		return;
	if (block->kind != N_BLOCK) {
		lw_stmt(w, block);
		return;
	}
	for (int i = 0; i < block->list.len; i++)
		lw_stmt(w, block->list.items[i]);
	if (block->rhs)
		lw_expr(w, block->rhs);
}

static void if_stmt(struct lw *w, struct node *n)
{
	struct ir_block *t = lw_block(w), *f = n->els ? lw_block(w) : NULL, *next = lw_block(w);
	lw_cond(w, n->cond, t, f ? f : next);
	ir_set_block(w->fn, t);
	stmt_list(w, n->then);
	ir_jmp(w->fn, next);
	if (f) {
		ir_set_block(w->fn, f);
		stmt_list(w, n->els);
		ir_jmp(w->fn, next);
	}
	ir_set_block(w->fn, next);
}

static void loop_body(struct lw *w, struct node *body, struct ir_block *brk, struct ir_block *cont)
{
	struct loop_ctx l = { brk, cont, w->loop };
	w->loop = &l;
	stmt_list(w, body);
	w->loop = l.outer;
}

static void while_stmt(struct lw *w, struct node *n)
{
	struct ir_block *head = lw_block(w), *body = lw_block(w), *next = lw_block(w);
	ir_jmp(w->fn, head);
	ir_set_block(w->fn, head);
	lw_cond(w, n->cond, body, next);
	ir_set_block(w->fn, body);
	loop_body(w, n->body, next, head);
	ir_jmp(w->fn, head);
	ir_set_block(w->fn, next);
}

static void unroll_stmt(struct lw *w, struct node *n)
{
	uint64_t count = n->cond && n->cond->kind == N_INT ? n->cond->ival : 0;
	struct ir_block *next = lw_block(w);
	for (uint64_t i = 0; i < count; i++) {
		struct ir_block *cont = lw_block(w);
		loop_body(w, n->body, next, cont);
		ir_jmp(w->fn, cont);
		ir_set_block(w->fn, cont);
	}
	ir_jmp(w->fn, next);
	ir_set_block(w->fn, next);
}

static void for_range(struct lw *w, struct node *n)
{
	struct var *v = var_get(w, n->lhs);
	int start = lw_scalar(w, n->cond), end = lw_scalar(w, n->rhs);
	int end_reg = ir_mov(w->fn, end);
	bool is_signed = n->lhs->ty && n->lhs->ty->is_signed;
	ir_mov_to(w->fn, v->v.reg, start);
	struct ir_block *head = lw_block(w), *body = lw_block(w), *cont = lw_block(w),
			*next = lw_block(w);
	ir_jmp(w->fn, head);
	ir_set_block(w->fn, head);
	ir_br(w->fn, is_signed ? IR_SLT : IR_LT, 0, v->v.reg, ir_vreg(end_reg), body, next);
	ir_set_block(w->fn, body);
	loop_body(w, n->body, next, cont);
	ir_jmp(w->fn, cont);
	ir_set_block(w->fn, cont);
	ir_alu_to(w->fn, v->v.reg, IR_ADD, 0, v->v.reg, ir_imm(1));
	ir_jmp(w->fn, head);
	ir_set_block(w->fn, next);
}

void lw_stmt(struct lw *w, struct node *n)
{
	if (!n)
		return;
	lw_origin(w, n);
	switch (n->kind) {
	case N_EXPR_STMT:
		lw_expr(w, n->lhs);
		break;
	case N_DISCARD:
		lw_expr(w, n->rhs ? n->rhs : n->lhs);
		break;
	case N_ASSIGN:
		assign(w, n);
		break;
	case N_LET:
		if (n->rhs)
			assign_var(w, n->lhs, lw_expr(w, n->rhs));
		else
			var_get(w, n->lhs);
		break;
	case N_IF:
		if_stmt(w, n);
		break;
	case N_WHILE:
		while_stmt(w, n);
		break;
	case N_UNROLL:
		unroll_stmt(w, n);
		break;
	case N_FOR_RANGE:
		for_range(w, n);
		break;
	case N_FOR_MAP:
		lw_for_map(w, n);
		break;
	case N_BREAK:
	case N_CONTINUE:
		if (w->loop)
			ir_jmp(w->fn, n->kind == N_BREAK ? w->loop->brk : w->loop->cont);
		ir_set_block(w->fn, lw_block(w));   /* unreachable code after it */
		break;
	case N_RETURN:
		if (w->inl) {
			lw_fn_return(w, n);
			break;
		}
		ir_jmp(w->fn, w->done);
		ir_set_block(w->fn, lw_block(w));
		break;
	case N_BLOCK:
		stmt_list(w, n);
		break;
	default:
		lw_expr(w, n);
		break;
	}
}

/* ---- programs ---- */

static bool uses_ident(const struct node *n, const char *name)
{
	if (!n)
		return false;
	if (n->kind == N_IDENT && !strcmp(n->name, name))
		return true;
	if (n->kind == N_CALL && !strcmp(n->name, name))
		return true;
	const struct node *kids[] = { n->lhs, n->rhs, n->cond, n->then, n->els, n->body };
	for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++)
		if (uses_ident(kids[i], name))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (uses_ident(n->list.items[i], name))
			return true;
	return false;
}

static bool attach_specific(const struct node *probe)
{
	static const char *const names[] = { "probe", "args", "func", "__builtin_probe" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (uses_ident(probe->cond, names[i]) || uses_ident(probe->body, names[i]))
			return true;
	return false;
}

struct prog_kind {
	enum bpf_prog_type type;
	enum bpf_attach_type expected;
	bool btf;       /* target through BTF */
};

static bool prog_kind_of(enum provider p, struct prog_kind *k)
{
	memset(k, 0, sizeof(*k));
	switch (p) {
	case PROV_BEGIN:
	case PROV_END:
		k->type = BPF_PROG_TYPE_RAW_TRACEPOINT;
		return true;
	case PROV_TRACEPOINT:
		k->type = BPF_PROG_TYPE_TRACEPOINT;
		return true;
	case PROV_RAWTRACEPOINT:
		k->type = BPF_PROG_TYPE_TRACING;
		k->expected = BPF_TRACE_RAW_TP;
		k->btf = true;
		return true;
	case PROV_PROFILE:
	case PROV_INTERVAL:
	case PROV_SOFTWARE:
	case PROV_HARDWARE:
		k->type = BPF_PROG_TYPE_PERF_EVENT;
		return true;
	case PROV_KPROBE:
	case PROV_KRETPROBE:
	case PROV_UPROBE:
	case PROV_URETPROBE:
	case PROV_USDT:
		k->type = BPF_PROG_TYPE_KPROBE;
		return true;
	case PROV_FENTRY:
	case PROV_FEXIT:
		k->type = BPF_PROG_TYPE_TRACING;
		k->expected = p == PROV_FENTRY ? BPF_TRACE_FENTRY : BPF_TRACE_FEXIT;
		k->btf = true;
		return true;
	default:
		return false;
	}
}

static const char *prog_name(struct lw *w, const struct image_attach *a, enum provider p)
{
	const struct provider_info *pi = provider_info(p);
	const char *base = pi ? pi->name : "probe";
	if (p == PROV_BEGIN || p == PROV_END)
		return pi->name;
	const char *what = a && a->spec->func ? a->spec->func : a && a->spec->target ? a->spec->target : "";
	return arena_printf(w->arena, "%s_%s", base, what);
}

/* The pid filter of -p: `if (pid != target) return 0`. */
static void pid_filter(struct lw *w)
{
	if (!w->o->filter_pid || !w->o->target_pid)
		return;
	/* Timers and BEGIN/END do not run in the target's context. */
	if (w->prov == PROV_INTERVAL || w->prov == PROV_BEGIN || w->prov == PROV_END)
		return;
	int t = ir_call(w->fn, BPF_FUNC_get_current_pid_tgid, NULL, 0);
	ir_alu_to(w->fn, t, IR_RSH, 0, t, ir_imm(32));
	struct ir_block *go = lw_block(w);
	ir_br(w->fn, IR_NE, 0, t, ir_imm(w->o->target_pid), w->done, go);
	ir_set_block(w->fn, go);
}

void lw_entry(struct lw *w, struct ir_block *body)
{
	struct image *img = w->img;
	if (w->scratch_base < 0) {
		ir_jmp(w->fn, body);
		return;
	}
	struct loc key = { LOC_SLOT, ir_stack_alloc(w->fn, "scratch_key", 8, 8), 0 };
	lw_store(w, key, 0, 8, ir_imm(w->prog_index));
	int mf = ir_map_fd(w->fn, (uint32_t)img->scratch_map);
	int ka = ir_stack_addr(w->fn, key.base);
	int a[2] = { mf, ka };
	ir_call_to(w->fn, w->scratch_base, BPF_FUNC_map_lookup_elem, a, 2);
	ir_br(w->fn, IR_EQ, 0, w->scratch_base, ir_imm(0), w->done, body);
	if (w->scratch_used > img->scratch_size)
		img->scratch_size = w->scratch_used;
}

static void lower_one(struct lw *w, struct node *probe, struct image_attach *attaches, size_t n,
		      enum provider p, const char *btf_target)
{
	struct prog_kind k;
	if (!prog_kind_of(p, &k)) {
		const struct provider_info *pi = provider_info(p);
		lw_error(w, probe->list.items[0], "%s probes are not implemented yet",
			 pi ? pi->name : "these");
		return;
	}
	struct image *img = w->img;
	GROW(img->progs, img->nprogs, w->progs_cap);
	struct image_prog *prog = &img->progs[img->nprogs];
	memset(prog, 0, sizeof(*prog));
	w->prog_index = (int)img->nprogs++;
	w->attach = n == 1 ? &attaches[0] : NULL;
	w->prov = p;
	w->probe = probe;
	w->tp = NULL;
	if (p == PROV_TRACEPOINT && w->attach && w->o->tracepoint_format) {
		const char *err = NULL;
		w->tp = w->o->tracepoint_format(w->o->ctx, w->attach->spec->target,
						w->attach->spec->func, &err);
	}
	w->fn = w->prog_fn = ir_func_new(w->arena, prog_name(w, w->attach, p));
	w->ctx = IR_CTX_VREG;
	w->scratch_base = -1;
	w->scratch_used = 0;
	w->scratch_full = false;
	w->stack_used = 0;
	w->vars = NULL;
	w->loop = NULL;
	lw_origin(w, probe->list.items[0]);
	struct ir_block *entry = lw_block(w), *body = lw_block(w);
	w->done = lw_cold(w);
	ir_set_block(w->fn, w->done);
	ir_ret(w->fn, ir_imm(0));
	ir_set_block(w->fn, body);
	declare_vars(w, probe->cond);
	declare_vars(w, probe->body);
	pid_filter(w);
	if (probe->cond) {
		struct ir_block *go = lw_block(w);
		lw_origin(w, probe->cond);
		lw_cond(w, probe->cond, go, w->done);
		ir_set_block(w->fn, go);
	}
	stmt_list(w, probe->body);
	ir_jmp(w->fn, w->done);

	/* The entry block: the scratch value, when anything needed one. */
	ir_set_block(w->fn, entry);
	lw_origin(w, probe->list.items[0]);
	lw_entry(w, body);

	ir_prune(w->fn);
	ir_prune_subprogs(w->fn);
	if (w->o->dump_ir)
		ir_print(w->o->dump_ir, w->fn);
	struct insn_buf buf;
	insn_buf_init(&buf);
	char err[256];
	int ret = emit_func(w->fn, &buf, NULL, err, sizeof(err));
	if (!ret && (ret = insn_buf_finish(&buf)))
		snprintf(err, sizeof(err), "%s", buf.error_msg);
	if (ret) {
		lw_error(w, probe->list.items[0], "%s", err);
		insn_buf_free(&buf);
		return;
	}
	prog->name = w->fn->name;
	prog->provider = p;
	prog->type = k.type;
	prog->expected_attach_type = k.expected;
	prog->btf_target = k.btf && n ? attaches[0].spec->func : btf_target;
	prog->insn_count = buf.len;
	prog->nsubs = w->fn->nsubs;
	prog->sub_offs = arena_alloc(w->arena, sizeof(*prog->sub_offs) * (prog->nsubs + 1));
	for (size_t i = 0; i < prog->nsubs; i++)
		prog->sub_offs[i] = w->fn->subs[i]->insn_off;
	prog->insns = arena_alloc(w->arena, sizeof(*prog->insns) * (buf.len + 1));
	memcpy(prog->insns, buf.insns, sizeof(*prog->insns) * buf.len);
	prog->origins = arena_alloc(w->arena, sizeof(*prog->origins) * (buf.len + 1));
	for (size_t i = 0; i < buf.len; i++)
		prog->origins[i] = insn_buf_origin_of(&buf, i);
	prog->attaches = attaches;
	prog->nattaches = n;
	insn_buf_free(&buf);
}

/* Attach points that match nothing. As bpftrace's missing_probes config
 * (default "warn"), they are skipped, with a warning, when another attach
 * point of the probe matches: tools list a function under its old and new
 * names (kprobe:blk_account_io_start, kprobe:__blk_account_io_start) for
 * one of them to exist. A probe left with no attach point is an error. */
static void report_missing(struct lw *w, struct node **at, const char **why, int nmissing,
			   bool some_matched)
{
	const char *mode = config_missing_probes(w->program);
	for (int i = 0; i < nmissing; i++) {
		const char *msg = why[i] ? why[i] : "no probes match this attach point";
		if (!some_matched || !strcmp(mode, "error"))
			lw_error(w, at[i], "%s", msg);
		else if (strcmp(mode, "ignore"))
			diag_warning(w->diag, at[i]->span, "%s; skipping this attach point", msg);
	}
}

/* A predicate's value when it is a constant: 1 or 0, or -1 when it
 * depends on the event. Options arrive as literals (getopt()), so
 * `/getopt("queued")/` is constant. */
static int const_truth(const struct node *n)
{
	if (!n)
		return 1;
	switch (n->kind) {
	case N_INT:
	case N_BOOL:
		return n->ival != 0;
	case N_UNARY:
		if (n->op == OP_NOT) {
			int v = const_truth(n->lhs);
			return v < 0 ? -1 : !v;
		}
		return -1;
	case N_BINARY: {
		if (n->op == OP_LAND || n->op == OP_LOR) {
			int l = const_truth(n->lhs), r = const_truth(n->rhs);
			if (n->op == OP_LAND)
				return l == 0 || r == 0 ? 0 : (l < 0 || r < 0 ? -1 : 1);
			return l == 1 || r == 1 ? 1 : (l < 0 || r < 0 ? -1 : 0);
		}
		const struct node *a = n->lhs, *b = n->rhs;
		if (n->op != OP_EQ && n->op != OP_NE)
			return -1;
		bool eq;
		if ((a->kind == N_INT || a->kind == N_BOOL) && (b->kind == N_INT || b->kind == N_BOOL))
			eq = a->ival == b->ival;
		else if (a->kind == N_STRING && b->kind == N_STRING)
			eq = a->str_len == b->str_len && !memcmp(a->str, b->str, a->str_len);
		else
			return -1;
		return n->op == OP_EQ ? eq : !eq;
	}
	default:
		return -1;
	}
}

static void lower_probe(struct lw *w, struct node *probe, int *order)
{
	if (const_truth(probe->cond) == 0) {
		/* Never fires (an option not given): nothing to load or attach,
		 * but the run still waits for events as it would have. */
		for (int i = 0; i < probe->list.len; i++) {
			const struct node *ap = probe->list.items[i];
			if (ap->spec && ap->spec->provider != PROV_BEGIN && ap->spec->provider != PROV_END)
				w->img->only_special = false;
		}
		return;
	}
	/* Expand every attach point. */
	struct image_attach *all = NULL;
	size_t n = 0, cap = 0;
	struct node **missing = arena_alloc(w->arena, sizeof(*missing) * (size_t)(probe->list.len + 1));
	const char **why = arena_alloc(w->arena, sizeof(*why) * (size_t)(probe->list.len + 1));
	int nmissing = 0;
	for (int i = 0; i < probe->list.len; i++) {
		struct node *ap = probe->list.items[i];
		if (!ap->spec)
			continue;
		struct image_attach *got = NULL;
		const char *err = NULL;
		int cnt;
		if (w->o->expand) {
			cnt = w->o->expand(w->o->ctx, w->arena, ap->spec, ap->str, &got, &err);
		} else {
			got = arena_alloc(w->arena, sizeof(*got));
			got->spec = ap->spec;
			got->name = ap->str;
			cnt = 1;
		}
		if (cnt <= 0) {
			missing[nmissing] = ap;
			why[nmissing++] = err;
			continue;
		}
		for (int j = 0; j < cnt; j++) {
			GROW(all, n, cap);
			all[n++] = got[j];
		}
	}
	report_missing(w, missing, why, nmissing, n > 0);
	if (!n)
		return;
	bool specific = attach_specific(probe);
	for (size_t i = 0; i < n;) {
		/* A run of attach points of one provider shares a program
		 * unless the body depends on which one fired. */
		size_t j = i + 1;
		enum provider p = all[i].spec->provider;
		bool btf = p == PROV_RAWTRACEPOINT || p == PROV_FENTRY || p == PROV_FEXIT;
		/* usdt arguments are where each probe's note says. */
		bool own = btf || p == PROV_USDT;
		if (!specific && !own && p != PROV_BEGIN && p != PROV_END)
			while (j < n && all[j].spec->provider == p)
				j++;
		size_t before = w->img->nprogs;
		lower_one(w, probe, &all[i], j - i, p, NULL);
		if (w->img->nprogs > before) {
			w->img->progs[before].order = (*order)++;
			if (p == PROV_END)
				w->img->has_end = true;
			if (p != PROV_BEGIN && p != PROV_END)
				w->img->only_special = false;
		}
		i = j;
	}
}

/* Each ring buffer's size: IMAGE_RINGBUF_SIZE, or less on a machine with so
 * many CPUs that one each would take more than IMAGE_RINGBUF_TOTAL. */
static uint32_t ringbuf_size(uint32_t count)
{
	uint32_t size = IMAGE_RINGBUF_SIZE;
	while (size > IMAGE_RINGBUF_MIN && (uint64_t)size * count > IMAGE_RINGBUF_TOTAL)
		size /= 2;
	return size;
}

int lower_program(struct arena *arena, struct node *program, struct type_table *types,
		  const struct typecheck_map *maps, const struct lower_options *opts,
		  struct diag *diag, struct image *out)
{
	memset(out, 0, sizeof(*out));
	struct lw w = { .arena = arena, .diag = diag, .o = opts, .program = program, .types = types,
			.img = out };
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	w.start_ns = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	w.ncpus = cpus > 0 ? (uint32_t)cpus : 1;
	int possible = libbpf_num_possible_cpus();
	w.possible_cpus = possible > 0 ? (uint32_t)possible : w.ncpus;
	out->only_special = true;
	out->max_strlen = types->str_capacity;
	uint32_t max_keys = config_max_keys(program);
	if (!max_keys)
		max_keys = opts->max_map_keys ? opts->max_map_keys : IMAGE_DEFAULT_MAX_KEYS;

	out->ringbuf_per_cpu = opts->ringbuf_per_cpu;
	out->ringbuf_size = ringbuf_size(out->ringbuf_per_cpu ? w.possible_cpus : 1);
	out->ringbuf_first_map = -1;
	if (out->ringbuf_per_cpu) {
		out->ringbuf_map = add_map(&w, "ringbuf", MAPROLE_RINGBUF, MAP_ARRAY_OF_MAPS, 4, 4,
					   w.possible_cpus);
		out->ringbuf_first_map = add_map(&w, "ringbuf", MAPROLE_RINGBUF_FIRST, MAP_RINGBUF,
						 0, 0, out->ringbuf_size);
	} else {
		out->ringbuf_map = add_map(&w, "ringbuf", MAPROLE_RINGBUF, MAP_RINGBUF, 0, 0,
					   out->ringbuf_size);
	}
	out->lost_map = add_map(&w, "lost", MAPROLE_LOST, MAP_PERCPU_ARRAY, 4, 8, 1);
	w.zero_size = 8;
	create_maps(&w, maps, max_keys);
	/* Sizes of these two are known only at the end. */
	out->scratch_map = add_map(&w, "scratch", MAPROLE_SCRATCH, MAP_PERCPU_ARRAY, 4, 8, 1);
	w.zero_map = out->zero_map = add_map(&w, "zero", MAPROLE_ZERO, MAP_ARRAY, 4, 8, 1);
	out->stack_map = out->stack_pids_map = -1;
	if (uses_ident(program, "kstack") || uses_ident(program, "ustack"))
		out->stack_map = add_map(&w, "stacks", MAPROLE_STACKS, MAP_STACK_TRACE, 4,
					 8 * LW_STACK_FRAMES, max_keys);
	if (uses_ident(program, "ustack") || uses_ident(program, "usym"))
		out->stack_pids_map = add_map(&w, "stack_pids", MAPROLE_STACK_PIDS, MAP_HASH, 4, 8,
					      LW_STACK_PIDS);

	int order = 0;
	for (int i = 0; i < program->list.len; i++) {
		struct node *it = program->list.items[i];
		if (it->kind == N_PROBE)
			lower_probe(&w, it, &order);
	}
	struct image_map *scratch = &out->maps[out->scratch_map];
	scratch->value_size = out->scratch_size ? out->scratch_size : 8;
	scratch->max_entries = out->nprogs ? (uint32_t)out->nprogs : 1;
	out->maps[out->zero_map].value_size = round8(w.zero_size);
	return w.errors;
}
