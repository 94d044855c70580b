/* The type pass. Requires: sema_check passed. Walks the program twice:
 * the first walk, silent, lets integer variables and maps widen to the
 * largest type assigned anywhere; the second, with those final types as a
 * start, annotates every node and reports. So `$x = 1; $x = 1000;` gives
 * both uses of $x uint16, and code generation reads one type per name. */
#include "sema/typecheck.h"
#include "sema/typecheck_impl.h"

#include <arpa/inet.h>
#include <errno.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "sema/btf.h"
#include "sema/cdecl.h"
#include "sema/sema.h"
#include "sema/stdlib.h"
#include "sema/suggest.h"
#include "util/arena.h"

void tc_error(struct tc *c, const struct node *at, const char *fmt, ...)
{
	if (!c->report)
		return;
	va_list ap;
	va_start(ap, fmt);
	char *msg = arena_vprintf(c->arena, fmt, ap);
	va_end(ap);
	diag_error(c->diag, at->span, "%s", msg);
	c->errors++;
}

static const char *where(struct tc *c, const struct node *n)
{
	int line, col;
	source_position(c->diag->src, n->span.off, &line, &col);
	return arena_printf(c->arena, "%d:%d", line, col);
}

const char *tc_type_name(struct tc *c, const struct type *ty)
{
	return type_name(c->arena, ty);
}

/* ---- integer literals ---- */

static bool int_literal(const struct node *n, uint64_t *value, bool *negative)
{
	if (!n)
		return false;
	if (n->kind == N_INT) {
		*value = n->ival;
		*negative = false;
		return true;
	}
	if (n->kind == N_UNARY && n->op == OP_NEG && n->lhs && n->lhs->kind == N_INT) {
		*value = n->lhs->ival;
		*negative = true;
		return true;
	}
	return false;
}

static bool literal_fits(const struct node *n, const struct type *ty)
{
	uint64_t v;
	bool neg;
	if (!type_is_int(ty) || !int_literal(n, &v, &neg))
		return false;
	unsigned bits = ty->size * 8;
	if (!ty->is_signed)
		return !neg && (bits == 64 || v < (1ull << bits));
	uint64_t limit = 1ull << (bits - 1);
	return neg ? v <= limit : v < limit;
}

/* Two integers meeting in an operator, a ternary or an assignment: a
 * literal adapts to the other side when it fits, as in bpftrace, so
 * `pid == 1` stays uint32. */
static const struct type *int_join(struct tc *c, const struct node *an, const struct type *a,
				   const struct node *bn, const struct type *b)
{
	if (literal_fits(an, b))
		return b;
	if (literal_fits(bn, a))
		return a;
	return type_int_promote(c->types, a, b);
}

/* ---- merging a new type into one fixed earlier ---- */

static bool merge(struct tc *c, const struct type *old, const struct type *new,
		  const struct node *new_at, const struct type **out);

static bool merge_fields(struct tc *c, const struct type *a, const struct type *b,
			 const struct type **out)
{
	if (a->nfields != b->nfields)
		return false;
	const struct type **f = arena_alloc(c->arena, sizeof(*f) * (size_t)(a->nfields + 1));
	for (int i = 0; i < a->nfields; i++) {
		if (a->field_names && strcmp(a->field_names[i], b->field_names[i]))
			return false;
		if (!merge(c, a->fields[i], b->fields[i], NULL, &f[i]))
			return false;
	}
	*out = a->kind == TY_TUPLE ? type_tuple(c->types, a->nfields, f)
				   : type_record(c->types, a->nfields,
						 (const char *const *)a->field_names, f);
	return true;
}

static bool merge(struct tc *c, const struct type *old, const struct type *new,
		  const struct node *new_at, const struct type **out)
{
	*out = old ? old : new;
	if (!old || !new || old == new)
		return true;
	if (old->kind != new->kind)
		return false;
	switch (old->kind) {
	case TY_INT:
		*out = literal_fits(new_at, old) ? old : type_int_promote(c->types, old, new);
		return true;
	case TY_STRING:
	case TY_BUFFER:
		*out = old->capacity >= new->capacity ? old : new;
		return true;
	case TY_TUPLE:
	case TY_RECORD:
		return merge_fields(c, old, new, out);
	case TY_POINTER:
		/* A user and a kernel pointer to one type: the first one decides
		 * where reads through it go. */
		return old->target == new->target;
	case TY_SUM:
	case TY_MIN:
	case TY_MAX:
	case TY_AVG:
	case TY_STATS: {
		const struct type *elem;
		if (!merge(c, old->target, new->target, NULL, &elem))
			return false;
		*out = type_aggregate(c->types, old->kind, elem);
		return true;
	}
	default:
		return false;
	}
}

/* ---- scratch variables ---- */

static struct binding *var_find(struct tc *c, const char *name)
{
	for (struct scope *s = c->scope; s; s = s->parent)
		for (struct binding *b = s->vars; b; b = b->next)
			if (!strcmp(b->name, name))
				return b;
	return NULL;
}

/* The declaring node keeps the type the silent walk ended with. */
static struct binding *var_declare(struct tc *c, struct node *var)
{
	struct binding *b = arena_alloc(c->arena, sizeof(*b));
	b->name = var->name;
	b->at = var;
	b->ty = c->report ? var->ty : NULL;
	b->next = c->scope->vars;
	c->scope->vars = b;
	return b;
}

static void var_assign(struct tc *c, struct binding *b, struct node *var, const struct node *value,
		       const struct type *ty)
{
	const struct type *out;
	if (!b->ty && !ty)
		return;
	if (!merge(c, b->ty, ty, value, &out)) {
		tc_error(c, value, "variable '$%s' is assigned %s here, but %s at %s", var->name,
		      tc_type_name(c, ty), tc_type_name(c, b->ty), where(c, b->at));
		return;
	}
	b->ty = out;
	((struct node *)b->at)->ty = out;
	var->ty = out;
}

static void scope_push(struct tc *c)
{
	struct scope *s = arena_alloc(c->arena, sizeof(*s));
	s->parent = c->scope;
	c->scope = s;
}

static void scope_pop(struct tc *c)
{
	c->scope = c->scope->parent;
}

/* ---- maps ---- */

static struct binding *map_find(struct tc *c, const char *name)
{
	for (struct binding *b = c->maps; b; b = b->next)
		if (!strcmp(b->name, name))
			return b;
	struct binding *b = arena_alloc(c->arena, sizeof(*b));
	b->name = name;
	b->next = c->maps;
	c->maps = b;
	return b;
}

static void map_value(struct tc *c, struct binding *m, const char *name, const struct node *value,
		      const struct type *ty)
{
	const struct type *out;
	if (!ty)
		return;
	if (ty->kind == TY_STRUCT) {
		tc_error(c, value, "storing a struct value (%s) in map '@%s' is not implemented yet: "
		      "store a member, or a pointer", tc_type_name(c, ty), name);
		return;
	}
	if (!m->at) {
		m->at = value;
		m->ty = ty;
		return;
	}
	if (!merge(c, m->ty, ty, value, &out)) {
		tc_error(c, value, "map '@%s' is assigned %s here, but %s at %s", name, tc_type_name(c, ty),
		      tc_type_name(c, m->ty), where(c, m->at));
		return;
	}
	m->ty = out;
}

/* The value read back from a map: aggregations read as 64-bit integers. */
static const struct type *map_read_type(struct tc *c, const struct type *ty)
{
	if (!ty)
		return NULL;
	switch (ty->kind) {
	case TY_COUNT:
		return type_int(c->types, 8, false);
	case TY_SUM:
	case TY_MIN:
	case TY_MAX:
	case TY_AVG:
		return ty->target;
	default:
		return ty;
	}
}

static const struct type *expr(struct tc *c, struct node *n);
static const struct type *expr_kind(struct tc *c, struct node *n);

static void map_key(struct tc *c, struct binding *m, struct node *access)
{
	const struct type *key = NULL;
	const struct node *key_node = access;
	if (access->list.len == 1) {
		key_node = access->list.items[0];
		key = expr(c, access->list.items[0]);
	} else {
		const struct type **elems = arena_alloc(c->arena, sizeof(*elems) * (size_t)access->list.len);
		bool known = true;
		for (int i = 0; i < access->list.len; i++)
			known &= (elems[i] = expr(c, access->list.items[i])) != NULL;
		if (known)
			key = type_tuple(c->types, access->list.len, elems);
	}
	const struct type *out;
	if (!key)
		return;
	if (key->kind == TY_STRUCT) {
		tc_error(c, key_node, "a struct value (%s) as a map key is not implemented yet: use a "
		      "member, or a pointer", tc_type_name(c, key));
		return;
	}
	if (!m->has_key) {
		m->has_key = true;
		m->key = key;
		m->key_at = key_node;
		return;
	}
	if (!merge(c, m->key, key, key_node, &out)) {
		tc_error(c, key_node, "map '@%s' is used with key %s here, but with key %s at %s",
		      m->name, tc_type_name(c, key), tc_type_name(c, m->key), where(c, m->key_at));
		return;
	}
	m->key = out;
}

/* A map as a target or a value: its node gets the stored value type. */
static struct binding *map_use(struct tc *c, struct node *target)
{
	struct node *map = target->kind == N_MAP ? target : target->lhs;
	struct binding *m = map_find(c, map->name);
	if (target->kind == N_MAP_ACCESS)
		map_key(c, m, target);
	return m;
}

/* ---- calls ---- */

static bool literal_arg(const struct node *call, int i, int64_t *out)
{
	uint64_t v;
	bool neg;
	if (i >= call->list.len || !int_literal(call->list.items[i], &v, &neg))
		return false;
	*out = neg ? -(int64_t)v : (int64_t)v;
	return true;
}

static const struct type *capacity_arg(struct tc *c, const struct node *call, int i, bool buffer)
{
	int64_t n;
	uint32_t cap = c->types->str_capacity;
	if (buffer && cap > TYPES_BUF_CAPACITY_MAX)
		cap = TYPES_BUF_CAPACITY_MAX;
	if (literal_arg(call, i, &n) && n > 0 && n < cap)
		cap = (uint32_t)n;
	return buffer ? type_buffer_with_length(c->types, cap) : type_string(c->types, cap);
}

static const struct type *int64_of(struct tc *c, const struct type *ty)
{
	return type_int(c->types, 8, type_is_int(ty) && ty->is_signed);
}

static const struct type *stack_call(struct tc *c, const struct node *call)
{
	enum stack_mode mode = STACK_MODE_BPFTRACE;
	int64_t limit = TYPES_STACK_LIMIT;
	for (int i = 0; i < call->list.len; i++) {
		const struct node *a = call->list.items[i];
		if (a->kind == N_IDENT && !strcmp(a->name, "perf"))
			mode = STACK_MODE_PERF;
		else if (a->kind == N_IDENT && !strcmp(a->name, "raw"))
			mode = STACK_MODE_RAW;
		else
			literal_arg(call, i, &limit);
	}
	return type_stack(c->types, call->name[0] == 'u', mode, (uint32_t)limit);
}

static const struct type *from_kind(struct tc *c, enum value_kind k)
{
	switch (k) {
	case VK_NONE:      return type_void(c->types);
	case VK_INT:       return tc_unsigned(c, 8);
	case VK_BOOL:      return type_bool(c->types);
	case VK_STRING:    return type_string(c->types, c->types->str_capacity);
	case VK_BUFFER:    return type_buffer(c->types, c->types->str_capacity);
	case VK_SYMBOL:    return type_simple(c->types, TY_KSYM);
	case VK_INET:      return type_simple(c->types, TY_INET);
	case VK_TIMESTAMP: return type_simple(c->types, TY_TIMESTAMP);
	case VK_POINTER:   return type_pointer(c->types, tc_unsigned(c, 1));
	default:           return NULL;
	}
}

static const struct type *aggregation_call(struct tc *c, const struct node *n, const struct type *a0)
{
	const char *f = n->name;
	int64_t x, y, z;
	if (!strcmp(f, "count"))
		return type_simple(c->types, TY_COUNT);
	if (a0 && !type_is_int(a0) && a0->kind != TY_BOOL) {
		tc_error(c, n->list.items[0], "%s() needs an integer, not %s", f, tc_type_name(c, a0));
		return NULL;
	}
	if (!strcmp(f, "hist"))
		return type_hist(c->types, literal_arg(n, 1, &x) ? (uint32_t)x : 0);
	if (!strcmp(f, "lhist"))
		return literal_arg(n, 1, &x) && literal_arg(n, 2, &y) && literal_arg(n, 3, &z)
			       ? type_lhist(c->types, x, y, z) : NULL;
	static const struct { const char *name; enum type_kind kind; } kinds[] = {
		{ "sum", TY_SUM }, { "min", TY_MIN }, { "max", TY_MAX }, { "avg", TY_AVG },
		{ "stats", TY_STATS },
	};
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strcmp(f, kinds[i].name))
			return type_aggregate(c->types, kinds[i].kind, int64_of(c, a0));
	return NULL;
}

/* pton("addr") is evaluated here: the family follows from a ':' in the
 * address, and the result is its bytes as uint8[4] or uint8[16] (bpftrace
 * prints 192 for the first byte of pton("192.168.1.1")). */
static const struct type *pton_type(struct tc *c, const struct node *n)
{
	const struct node *a = n->list.len ? n->list.items[0] : NULL;
	if (!a || a->kind != N_STRING)
		return NULL;
	unsigned char bytes[16];
	int af = strchr(a->str, ':') ? AF_INET6 : AF_INET;
	if (inet_pton(af, a->str, bytes) != 1)
		return NULL;    /* check.c reported it */
	return type_array(c->types, type_int(c->types, 1, false), af == AF_INET6 ? 16 : 4);
}

static const struct node *find_function(struct tc *c, const char *name);
static const struct type *written_type(struct tc *c, struct node *t);

/* A value given to a fn parameter or returned by a fn: integers convert
 * to the declared type, other values must be of its kind. */
static bool passes_as(struct tc *c, const struct type *declared, const struct type *ty,
		      const struct node *value)
{
	const struct type *out;
	return !declared || !ty || (type_is_int(declared) && type_is_int(ty)) ||
	       merge(c, declared, ty, value, &out);
}

static const struct type *fn_return_type(struct tc *c, const struct node *def)
{
	if (!def->type || (!strcmp(def->type->name, "void") && !def->type->ival))
		return type_void(c->types);
	return expr(c, def->type);
}

static const struct type *fn_call(struct tc *c, struct node *call, const struct node *def)
{
	for (int i = 0; i < call->list.len && i < def->params.len; i++) {
		struct node *p = def->params.items[i], *arg = call->list.items[i];
		const struct type *declared = p->type ? written_type(c, p->type) : NULL;
		if (!passes_as(c, declared, arg->ty, arg))
			tc_error(c, arg, "argument %d of %s() must be %s (parameter '$%s'), not %s", i + 1,
			      def->name, tc_type_name(c, declared), p->lhs->name, tc_type_name(c, arg->ty));
	}
	return fn_return_type(c, def);
}

static const struct type *call(struct tc *c, struct node *n)
{
	const struct type *a0 = NULL;
	const char *f = n->name;
	const struct builtin_func *fn = stdlib_find_func(f);
	for (int i = 0; i < n->list.len; i++) {
		/* A word given as $N is text only where text is wanted. */
		c->positional_as_text = n->list.items[i]->kind == N_POSITIONAL &&
			((i == 0 && !strcmp(f, "str")) ||
			 (fn && stdlib_arg_kind(fn, i) == ARG_STRING_LITERAL));
		const struct type *t = expr(c, n->list.items[i]);
		c->positional_as_text = false;
		if (t && t->kind == TY_STRUCT && fn)
			tc_error(c, n->list.items[i], "a struct value (%s) as an argument of %s() is not "
			      "implemented yet: pass a member, or a pointer", tc_type_name(c, t), f);
		if (i == 0)
			a0 = t;
	}
	if (fn && (fn->flags & FN_AGGREGATION))
		return aggregation_call(c, n, a0);
	if (!strcmp(f, "str"))
		return capacity_arg(c, n, 1, false);
	if (!strcmp(f, "buf"))
		return capacity_arg(c, n, 1, true);
	if (!strcmp(f, "macaddr"))
		return type_string(c->types, sizeof("AA:BB:CC:DD:EE:FF"));
	if (!strcmp(f, "pton"))
		return pton_type(c, n);
	if (!strcmp(f, "kstack") || !strcmp(f, "ustack"))
		return stack_call(c, n);
	if (!strcmp(f, "syscall_name"))
		return type_simple(c->types, TY_SYSCALL);
	if (!strcmp(f, "ksym") || !strcmp(f, "usym"))
		return type_simple(c->types, f[0] == 'u' ? TY_USYM : TY_KSYM);
	if ((!strcmp(f, "kptr") || !strcmp(f, "uptr")) && a0 && a0->kind == TY_POINTER)
		return f[0] == 'u' ? type_user_pointer(c->types, a0->target) : type_pointer(c->types, a0->target);
	if (!strcmp(f, "kptr") || !strcmp(f, "uptr") || !strcmp(f, "bswap"))
		return a0;
	if (!strcmp(f, "find_vma"))
		return type_pointer(c->types, type_struct(c->types, "vm_area_struct"));
	if (!strcmp(f, "strncmp") || !strcmp(f, "strstr") || !strcmp(f, "memcmp"))
		return type_int(c->types, 8, true);
	const struct type *b = tc_builtin_type(c, f);
	if (b && !(fn && fn->returns == VK_SYMBOL))
		return b;
	if (fn)
		return from_kind(c, fn->returns);
	const struct node *def = find_function(c, f);
	if (def)
		return fn_call(c, n, def);
	return NULL;
}

/* ---- operators ---- */

static bool is_compare(enum op op)
{
	return op >= OP_EQ && op <= OP_GE;
}

static const struct type *as_int(struct tc *c, const struct type *t)
{
	return t && t->kind == TY_BOOL ? tc_unsigned(c, 1) : t;
}

/* Whether values of these types can be compared: the same shape, integers
 * of any size, element by element for tuples. */
static bool comparable(const struct type *a, const struct type *b)
{
	if (!a || !b || a == b)
		return true;
	if (type_is_scalar(a) && type_is_scalar(b))
		return true;
	if (a->kind != b->kind)
		return false;
	if (a->kind == TY_STRING || a->kind == TY_BUFFER)
		return true;
	if (a->kind == TY_TUPLE && a->nfields == b->nfields) {
		for (int i = 0; i < a->nfields; i++)
			if (!comparable(a->fields[i], b->fields[i]))
				return false;
		return true;
	}
	return false;
}

/* Arithmetic runs on 64 bits, as in bpftrace: the result is uint64 when
 * both operands are unsigned values, or a literal meets a uint64; else
 * int64. */
static const struct type *arith_type(struct tc *c, const struct node *an, const struct type *a,
				     const struct node *bn, const struct type *b)
{
	uint64_t v;
	bool neg;
	bool la = int_literal(an, &v, &neg), lb = int_literal(bn, &v, &neg);
	bool is_unsigned;
	if (la && lb)
		is_unsigned = false;
	else if (la || lb)      /* a literal takes the other operand's 64-bit type */
		is_unsigned = la ? !b->is_signed && b->size == 8 : !a->is_signed && a->size == 8;
	else
		is_unsigned = !a->is_signed && !b->is_signed;
	return type_int(c->types, 8, !is_unsigned);
}

/* A value stored in a variable or map: integer literals are int64 there. */
static const struct type *stored_type(struct tc *c, const struct node *value,
				      const struct type *ty)
{
	uint64_t v;
	bool neg;
	if (type_is_int(ty) && !ty->nenumerators && int_literal(value, &v, &neg))
		return type_int(c->types, 8, !(v > INT64_MAX && !neg));
	return ty;
}

static const struct type *binary(struct tc *c, struct node *n)
{
	const struct type *l = expr(c, n->lhs), *r = expr(c, n->rhs);
	if (n->op == OP_LAND || n->op == OP_LOR) {
		if ((l && !type_is_scalar(l)) || (r && !type_is_scalar(r)))
			tc_error(c, n, "operator '%s' needs integers, booleans or pointers, not %s and %s",
			      op_text(n->op), tc_type_name(c, l), tc_type_name(c, r));
		return type_bool(c->types);
	}
	if (is_compare(n->op)) {
		bool ordered = n->op != OP_EQ && n->op != OP_NE;
		if (!comparable(l, r) || (ordered && l && (l->kind == TY_TUPLE || l->kind == TY_RECORD)))
			tc_error(c, n, "cannot compare %s with %s", tc_type_name(c, l), tc_type_name(c, r));
		else if (ordered && l && (l->kind == TY_STRING || l->kind == TY_BUFFER))
			/* bpftrace rejects these too: strings have no order. */
			tc_error(c, n, "operator '%s' cannot be used on strings: they compare only with == and !=",
			      op_text(n->op));
		return type_bool(c->types);
	}
	if (!l || !r) {
		/* `@n = @n + 1`: in the silent walk the map has no type yet; the
		 * other operand's integer type lets the assignment give it one. */
		const struct type *known = as_int(c, l ? l : r);
		if (!c->report && known && type_is_int(known))
			return type_int(c->types, 8, known->is_signed);
		return NULL;
	}
	l = as_int(c, l);
	r = as_int(c, r);
	if (type_is_int(l) && type_is_int(r))
		return arith_type(c, n->lhs, l, n->rhs, r);
	/* Pointer arithmetic steps by the target's size: know a struct's. */
	const char *err;
	if (l->kind == TY_POINTER && l->target->kind == TY_STRUCT)
		btf_struct_complete(c->types, l->target, &err);
	if (r->kind == TY_POINTER && r->target->kind == TY_STRUCT)
		btf_struct_complete(c->types, r->target, &err);
	if (l->kind == TY_POINTER && type_is_int(r) && (n->op == OP_ADD || n->op == OP_SUB))
		return l;
	if (r->kind == TY_POINTER && type_is_int(l) && n->op == OP_ADD)
		return r;
	if (l->kind == TY_POINTER && r->kind == TY_POINTER && n->op == OP_SUB)
		return type_int(c->types, 8, true);
	tc_error(c, n, "operator '%s' cannot combine %s and %s", op_text(n->op), tc_type_name(c, l), tc_type_name(c, r));
	return NULL;
}

static const struct type *incdec(struct tc *c, struct node *n);

static const struct type *unary(struct tc *c, struct node *n)
{
	uint64_t v;
	bool neg;
	if (int_literal(n, &v, &neg)) {
		n->lhs->ty = type_int_for_literal(c->types, v, false);
		return type_int_for_literal(c->types, v, true);
	}
	if (n->op == OP_PREINC || n->op == OP_PREDEC)
		return incdec(c, n);
	const struct type *t = expr(c, n->lhs);
	switch (n->op) {
	case OP_NOT:
		if (t && !type_is_scalar(t))
			tc_error(c, n, "operator '!' needs an integer, boolean or pointer, not %s", tc_type_name(c, t));
		return type_bool(c->types);
	case OP_ADDR:
		return t ? type_pointer(c->types, t) : NULL;
	case OP_DEREF:
		if (t && t->kind != TY_POINTER && !type_is_int(t))
			tc_error(c, n, "cannot dereference %s", tc_type_name(c, t));
		if (t && t->kind == TY_POINTER && t->target->kind == TY_STRUCT) {
			const char *err;
			if (btf_struct_complete(c->types, t->target, &err) < 0)
				tc_error(c, n, "cannot dereference %s: %s", tc_type_name(c, t), err);
			return t->target;
		}
		/* An integer is an address, as kaddr() gives: `*$a` reads an
		 * unsigned integer of the same size there, as in bpftrace. */
		if (t && t->kind == TY_INT)
			return type_int(c->types, t->size, false);
		return t && t->kind == TY_POINTER && t->target->kind != TY_VOID ? t->target : NULL;
	default:
		t = as_int(c, t);
		if (t && !type_is_int(t) && !(t->kind == TY_POINTER && n->op != OP_NEG)) {
			tc_error(c, n, "operator '%s' needs an integer, not %s", op_text(n->op), tc_type_name(c, t));
			return NULL;
		}
		if ((n->op == OP_NEG || n->op == OP_BNOT) && t && type_is_int(t))
			return type_int(c->types, 8, n->op == OP_NEG || t->is_signed ||
						     n->lhs->kind == N_INT);
		return t;
	}
}

static const struct type *ternary(struct tc *c, struct node *n)
{
	const struct type *cond = expr(c, n->cond);
	if (cond && !type_is_scalar(cond) && !n->then)
		tc_error(c, n->cond, "a condition needs an integer, boolean or pointer, not %s", tc_type_name(c, cond));
	const struct node *then_node = n->then ? n->then : n->cond;
	const struct type *a = n->then ? expr(c, n->then) : cond, *b = expr(c, n->els), *out;
	if (type_is_int(a) && type_is_int(b))
		return int_join(c, then_node, a, n->els, b);
	if (!merge(c, a, b, n->els, &out)) {
		tc_error(c, n, "ternary branches have different types: %s and %s", tc_type_name(c, a), tc_type_name(c, b));
		return NULL;
	}
	return out;
}

/* ---- casts and written types ---- */

static const struct type *named_int(struct tc *c, const char *name)
{
	static const char *const names[] = { "int8", "int16", "int32", "int64" };
	for (unsigned i = 0; i < 4; i++) {
		if (!strcmp(name, names[i]))
			return type_int(c->types, 1u << i, true);
		if (name[0] == 'u' && !strcmp(name + 1, names[i]))
			return type_int(c->types, 1u << i, false);
	}
	if (!strcmp(name, "char"))
		return type_int(c->types, 1, true);
	if (!strcmp(name, "bool"))
		return type_bool(c->types);
	if (!strcmp(name, "string"))
		return type_string(c->types, c->types->str_capacity);
	return NULL;
}

static bool defined_by_script(struct tc *c, const struct type *s);

/* A struct or union named in a type: defined by the script, or from BTF.
 * Without BTF it stays opaque (reading a member reports why). */
static const struct type *named_struct(struct tc *c, struct node *t, const char *name,
				       bool is_union)
{
	const struct type *s = is_union ? type_union(c->types, name) : type_struct(c->types, name);
	const char *err;
	/* A script definition that failed to parse was reported already. */
	if (!s->defined && btf_struct_complete(c->types, s, &err) < 0 && !btf_unavailable() &&
	    !defined_by_script(c, s))
		tc_error(c, t, "unknown %s '%s'", is_union ? "union" : "struct", t->name);
	return s;
}

static const struct type *named_enum(struct tc *c, struct node *t, const char *name)
{
	const char *full = arena_printf(c->arena, "enum %s", name);
	for (const struct cdecl_const *k = c->cdefs.consts; k; k = k->next)
		if (k->enum_name && !strcmp(k->enum_name, full))
			return k->ty;
	const struct type *ty = btf_enum_type(c->types, name);
	if (!ty && !btf_unavailable())
		tc_error(c, t, "unknown enum '%s'", full);
	return ty;
}

static const struct type *written_type(struct tc *c, struct node *t)
{
	const struct type *base = NULL;
	if (t->lhs)
		base = expr(c, t->lhs);
	else if (!strncmp(t->name, "struct ", 7))
		base = named_struct(c, t, t->name + 7, false);
	else if (!strncmp(t->name, "union ", 6))
		base = named_struct(c, t, t->name + 6, true);
	else if (!strncmp(t->name, "enum ", 5))
		base = named_enum(c, t, t->name + 5);
	else
		base = named_int(c, t->name);
	/* C spellings (`unsigned int`, `u32`, `size_t`) and typedefs. */
	bool c_name = !t->lhs && strncmp(t->name, "enum ", 5);
	if (!base && c_name)
		base = cdecl_type_name(&c->cdefs, t->name);
	if (!base && c_name && t->ival)
		base = type_struct(c->types, t->name);  /* a typedef BTF does not know */
	if (!base && c_name && !btf_unavailable())
		tc_error(c, t, "unknown type '%s'", t->name);
	for (uint64_t i = 0; base && i < t->ival; i++)
		base = type_pointer(c->types, base);
	if (base && t->array > 0)
		base = base->kind == TY_STRING && base->capacity == c->types->str_capacity
			       ? type_string(c->types, (uint32_t)t->array)
			       : type_array(c->types, base, (uint32_t)t->array);
	return base;
}

/* ---- expressions ---- */

/* A kernel struct's member, through a pointer or in a struct value
 * (bpftrace accepts both `->` and `.` on a pointer). */
/* Where the program's own C definitions (not typed yet) mention `name` as
 * a whole word, or NULL. */
static const char *script_mention(struct tc *c, const char *name)
{
	size_t len = strlen(name);
	for (int i = 0; i < c->program->list.len; i++) {
		const struct node *d = c->program->list.items[i];
		if (d->kind != N_C_DEFINITION || !d->str)
			continue;
		for (const char *p = strstr(d->str, name); p; p = strstr(p + 1, name)) {
			bool word_start = p == d->str || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
			if (word_start && !isalnum((unsigned char)p[len]) && p[len] != '_')
				return p + len;
		}
	}
	return NULL;
}

/* A struct the program defines itself (`struct NAME {`) is not the
 * kernel's, whatever BTF says. */
static bool defined_by_script(struct tc *c, const struct type *s)
{
	const char *after = s->name ? script_mention(c, s->name) : NULL;
	while (after && (*after == ' ' || *after == '\t' || *after == '\n'))
		after++;
	return after && *after == '{';
}

/* Kernel struct members that were renamed and that old scripts still read
 * (runqlen.bt: cfs_rq->nr_running), when `s` has the new name. */
static const char *renamed_member(const struct type *s, const char *name)
{
	static const struct { const char *type, *old_name, *new_name; } renames[] = {
		{ "task_struct", "state", "__state" },          /* Linux 5.14 */
		{ "cfs_rq", "nr_running", "nr_queued" },        /* Linux 6.13 */
		{ "cfs_rq", "h_nr_running", "h_nr_queued" },    /* Linux 6.13 */
	};
	for (size_t i = 0; s->name && i < sizeof(renames) / sizeof(renames[0]); i++)
		if (!strcmp(s->name, renames[i].type) && !strcmp(name, renames[i].old_name) &&
		    type_struct_member(s, renames[i].new_name) >= 0)
			return renames[i].new_name;
	return NULL;
}

/* Member `name` of struct `s` and its offset, completing `s` from BTF
 * first; NULL, reported at `at`, when there is none. */
static const struct type *member_of(struct tc *c, struct node *at, const struct type *s,
				    const char *name, uint32_t *offset)
{
	const char *err;
	*offset = 0;
	if (!s->defined && defined_by_script(c, s))
		return NULL;
	if (btf_struct_complete(c->types, s, &err) < 0) {
		if (s->name && script_mention(c, s->name))
			return NULL;   /* a script typedef or struct */
		tc_error(c, at, "%s: %s, cannot read member '%s'", tc_type_name(c, s), err, name);
		return NULL;
	}
	int i = type_struct_member(s, name);
	if (i >= 0) {
		*offset = s->offsets[i];
		return s->fields[i];
	}
	const char *renamed = renamed_member(s, name);
	if (renamed) {
		tc_error(c, at, "%s has no member '%s' (the kernel renamed it '%s')", tc_type_name(c, s), name,
		      renamed);
		return NULL;
	}
	struct suggester sg;
	suggest_init(&sg, name);
	for (int j = 0; j < s->nfields; j++)
		suggest_offer(&sg, s->field_names[j]);
	const char *best = suggest_result(&sg);
	if (best)
		tc_error(c, at, "%s has no member '%s' (did you mean '%s'?)", tc_type_name(c, s), name, best);
	else
		tc_error(c, at, "%s has no member '%s'", tc_type_name(c, s), name);
	return NULL;
}

static const struct type *struct_member(struct tc *c, struct node *n, const struct type *s)
{
	uint32_t offset;
	return member_of(c, n, s, n->name, &offset);
}

static const struct type *field(struct tc *c, struct node *n)
{
	const struct type *t = expr(c, n->lhs);
	if (t && t->kind == TY_POINTER && t->target->kind == TY_STRUCT &&
	    !(n->lhs->kind == N_IDENT && !strcmp(n->lhs->name, "args"))) {
		if (!n->arrow)
			tc_error(c, n, "cannot read member '%s' of %s with '.': use '->' or dereference it first",
			      n->name, tc_type_name(c, t));
		const struct type *m = struct_member(c, n, t->target);
		/* A pointer read from user memory points into user memory. */
		return t->user && m && m->kind == TY_POINTER ? type_user_pointer(c->types, m->target) : m;
	}
	if (t && t->kind == TY_STRUCT) {
		if (n->arrow)
			tc_error(c, n, "cannot use '->' on %s: it is not a pointer (use '.')", tc_type_name(c, t));
		return struct_member(c, n, t);
	}
	if (!t || t->kind != TY_RECORD)
		return NULL;
	for (int i = 0; i < t->nfields; i++)
		if (!strcmp(t->field_names[i], n->name))
			return t->fields[i];
	enum provider p = c->probe && c->probe->list.len && c->probe->list.items[0]->spec
				  ? c->probe->list.items[0]->spec->provider : PROV_INVALID;
	if (n->lhs->kind == N_IDENT && !strcmp(n->lhs->name, "args"))
		tc_error(c, n, "%s args have no field '%s'",
		      p == PROV_RAWTRACEPOINT ? "raw tracepoint"
		      : p == PROV_FENTRY || p == PROV_FEXIT ? "kernel function" : "tracepoint",
		      n->name);
	else
		tc_error(c, n, "%s has no field '%s'", tc_type_name(c, t), n->name);
	return NULL;
}

static const struct type *tuple_index(struct tc *c, struct node *n)
{
	const struct type *t = expr(c, n->lhs);
	if (!t)
		return NULL;
	if (t->kind != TY_TUPLE) {
		tc_error(c, n, "%s is not a tuple", tc_type_name(c, t));
		return NULL;
	}
	if (n->ival >= (uint64_t)t->nfields) {
		tc_error(c, n, "index %llu is out of range for %s", (unsigned long long)n->ival, tc_type_name(c, t));
		return NULL;
	}
	return t->fields[n->ival];
}

static const struct type *index_expr(struct tc *c, struct node *n)
{
	const struct type *t = expr(c, n->lhs), *i = expr(c, n->rhs);
	if (i && !type_is_int(i))
		tc_error(c, n->rhs, "an index must be an integer, not %s", tc_type_name(c, i));
	if (!t)
		return NULL;
	if (t->kind == TY_ARRAY || t->kind == TY_STRING) {
		uint32_t count = t->kind == TY_ARRAY ? t->count : t->capacity;
		if (n->rhs->kind == N_INT && n->rhs->ival >= count)
			tc_error(c, n, "index %llu is out of bounds for %s", (unsigned long long)n->rhs->ival,
			      tc_type_name(c, t));
	}
	if (t->kind == TY_ARRAY)
		return t->target;
	if (t->kind == TY_POINTER && t->target->kind == TY_STRUCT) {
		const char *err;
		if (btf_struct_complete(c->types, t->target, &err) < 0) {
			tc_error(c, n, "cannot index %s: %s", tc_type_name(c, t), err);
			return NULL;
		}
		return t->target;
	}
	if (t->kind == TY_POINTER && t->target->kind != TY_VOID)
		return t->target;
	if (t->kind == TY_STRING)
		return type_int(c->types, 1, true);
	return NULL;
}

static const struct type *aggregate_list(struct tc *c, struct node *n)
{
	int len = n->list.len;
	const struct type **elems = arena_alloc(c->arena, sizeof(*elems) * (size_t)(len + 1));
	const char **names = arena_alloc(c->arena, sizeof(*names) * (size_t)(len + 1));
	bool known = true;
	for (int i = 0; i < len; i++) {
		struct node *e = n->list.items[i];
		if (e->kind == N_RECORD_FIELD) {
			names[i] = e->name;
			e->ty = expr(c, e->lhs);
			elems[i] = e->ty;
		} else {
			elems[i] = expr(c, e);
		}
		known &= elems[i] != NULL;
	}
	if (!known)
		return NULL;
	return n->kind == N_TUPLE ? type_tuple(c->types, len, elems)
				  : type_record(c->types, len, names, elems);
}

/* $N: an integer when the value given reads as one, else a string; a
 * missing one is an empty string (sema already reported it if needed). */
static const struct type *positional_type(struct tc *c, const struct node *n)
{
	const char *v = c->env && n->ival >= 1 && n->ival <= (uint64_t)c->env->npositional
				? c->env->positional[n->ival - 1] : "";
	int64_t ignored;
	if (!*v || typecheck_positional_int(v, &ignored))   /* missing: 0 */
		return type_int(c->types, 8, true);
	if (!c->positional_as_text) {
		tc_error(c, n, "$%llu used numerically but given \"%s\". Try using str($%llu).",
		      (unsigned long long)n->ival, v, (unsigned long long)n->ival);
		return type_int(c->types, 8, true);
	}
	return type_string(c->types, (uint32_t)strlen(v) + 1);
}

/* ---- compile-time constants ---- */

/* The size a C program would see: a pointer is 8, a string its capacity. */
static bool c_size(const struct type *t, uint64_t *size)
{
	if (!t || t->kind == TY_VOID || (t->kind == TY_STRUCT && !t->defined))
		return false;
	*size = t->size;
	return true;
}

/* `sizeof(name)` where the parser could not tell a typedef name from an
 * identifier: the script's typedefs, then the kernel's. */
static const struct type *typedef_named(struct tc *c, const struct node *n)
{
	if (!n || n->kind != N_IDENT || tc_builtin_type(c, n->name) ||
	    cdecl_const_find(&c->cdefs, n->name))
		return NULL;
	const struct type *t = cdecl_typedef_find(&c->cdefs, n->name);
	return t ? t : btf_typedef_type(c->types, n->name);
}

/* sizeof: a uint64 constant, kept in ival for code generation. */
static const struct type *size_of(struct tc *c, struct node *n)
{
	const struct type *t = n->type ? written_type(c, n->type) : typedef_named(c, n->lhs);
	int errors = c->errors;
	if (!t && !n->type)
		t = expr(c, n->lhs);
	if (!t && n->lhs && n->lhs->kind == N_IDENT && c->errors == errors) {
		tc_error(c, n->lhs, "unknown type or identifier '%s'", n->lhs->name);
		return tc_unsigned(c, 8);
	}
	if (n->type)
		n->type->ty = t;
	const char *err = NULL;
	if (t && t->kind == TY_STRUCT && !t->defined && btf_struct_complete(c->types, t, &err) < 0 &&
	    btf_unavailable()) {
		tc_error(c, n, "cannot take the size of %s: %s", tc_type_name(c, t), err);
		return tc_unsigned(c, 8);
	}
	if (!c_size(t, &n->ival) && t && !(t->kind == TY_STRUCT && defined_by_script(c, t)))
		tc_error(c, n, "cannot take the size of %s", tc_type_name(c, t));
	return tc_unsigned(c, 8);
}

static const struct type *member_of(struct tc *c, struct node *at, const struct type *s,
				    const char *name, uint32_t *offset);

/* offsetof(struct T, a.b.c): a uint64 constant, kept in ival. */
static const struct type *offset_of(struct tc *c, struct node *n)
{
	const struct type *t = n->type ? written_type(c, n->type) : expr(c, n->lhs);
	if (n->type)
		n->type->ty = t;
	n->ival = 0;
	for (int i = 0; t && i < n->list.len; i++) {
		struct node *m = n->list.items[i];
		if (t->kind != TY_STRUCT) {
			tc_error(c, m, "offsetof needs a struct or union, not %s", tc_type_name(c, t));
			return tc_unsigned(c, 8);
		}
		uint32_t off;
		t = member_of(c, m, t, m->name, &off);
		m->ty = t;
		n->ival += off;
	}
	return tc_unsigned(c, 8);
}

/* An identifier no builtin has: a #define or enum value of the script, or
 * a kernel enum value. It becomes the literal it stands for. */
static const struct type *ident(struct tc *c, struct node *n)
{
	if (!strcmp(n->name, "args"))
		return tc_args_type(c, n);
	const struct type *t = tc_builtin_type(c, n->name);
	if (t)
		return t;
	const struct cdecl_const *k = cdecl_const_find(&c->cdefs, n->name);
	int64_t value;
	const char *enum_name = NULL;
	if (k && k->is_string) {
		n->kind = N_STRING;
		n->str = k->str;
		n->str_len = k->str_len;
		return expr_kind(c, n);
	}
	if (k || btf_enum_constant(n->name, &value, &enum_name)) {
		if (k) {
			value = k->value;
			enum_name = k->enum_name ? k->enum_name + 5 : NULL;
		}
		/* An enum value keeps its enum type, to print by name. */
		if (enum_name) {
			n->type = node_new(c->arena, N_TYPE, n->span);
			n->type->name = arena_printf(c->arena, "enum %s", enum_name);
		}
		if (value < 0) {
			struct node *v = node_new(c->arena, N_INT, n->span);
			v->ival = (uint64_t)0 - (uint64_t)value;
			n->kind = N_UNARY;
			n->op = OP_NEG;
			n->lhs = v;
		} else {
			n->kind = N_INT;
			n->ival = (uint64_t)value;
		}
		return expr_kind(c, n);
	}
	bool constant_like = true;
	for (const char *p = n->name; *p; p++)
		constant_like &= !islower((unsigned char)*p);
	if (constant_like && c->report) {
		const char *why = btf_unavailable();
		struct suggester sg;
		suggest_init(&sg, n->name);
		for (const struct cdecl_const *d = c->cdefs.consts; d; d = d->next)
			suggest_offer(&sg, d->name);
		const char *best = suggest_result(&sg);
		if (!best && !why)
			best = btf_enum_constant_suggest(n->name);
		if (why)
			tc_error(c, n, "unknown identifier '%s' (%s)", n->name, why);
		else if (best)
			tc_error(c, n, "unknown identifier '%s' (did you mean '%s'?)", n->name, best);
		else
			tc_error(c, n, "unknown identifier '%s'", n->name);
	}
	return NULL;
}

/* ---- casts ---- */

static bool castable(const struct type *from, const struct type *to)
{
	if (!from || !to)
		return true;
	if (to->kind == TY_POINTER)
		return type_is_int(from) || from->kind == TY_POINTER || from->kind == TY_BOOL;
	if (to->kind == TY_INT || to->kind == TY_BOOL)
		return type_is_scalar(from) || (from->kind == TY_ARRAY && from->size == to->size);
	if (to->kind == TY_STRUCT)
		return false;
	return true;
}

static const struct type *cast(struct tc *c, struct node *n)
{
	const struct type *from = expr(c, n->lhs), *to = written_type(c, n->type);
	n->type->ty = to;
	if (!castable(from, to)) {
		tc_error(c, n, "cannot cast %s to %s", tc_type_name(c, from), tc_type_name(c, to));
		return NULL;
	}
	return to;
}

static void stmt(struct tc *c, struct node *n);

/* x++, --x: an integer; a map first used this way holds int64 values. */
static const struct type *incdec(struct tc *c, struct node *n)
{
	struct node *t = n->lhs;
	if (t->kind == N_MAP || t->kind == N_MAP_ACCESS) {
		struct binding *m = map_use(c, t);
		struct node *map = t->kind == N_MAP ? t : t->lhs;
		if (!m->ty)
			map_value(c, m, map->name, n, type_int(c->types, 8, true));
		map->ty = m->ty;
		t->ty = map_read_type(c, m->ty);
		return t->ty;
	}
	return expr(c, t);
}

static const struct type *expr_kind(struct tc *c, struct node *n)
{
	switch (n->kind) {
	case N_INT:
		if (n->type)   /* an enum value */
			return written_type(c, n->type);
		return type_int_for_literal(c->types, n->ival, false);
	case N_STRING:
		return type_string(c->types, n->str_len + 1);
	case N_BOOL:
		return type_bool(c->types);
	case N_PARAM_COUNT:
		return tc_unsigned(c, 8);
	case N_SIZEOF:
		return size_of(c, n);
	case N_OFFSETOF:
		return offset_of(c, n);
	case N_TYPEOF:
		if (n->type)
			return written_type(c, n->type);
		return typedef_named(c, n->lhs) ? typedef_named(c, n->lhs) : expr(c, n->lhs);
	case N_IDENT:
		return ident(c, n);
	case N_VAR: {
		struct binding *b = var_find(c, n->name);
		return b ? b->ty : NULL;
	}
	case N_MAP:
	case N_MAP_ACCESS: {
		struct binding *m = map_use(c, n);
		if (n->kind == N_MAP_ACCESS)
			n->lhs->ty = m->ty;
		return map_read_type(c, m->ty);
	}
	case N_CALL:
		return call(c, n);
	case N_UNARY:
		return unary(c, n);
	case N_POSTFIX:
		return incdec(c, n);
	case N_BINARY:
		return binary(c, n);
	case N_TERNARY:
		return ternary(c, n);
	case N_CAST:
		return cast(c, n);
	case N_TYPE:
		return written_type(c, n);
	case N_FIELD:
		return field(c, n);
	case N_TUPLE_INDEX:
		return tuple_index(c, n);
	case N_INDEX:
		return index_expr(c, n);
	case N_TUPLE:
	case N_RECORD:
		return aggregate_list(c, n);
	case N_BLOCK:
		scope_push(c);
		for (int i = 0; i < n->list.len; i++)
			stmt(c, n->list.items[i]);
		const struct type *t = n->rhs ? expr(c, n->rhs) : type_void(c->types);
		scope_pop(c);
		return t;
	case N_POSITIONAL:
		return positional_type(c, n);
	default:
		return NULL;   /* typeof */
	}
}

static const struct type *expr(struct tc *c, struct node *n)
{
	if (!n)
		return NULL;
	n->ty = expr_kind(c, n);
	return n->ty;
}

/* ---- statements ---- */

static void assign_to(struct tc *c, struct node *target, struct node *value, const struct type *ty)
{
	if (target->kind == N_VAR) {
		struct binding *b = var_find(c, target->name);
		if (!b)
			b = var_declare(c, target);
		var_assign(c, b, target, value, ty);
		target->ty = b->ty;
	} else if (target->kind == N_MAP || target->kind == N_MAP_ACCESS) {
		struct binding *m = map_use(c, target);
		struct node *map = target->kind == N_MAP ? target : target->lhs;
		map_value(c, m, map->name, value, ty);
		map->ty = m->ty;
		target->ty = m->ty;
	} else {
		expr(c, target);
	}
}

static void assign(struct tc *c, struct node *n)
{
	const struct type *ty = stored_type(c, n->rhs, expr(c, n->rhs));
	if (n->op != OP_NONE) {
		const struct type *old = n->lhs->kind == N_VAR ? (var_find(c, n->lhs->name)
								  ? var_find(c, n->lhs->name)->ty : NULL)
							     : NULL;
		if (n->lhs->kind != N_VAR)
			old = expr(c, n->lhs);
		if (old && ty && !(type_is_int(as_int(c, old)) && type_is_int(as_int(c, ty))) &&
		    !(old->kind == TY_POINTER && type_is_int(ty))) {
			tc_error(c, n, "operator '%s=' cannot combine %s and %s", op_text(n->op),
			      tc_type_name(c, old), tc_type_name(c, ty));
			return;
		}
		if (type_is_int(old) && type_is_int(ty))
			ty = int_join(c, NULL, old, n->rhs, ty);
		else if (old)
			ty = old;
	}
	assign_to(c, n->lhs, n->rhs, ty);
}

static void let(struct tc *c, struct node *n)
{
	struct binding *b = var_declare(c, n->lhs);
	const struct type *declared = n->type ? written_type(c, n->type) : NULL;
	if (declared) {
		b->ty = declared;
		n->lhs->ty = declared;
	}
	if (n->rhs) {
		const struct type *ty = stored_type(c, n->rhs, expr(c, n->rhs));
		if (declared && ty && !(type_is_int(declared) && type_is_int(ty)) &&
		    !merge(c, declared, ty, n->rhs, &ty))
			tc_error(c, n->rhs, "variable '$%s' is declared %s, but assigned %s",
			      n->lhs->name, tc_type_name(c, declared), tc_type_name(c, ty));
		else if (!declared)
			var_assign(c, b, n->lhs, n->rhs, ty);
	}
	n->lhs->ty = b->ty;
}

static void condition(struct tc *c, struct node *n)
{
	const struct type *t = expr(c, n);
	if (t && !type_is_scalar(t))
		tc_error(c, n, "a condition needs an integer, boolean or pointer, not %s", tc_type_name(c, t));
}

static void for_map(struct tc *c, struct node *n)
{
	struct binding *m = map_find(c, n->rhs->name);
	const struct type *kv[2] = { m->key, map_read_type(c, m->ty) };
	n->rhs->ty = m->ty;
	scope_push(c);
	struct binding *b = var_declare(c, n->lhs);
	b->ty = kv[0] && kv[1] ? type_tuple(c->types, 2, kv) : NULL;
	n->lhs->ty = b->ty;
	stmt(c, n->body);
	scope_pop(c);
}

static void for_range(struct tc *c, struct node *n)
{
	const struct type *a = expr(c, n->cond), *b = expr(c, n->rhs);
	scope_push(c);
	struct binding *v = var_declare(c, n->lhs);
	v->ty = type_is_int(a) && type_is_int(b) ? int_join(c, n->cond, a, n->rhs, b) : NULL;
	n->lhs->ty = v->ty;
	stmt(c, n->body);
	scope_pop(c);
}

static void stmt(struct tc *c, struct node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_EXPR_STMT:
		expr(c, n->lhs);
		break;
	case N_ASSIGN:
		assign(c, n);
		break;
	case N_DISCARD:
		expr(c, n->rhs ? n->rhs : n->lhs);
		break;
	case N_LET:
		let(c, n);
		break;
	case N_IF:
		condition(c, n->cond);
		stmt(c, n->then);
		stmt(c, n->els);
		break;
	case N_WHILE:
		condition(c, n->cond);
		stmt(c, n->body);
		break;
	case N_UNROLL:
		expr(c, n->cond);
		stmt(c, n->body);
		break;
	case N_FOR_MAP:
		for_map(c, n);
		break;
	case N_FOR_RANGE:
		for_range(c, n);
		break;
	case N_RETURN:
		expr(c, n->lhs);
		if (c->function && n->lhs) {
			const struct type *declared = fn_return_type(c, c->function);
			if (declared->kind != TY_VOID && !passes_as(c, declared, n->lhs->ty, n->lhs))
				tc_error(c, n->lhs, "function '%s' returns %s, not %s", c->function->name,
				      tc_type_name(c, declared), tc_type_name(c, n->lhs->ty));
		}
		break;
	case N_BLOCK:
		expr(c, n);
		break;
	default:
		break;
	}
}

/* ---- program ---- */

static const struct node *find_function(struct tc *c, const char *name)
{
	for (int i = 0; c->program && i < c->program->list.len; i++) {
		const struct node *n = c->program->list.items[i];
		if (n->kind == N_FUNCTION && !strcmp(n->name, name))
			return n;
	}
	return NULL;
}

static void item(struct tc *c, struct node *n)
{
	c->scope = NULL;
	scope_push(c);
	c->probe = NULL;
	c->function = n->kind == N_FUNCTION ? n : NULL;
	c->args_done = false;
	c->args = NULL;
	c->args_err = NULL;
	if (n->kind == N_PROBE) {
		c->probe = n;
		if (n->cond)
			condition(c, n->cond);
		stmt(c, n->body);
	} else if (n->kind == N_FUNCTION) {
		for (int i = 0; i < n->params.len; i++) {
			struct node *p = n->params.items[i];
			struct binding *b = var_declare(c, p->lhs);
			b->ty = p->type ? written_type(c, p->type) : NULL;
			p->lhs->ty = b->ty;
		}
		stmt(c, n->body);
	}
	/* Macro bodies are typed where they are expanded, not here. */
}

static void walk(struct tc *c, struct node *program)
{
	for (int i = 0; i < program->list.len; i++)
		item(c, program->list.items[i]);
}

bool typecheck_positional_int(const char *text, int64_t *value)
{
	char *end;
	if (!*text)
		return false;
	errno = 0;
	long long v = strtoll(text, &end, 0);
	if (*end || errno)
		return false;
	*value = v;
	return true;
}

/* The bindings are kept newest first; the export is oldest first. */
static const struct typecheck_map *export_maps(struct tc *c)
{
	const struct typecheck_map *list = NULL;
	for (struct binding *b = c->maps; b; b = b->next) {
		struct typecheck_map *m = arena_alloc(c->arena, sizeof(*m));
		m->name = b->name;
		m->key = b->has_key ? b->key : NULL;
		m->value = b->ty;
		m->at = b->at;
		m->next = list;
		list = m;
	}
	return list;
}

/* The script's struct, union, enum and typedef bodies and #defines, in
 * order, before any probe is typed: a struct the script defines is then
 * the one BTF lookups find already defined. */
static void read_c_definitions(struct tc *c, const struct node *program)
{
	cdecl_init(&c->cdefs, c->types);
	for (int i = 0; i < program->list.len; i++) {
		const struct node *d = program->list.items[i];
		struct cdecl_error err;
		if (d->kind != N_C_DEFINITION || !d->str ||
		    cdecl_parse(&c->cdefs, d->str, d->str_len, &err) == 0)
			continue;
		struct span at = { d->span.off + (uint32_t)err.off, (uint32_t)err.len };
		diag_error(c->diag, at, "%s", err.msg);
		c->errors++;
	}
}

/* As in bpftrace, BPFTRACE_MAX_STRLEN wins over the config block. Both
 * were checked for range before (main.c, check.c). */
static uint32_t max_strlen(const struct node *program, const struct typecheck_env *env)
{
	if (env && env->max_strlen)
		return env->max_strlen;
	const struct node *v = sema_config_value(program, "max_strlen");
	if (v && v->kind == N_INT && v->ival >= TYPES_STR_CAPACITY_MIN &&
	    v->ival <= TYPES_STR_CAPACITY_MAX)
		return (uint32_t)v->ival;
	return TYPES_STR_CAPACITY_DEFAULT;
}

int typecheck_run(struct arena *arena, struct node *program, struct diag *diag,
		  const struct typecheck_env *env)
{
	struct type_table own;
	struct tc c = { .arena = arena, .diag = diag, .env = env };
	if (env && env->types) {
		c.types = env->types;
	} else {
		types_init(&own, arena);
		c.types = &own;
	}
	if (!program)
		return 0;
	c.program = program;
	c.types->str_capacity = max_strlen(program, env);
	read_c_definitions(&c, program);
	walk(&c, program);
	c.report = true;
	walk(&c, program);
	if (env && env->maps)
		*env->maps = export_maps(&c);
	return c.errors;
}
