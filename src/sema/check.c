/* Semantic checks over the AST. Requires: a parsed program with attach
 * points split (N_ATTACH_POINT.spec). Needs no kernel: names that only the
 * kernel can resolve (struct members, enum constants from BTF) are left for
 * the type pass. */
#include "sema/sema.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "runtime/printf_format.h"
#include "sema/btf.h"
#include "sema/probe_spec.h"
#include "sema/pt_regs.h"
#include "sema/stdlib.h"
#include "sema/suggest.h"
#include "sema/types.h"
#include "util/arena.h"

struct scope {
	struct scope *parent;
	const struct node **vars;     /* first assignment or let of each name */
	int len, cap;
};

/* What the checker remembers about a map across the whole program. */
struct map_info {
	const char *name;
	const struct node *first;     /* first use that fixed the key count */
	int nkeys;                    /* 0 = scalar map */
	const struct node *value_at;  /* first assignment that fixed the value kind */
	enum value_kind value;
	const char *aggregation;      /* "count", "hist", ... when assigned one */
	const struct node *decl;      /* let @m = hash(N) */
	struct map_info *next;
};

struct checker {
	struct arena *arena;
	struct diag *diag;
	const struct sema_options *opts;
	struct node *program;
	/* The few items looked up by name, so a lookup does not scan every
	 * probe of a large program. */
	struct node_list definitions;   /* N_MACRO and N_FUNCTION */
	struct node_list c_definitions; /* N_C_DEFINITION */
#define MAP_BUCKETS 256
	struct map_info *maps[MAP_BUCKETS];
	struct scope *scope;
	struct scope *gone;           /* variables of closed blocks, for messages */
	/* current context */
	unsigned probe_bits;          /* union of the probe's providers */
	const struct node *probe;     /* N_PROBE, or NULL in fn/macro */
	const struct node *macro;     /* N_MACRO being checked */
	const struct node *function;  /* N_FUNCTION being checked */
	int loop_depth;
	bool seen_probe;
};

static void error(struct checker *c, const struct node *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void error(struct checker *c, const struct node *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = arena_vprintf(c->arena, fmt, ap);
	va_end(ap);
	diag_error(c->diag, at->span, "%s", msg);
}

/* An error under the first `len` bytes of a node (a call's or a setting's
 * name rather than the whole construct). */
static void error_name(struct checker *c, const struct node *at, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void error_name(struct checker *c, const struct node *at, size_t len, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = arena_vprintf(c->arena, fmt, ap);
	va_end(ap);
	struct span name = { at->span.off, (uint32_t)len };
	diag_error(c->diag, name, "%s", msg);
}

static const char *where(struct checker *c, const struct node *n)
{
	int line, col;
	source_position(c->diag->src, n->span.off, &line, &col);
	return arena_printf(c->arena, "%d:%d", line, col);
}

/* ---- scopes ---- */

static void scope_push(struct checker *c)
{
	struct scope *s = arena_alloc(c->arena, sizeof(*s));
	s->parent = c->scope;
	c->scope = s;
}

static const struct node *scope_find_local(const struct scope *s, const char *name)
{
	for (int i = 0; s && i < s->len; i++)
		if (!strcmp(s->vars[i]->name, name))
			return s->vars[i];
	return NULL;
}

static bool scope_has_local(const struct scope *s, const char *name)
{
	return scope_find_local(s, name) != NULL;
}

static bool scope_lookup(const struct checker *c, const char *name)
{
	for (const struct scope *s = c->scope; s; s = s->parent)
		if (scope_has_local(s, name))
			return true;
	return false;
}

static void scope_add(struct checker *c, struct scope *s, const struct node *var)
{
	if (s->len == s->cap) {
		int cap = s->cap ? s->cap * 2 : 8;
		const struct node **vars = arena_alloc(c->arena, sizeof(*vars) * (size_t)cap);
		if (s->len)
			memcpy(vars, s->vars, sizeof(*vars) * (size_t)s->len);
		s->vars = vars;
		s->cap = cap;
	}
	s->vars[s->len++] = var;
}

static void scope_declare(struct checker *c, const struct node *var)
{
	scope_add(c, c->scope, var);
}

static void scope_pop(struct checker *c)
{
	if (!c->gone)
		c->gone = arena_alloc(c->arena, sizeof(*c->gone));
	for (int i = 0; i < c->scope->len; i++)
		if (!scope_has_local(c->gone, c->scope->vars[i]->name))
			scope_add(c, c->gone, c->scope->vars[i]);
	c->scope = c->scope->parent;
}

/* ---- program-level lookups ---- */

static const struct node *find_item(const struct checker *c, enum node_kind kind, const char *name)
{
	for (int i = 0; i < c->definitions.len; i++) {
		const struct node *n = c->definitions.items[i];
		if (n->kind == kind && n->name && !strcmp(n->name, name))
			return n;
	}
	return NULL;
}

static const struct node *macro_param(const struct checker *c, enum node_kind kind, const char *name)
{
	if (!c->macro)
		return NULL;
	for (int i = 0; i < c->macro->params.len; i++) {
		const struct node *p = c->macro->params.items[i];
		if (p->kind == kind && !strcmp(p->name, name))
			return p;
	}
	return NULL;
}

/* #define NAME and enum constants written in the script's C definitions. */
static bool c_definitions_define(const struct checker *c, const char *name)
{
	size_t n = strlen(name);
	for (int i = 0; i < c->c_definitions.len; i++) {
		const struct node *d = c->c_definitions.items[i];
		for (const char *p = strstr(d->str, name); p; p = strstr(p + 1, name)) {
			bool starts = p == d->str || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
			bool ends = !(isalnum((unsigned char)p[n]) || p[n] == '_');
			if (starts && ends)
				return true;
		}
	}
	return false;
}

/* Kernel enum values and #defines are conventionally upper case; they are
 * resolved against BTF by the type pass, so the front end lets them through.
 * Some kernel enumerators are mixed case (PG_swapbacked, PG_locked): those
 * are let through when BTF has them. */
static bool looks_like_constant(const char *name)
{
	bool upper = false, lower = false;
	for (const char *p = name; *p; p++) {
		lower |= islower((unsigned char)*p);
		upper |= isupper((unsigned char)*p);
	}
	int64_t value;
	return upper && (!lower || btf_enum_constant(name, &value, NULL));
}

static const char *providers_with(unsigned bits)
{
	static const struct { unsigned bit; const char *name; } names[] = {
		{ PK_BEGIN_END, "begin/end" }, { PK_TRACEPOINT, "tracepoint" },
		{ PK_RAWTP, "rawtracepoint" }, { PK_KPROBE, "kprobe" },
		{ PK_KRETPROBE, "kretprobe" }, { PK_FENTRY, "fentry" },
		{ PK_FEXIT, "fexit" }, { PK_UPROBE, "uprobe" },
		{ PK_URETPROBE, "uretprobe" }, { PK_USDT, "usdt" },
		{ PK_PROFILE, "profile" }, { PK_INTERVAL, "interval" },
		{ PK_SOFTWARE, "software/hardware" }, { PK_WATCHPOINT, "watchpoint" },
		{ PK_ITER, "iter" },
	};
	static char buf[256];
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (bits & names[i].bit) {
			if (buf[0])
				strcat(buf, ", ");
			strcat(buf, names[i].name);
		}
	return buf;
}

/* The attach point of the current probe that does not allow `bits`. */
static const struct node *probe_without(const struct checker *c, unsigned bits)
{
	if (!c->probe)
		return NULL;
	for (int i = 0; i < c->probe->list.len; i++) {
		const struct node *ap = c->probe->list.items[i];
		if (!ap->spec)
			continue;
		const struct provider_info *info = provider_info(ap->spec->provider);
		if (info && !(info->probe_bits & bits))
			return ap;
	}
	return NULL;
}

static void check_probe_context(struct checker *c, const struct node *at, const char *what,
				const char *name, unsigned bits)
{
	if (bits == PK_ANY)
		return;
	const struct node *ap = probe_without(c, bits);
	if (!ap)
		return;
	const struct provider_info *info = provider_info(ap->spec->provider);
	error(c, at, "%s '%s' is not available in %s probes (it is available in: %s)", what, name,
	      info->name, providers_with(bits));
}

/* ---- value kinds ---- */

static enum value_kind expr_kind(struct checker *c, const struct node *n);

static bool is_aggregation_call(const struct node *n)
{
	if (n->kind != N_CALL)
		return false;
	const struct builtin_func *fn = stdlib_find_func(n->name);
	return fn && (fn->flags & FN_AGGREGATION);
}

static unsigned name_hash(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static struct map_info *map_lookup(struct checker *c, const char *name)
{
	struct map_info **bucket = &c->maps[name_hash(name) % MAP_BUCKETS];
	for (struct map_info *m = *bucket; m; m = m->next)
		if (!strcmp(m->name, name))
			return m;
	struct map_info *m = arena_alloc(c->arena, sizeof(*m));
	m->name = name;
	m->nkeys = -1;
	m->next = *bucket;
	*bucket = m;
	return m;
}

static enum value_kind expr_kind(struct checker *c, const struct node *n)
{
	switch (n->kind) {
	case N_INT:
	case N_SIZEOF:
	case N_OFFSETOF:
	case N_PARAM_COUNT:
		return VK_INT;
	case N_STRING:
		return VK_STRING;
	case N_BOOL:
		return VK_BOOL;
	case N_TUPLE:
		return VK_TUPLE;
	case N_RECORD:
		return VK_RECORD;
	case N_BINARY:
		if (n->op == OP_EQ || n->op == OP_NE || n->op == OP_LT || n->op == OP_LE ||
		    n->op == OP_GT || n->op == OP_GE || n->op == OP_LAND || n->op == OP_LOR)
			return VK_BOOL;
		return VK_UNKNOWN;
	case N_UNARY:
		return n->op == OP_NOT ? VK_BOOL : n->op == OP_NEG || n->op == OP_BNOT ? VK_INT : VK_UNKNOWN;
	case N_IDENT: {
		int index;
		if (stdlib_is_arg_builtin(n->name, "arg", &index) ||
		    stdlib_is_arg_builtin(n->name, "sarg", &index))
			return VK_INT;
		const struct builtin_var *v = stdlib_find_var(n->name);
		return v ? v->kind : VK_UNKNOWN;
	}
	case N_CALL: {
		if (find_item(c, N_MACRO, n->name) || find_item(c, N_FUNCTION, n->name))
			return VK_UNKNOWN;
		const struct builtin_func *fn = stdlib_find_func(n->name);
		return fn ? fn->returns : VK_UNKNOWN;
	}
	case N_MAP:
	case N_MAP_ACCESS: {
		const struct node *map = n->kind == N_MAP ? n : n->lhs;
		struct map_info *m = map_lookup(c, map->name);
		return m->aggregation ? VK_AGGREGATE : m->value;
	}
	default:
		return VK_UNKNOWN;
	}
}

static const char *kind_name(enum value_kind k)
{
	switch (k) {
	case VK_INT: return "integer";
	case VK_BOOL: return "boolean";
	case VK_STRING: return "string";
	case VK_BUFFER: return "buffer";
	case VK_STACK: return "stack";
	case VK_SYMBOL: return "symbol";
	case VK_INET: return "address";
	case VK_TIMESTAMP: return "timestamp";
	case VK_TUPLE: return "tuple";
	case VK_RECORD: return "record";
	case VK_POINTER: return "pointer";
	case VK_AGGREGATE: return "aggregation";
	case VK_MAP: return "map";
	case VK_NONE: return "no value";
	default: return "unknown";
	}
}

/* Integers and booleans mix freely; everything else must match. */
static bool kinds_compatible(enum value_kind a, enum value_kind b)
{
	if (a == VK_UNKNOWN || b == VK_UNKNOWN || a == b)
		return true;
	bool ai = a == VK_INT || a == VK_BOOL || a == VK_POINTER;
	bool bi = b == VK_INT || b == VK_BOOL || b == VK_POINTER;
	return ai && bi;
}

/* ---- maps ---- */

/* How many keys a map access has: @m[a, b] and @m[(a, b)] both have two.
 * -1 when the front end cannot tell: a variable or map value used as the
 * whole key may hold a tuple. */
static int key_count(struct checker *c, const struct node *access)
{
	if (access->kind == N_MAP)
		return 0;
	if (access->list.len != 1)
		return access->list.len;
	const struct node *key = access->list.items[0];
	if (key->kind == N_TUPLE)
		return key->list.len;
	enum value_kind vk = expr_kind(c, key);
	if (vk == VK_TUPLE || (vk == VK_UNKNOWN && (key->kind == N_VAR || key->kind == N_MAP_ACCESS ||
						    key->kind == N_CALL || key->kind == N_TERNARY)))
		return -1;
	return 1;
}

static void note_map_keys(struct checker *c, const struct node *use)
{
	const struct node *map = use->kind == N_MAP ? use : use->lhs;
	if (macro_param(c, N_MAP, map->name))
		return;
	struct map_info *m = map_lookup(c, map->name);
	int n = key_count(c, use);
	if (n < 0)
		return;
	if (m->nkeys < 0) {
		m->nkeys = n;
		m->first = use;
	} else if (m->nkeys != n) {
		error(c, use, "map '@%s' is used with %d key%s here, but with %d key%s at %s",
		      map->name, n, n == 1 ? "" : "s", m->nkeys, m->nkeys == 1 ? "" : "s",
		      where(c, m->first));
	}
}

static void note_map_value(struct checker *c, const struct node *target, const struct node *value,
			   enum op op)
{
	const struct node *map = target->kind == N_MAP ? target : target->lhs;
	if (macro_param(c, N_MAP, map->name))
		return;
	struct map_info *m = map_lookup(c, map->name);
	const char *agg = is_aggregation_call(value) ? value->name : NULL;
	enum value_kind kind = agg ? VK_AGGREGATE : op != OP_NONE ? VK_INT : expr_kind(c, value);
	if (!m->value_at) {
		m->value_at = value;
		m->value = kind;
		m->aggregation = agg;
		return;
	}
	if (m->aggregation || agg) {
		if (m->aggregation && agg && !strcmp(m->aggregation, agg))
			return;
		error(c, value, "map '@%s' is assigned %s%s here, but %s%s at %s", map->name,
		      agg ? agg : kind_name(kind), agg ? "()" : " values",
		      m->aggregation ? m->aggregation : kind_name(m->value),
		      m->aggregation ? "()" : " values", where(c, m->value_at));
		return;
	}
	if (!kinds_compatible(m->value, kind))
		error(c, value, "map '@%s' is assigned %s values here, but %s values at %s", map->name,
		      kind_name(kind), kind_name(m->value), where(c, m->value_at));
	else if (m->value == VK_UNKNOWN)
		m->value = kind;
}

/* Pre-pass: aggregation assignments fix a map's kind wherever they appear,
 * so a read earlier in the program is still recognized. */
static void collect_aggregations(struct checker *c, const struct node *n)
{
	if (!n)
		return;
	if (n->kind == N_ASSIGN && n->op == OP_NONE && n->lhs &&
	    (n->lhs->kind == N_MAP || n->lhs->kind == N_MAP_ACCESS) && is_aggregation_call(n->rhs)) {
		const struct node *map = n->lhs->kind == N_MAP ? n->lhs : n->lhs->lhs;
		struct map_info *m = map_lookup(c, map->name);
		if (!m->aggregation) {
			m->aggregation = n->rhs->name;
			m->value = VK_AGGREGATE;
			m->value_at = n->rhs;
		}
	}
	const struct node *kids[] = { n->lhs, n->rhs, n->cond, n->then, n->els, n->body };
	for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++)
		collect_aggregations(c, kids[i]);
	for (int i = 0; i < n->list.len; i++)
		collect_aggregations(c, n->list.items[i]);
}

/* ---- expressions ---- */

static void check_expr(struct checker *c, const struct node *n);
static void check_block(struct checker *c, const struct node *block, bool new_scope);

static void check_ident(struct checker *c, const struct node *n)
{
	const char *name = n->name;
	if (macro_param(c, N_IDENT, name))
		return;
	const struct node *m = find_item(c, N_MACRO, name);
	if (m) {
		if (m->params.len)
			error(c, n, "macro '%s' takes %d argument%s: call it as %s(...)", name,
			      m->params.len, m->params.len == 1 ? "" : "s", name);
		return;
	}
	int index;
	if (stdlib_is_arg_builtin(name, "arg", &index)) {
		check_probe_context(c, n, "builtin", name, PK_KPROBE | PK_UPROBE | PK_USDT | PK_RAWTP);
		return;
	}
	if (stdlib_is_arg_builtin(name, "sarg", &index)) {
		check_probe_context(c, n, "builtin", name, PK_KPROBE | PK_UPROBE);
		return;
	}
	const struct builtin_var *v = stdlib_find_var(name);
	if (v) {
		check_probe_context(c, n, "builtin", name, v->probes);
		return;
	}
	if (!strcmp(name, "_")) {
		error(c, n, "'_' can only be assigned to, as in '_ = f()'");
		return;
	}
	if (c_definitions_define(c, name) || looks_like_constant(name))
		return;
	const struct builtin_func *fn = stdlib_find_func(name);
	if (fn) {
		error(c, n, "'%s' is a function: call it as %s(...)", name, name);
		return;
	}
	struct suggester s;
	suggest_init(&s, name);
	for (size_t i = 0; i < stdlib_nvars; i++)
		suggest_offer(&s, stdlib_vars[i].name);
	const char *hint = suggest_result(&s);
	if (hint)
		error(c, n, "unknown identifier '%s' (did you mean '%s'?)", name, hint);
	else
		error(c, n, "unknown identifier '%s'", name);
}

static void check_var_read(struct checker *c, const struct node *n)
{
	if (scope_lookup(c, n->name) || macro_param(c, N_VAR, n->name))
		return;
	const struct node *gone = scope_find_local(c->gone, n->name);
	if (gone && gone->span.off < n->span.off)
		error(c, n, "variable '$%s' is not in scope here: it was assigned inside the block at %s, "
		      "and a variable lives only in its block (declare it before with 'let $%s;')",
		      n->name, where(c, gone), n->name);
	else
		error(c, n, "variable '$%s' is used before it is assigned", n->name);
}

static void check_map_read(struct checker *c, const struct node *use)
{
	const struct node *map = use->kind == N_MAP ? use : use->lhs;
	if (c->macro && !macro_param(c, N_MAP, map->name)) {
		error(c, map, "macro '%s' uses map '@%s', which is not one of its parameters",
		      c->macro->name, map->name);
		return;
	}
	note_map_keys(c, use);
	for (int i = 0; i < use->list.len; i++)
		check_expr(c, use->list.items[i]);
}

/* A map named as a whole (print(@m), for ($kv : @m)): any key count fits. */
static void check_whole_map(struct checker *c, const struct node *map)
{
	if (c->macro && !macro_param(c, N_MAP, map->name))
		error(c, map, "macro '%s' uses map '@%s', which is not one of its parameters",
		      c->macro->name, map->name);
}

/* A map holding hist()/stats()-like aggregations has no single value. */
static void check_not_aggregate(struct checker *c, const struct node *n)
{
	if (n->kind != N_MAP && n->kind != N_MAP_ACCESS)
		return;
	const struct node *map = n->kind == N_MAP ? n : n->lhs;
	struct map_info *m = map_lookup(c, map->name);
	if (!m->aggregation)
		return;
	static const char *const scalar_aggs[] = { "count", "sum", "min", "max", "avg" };
	for (size_t i = 0; i < sizeof(scalar_aggs) / sizeof(scalar_aggs[0]); i++)
		if (!strcmp(m->aggregation, scalar_aggs[i]))
			return;
	error(c, n, "map '@%s' holds %s() aggregations, which cannot be used in an expression "
	      "(print it with print(@%s))", map->name, m->aggregation, map->name);
}

static bool is_literal_int(const struct checker *c, const struct node *n)
{
	switch (n->kind) {
	case N_INT:
	case N_POSITIONAL:
	case N_PARAM_COUNT:
	case N_SIZEOF:
	case N_OFFSETOF:
	case N_BOOL:
		return true;
	case N_IDENT:
		return c_definitions_define(c, n->name) || looks_like_constant(n->name) ||
		       (macro_param(c, N_IDENT, n->name) != NULL);
	case N_UNARY:
		return (n->op == OP_NEG || n->op == OP_BNOT || n->op == OP_PLUS) && is_literal_int(c, n->lhs);
	case N_BINARY:
		return is_literal_int(c, n->lhs) && is_literal_int(c, n->rhs);
	default:
		return false;
	}
}

static const char *arg_kind_text(enum arg_kind k)
{
	switch (k) {
	case ARG_INT: return "an integer";
	case ARG_INT_LITERAL: return "an integer constant";
	case ARG_STRING: return "a string";
	case ARG_STRING_LITERAL: return "a string literal";
	case ARG_MAP: return "a map such as @m";
	case ARG_MAP_ELEMENT: return "a map element such as @m[key]";
	case ARG_MAP_OR_ELEMENT: return "a map or map element";
	case ARG_IDENT: return "a name";
	case ARG_POINTER: return "a pointer or address";
	default: return "a value";
	}
}

/* Functions whose name arguments come from a fixed set say which. */
static const char *arg_text(const struct builtin_func *fn, enum arg_kind kind)
{
	if (kind == ARG_IDENT && !strcmp(fn->name, "nsecs"))
		return "a clock name: boot, monotonic, tai or sw_tai";
	if (kind == ARG_IDENT && (!strcmp(fn->name, "pid") || !strcmp(fn->name, "tid")))
		return "a namespace: curr_ns or init";
	return arg_kind_text(kind);
}

/* Whether `arg` can be what `kind` asks for, as far as syntax tells. */
static bool arg_fits(struct checker *c, enum arg_kind kind, const struct node *arg)
{
	if (arg->kind == N_IDENT && macro_param(c, N_IDENT, arg->name))
		return true;
	enum value_kind vk;
	switch (kind) {
	case ARG_MAP:
		return arg->kind == N_MAP;
	case ARG_MAP_ELEMENT:
		return arg->kind == N_MAP_ACCESS || arg->kind == N_MAP;
	case ARG_MAP_OR_ELEMENT:
		return arg->kind == N_MAP || arg->kind == N_MAP_ACCESS;
	case ARG_STRING_LITERAL:
		return arg->kind == N_STRING || arg->kind == N_POSITIONAL ||
		       (arg->kind == N_IDENT && c_definitions_define(c, arg->name));
	case ARG_INT_LITERAL:
		return is_literal_int(c, arg);
	case ARG_IDENT:
		return arg->kind == N_IDENT || arg->kind == N_STRING;
	case ARG_INT:
	case ARG_POINTER:
		vk = expr_kind(c, arg);
		return vk != VK_STRING && vk != VK_TUPLE && vk != VK_RECORD && vk != VK_STACK;
	case ARG_STRING:
		vk = expr_kind(c, arg);
		return vk == VK_UNKNOWN || vk == VK_STRING || vk == VK_SYMBOL || vk == VK_INET ||
		       vk == VK_BUFFER || vk == VK_POINTER;
	default:
		return true;
	}
}

static void check_user_call(struct checker *c, const struct node *call, const struct node *def)
{
	const char *what = def->kind == N_MACRO ? "macro" : "function";
	if (call->list.len != def->params.len) {
		error(c, call, "%s '%s' takes %d argument%s, but %d %s given", what, def->name,
		      def->params.len, def->params.len == 1 ? "" : "s", call->list.len,
		      call->list.len == 1 ? "was" : "were");
		return;
	}
	for (int i = 0; i < call->list.len; i++) {
		const struct node *param = def->params.items[i], *arg = call->list.items[i];
		if (def->kind == N_MACRO && param->kind == N_VAR && arg->kind != N_VAR)
			error(c, arg, "macro '%s' expects a variable such as '$x' for parameter '$%s'",
			      def->name, param->name);
		else if (def->kind == N_MACRO && param->kind == N_MAP && arg->kind != N_MAP)
			error(c, arg, "macro '%s' expects a map such as '@m' for parameter '@%s'",
			      def->name, param->name);
		else if (def->kind == N_MACRO && param->kind == N_VAR)
			continue; /* the macro may assign it */
		else if (def->kind == N_MACRO && param->kind == N_MAP)
			check_whole_map(c, arg);
		else
			check_expr(c, arg);
	}
}

static void unknown_function(struct checker *c, const struct node *call)
{
	struct suggester s;
	suggest_init(&s, call->name);
	for (size_t i = 0; i < stdlib_nfuncs; i++)
		suggest_offer(&s, stdlib_funcs[i].name);
	for (int i = 0; i < c->definitions.len; i++)
		suggest_offer(&s, c->definitions.items[i]->name);
	const char *hint = suggest_result(&s);
	size_t len = strlen(call->name);
	if (hint)
		error_name(c, call, len, "unknown function '%s' (did you mean '%s'?)", call->name, hint);
	else
		error_name(c, call, len, "unknown function '%s'", call->name);
}

static bool is_stack_mode(const char *name)
{
	return !strcmp(name, "bpftrace") || !strcmp(name, "perf") || !strcmp(name, "raw");
}

/* pton() takes the family from the text: a ':' makes it IPv6. */
static bool pton_valid(const char *text)
{
	unsigned char bytes[16];
	return inet_pton(strchr(text, ':') ? AF_INET6 : AF_INET, text, bytes) == 1;
}

static void check_call_args(struct checker *c, const struct node *call, const struct builtin_func *fn)
{
	int n = call->list.len;
	if (n < fn->min_args || n > fn->max_args) {
		const char *expect = fn->min_args == fn->max_args
			? arena_printf(c->arena, "%d argument%s", fn->min_args, fn->min_args == 1 ? "" : "s")
			: fn->max_args >= STDLIB_VARIADIC_MAX
			? arena_printf(c->arena, "at least %d argument%s", fn->min_args, fn->min_args == 1 ? "" : "s")
			: fn->min_args == 0
			? arena_printf(c->arena, "at most %d argument%s", fn->max_args, fn->max_args == 1 ? "" : "s")
			: arena_printf(c->arena, "%d to %d arguments", fn->min_args, fn->max_args);
		error(c, call, "%s() takes %s, but %d %s given", fn->name, expect, n, n == 1 ? "was" : "were");
	}
	for (int i = 0; i < n; i++) {
		const struct node *arg = call->list.items[i];
		enum arg_kind kind = stdlib_arg_kind(fn, i);
		if (!arg_fits(c, kind, arg)) {
			error(c, arg, "argument %d of %s() must be %s", i + 1, fn->name, arg_text(fn, kind));
			continue;
		}
		if (!strcmp(fn->name, "reg") && arg->kind == N_STRING && pt_regs_offset(arg->str) < 0) {
			error(c, arg, "unknown register '%s' (x86-64 registers: %s)", arg->str,
			      pt_regs_names());
			continue;
		}
		if (!strcmp(fn->name, "pton") && arg->kind == N_STRING && !pton_valid(arg->str)) {
			error(c, call, "pton() expects a valid IPv4/IPv6 address, got %s", arg->str);
			continue;
		}
		if (kind == ARG_IDENT && arg->kind == N_IDENT)
			continue;
		/* Functions that take maps (print, len, clear...) may take any
		 * map, including ones holding hist() or stats(). */
		if (arg->kind == N_MAP_ACCESS) {
			check_map_read(c, arg);
			continue;
		}
		if (arg->kind == N_MAP) {
			check_whole_map(c, arg);
			continue;
		}
		if (arg->kind == N_IDENT && is_stack_mode(arg->name) &&
		    (!strcmp(fn->name, "kstack") || !strcmp(fn->name, "ustack")))
			continue;
		check_expr(c, arg);
	}
}

/* Maps a byte offset in a decoded string literal back to the source: each
 * escape (\n, \x41, \101) is one decoded byte but several source bytes. */
static uint32_t literal_source_offset(const struct checker *c, const struct node *lit,
				      uint32_t decoded)
{
	const char *s = c->diag->src->text + lit->span.off + 1; /* past the '"' */
	const char *end = c->diag->src->text + lit->span.off + lit->span.len;
	for (uint32_t i = 0; i < decoded && s < end; i++) {
		if (*s != '\\') {
			s++;
			continue;
		}
		s++;
		int max = *s == 'x' ? 3 : (*s >= '0' && *s <= '7') ? 3 : 1;
		int n = 0;
		do
			s++, n++;
		while (n < max && s < end && (*(s - n) == 'x' ? isxdigit((unsigned char)*s)
							    : (*s >= '0' && *s <= '7')));
	}
	return (uint32_t)(s - c->diag->src->text);
}

/* time() and strftime() take strftime(3) formats, not these. */
static bool takes_printf_format(const struct builtin_func *fn)
{
	static const char *const names[] = { "printf", "errorf", "warnf", "system", "cat" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(fn->name, names[i]))
			return true;
	return false;
}

/* printf-family formats are checked here, where the error can point into
 * the string, rather than when the first event arrives. */
static void check_format(struct checker *c, const struct node *call)
{
	const struct node *fmt = call->list.items[0];
	if (fmt->kind != N_STRING)
		return;
	struct printf_format f;
	struct printf_error err;
	if (printf_format_parse(&f, fmt->str, fmt->str_len, &err) == 0) {
		int bad = printf_format_check_count(&f, (size_t)(call->list.len - 1), &err);
		printf_format_free(&f);
		if (bad)
			error(c, fmt, "%s(): %s", call->name, err.message);
		return;
	}
	uint32_t start = literal_source_offset(c, fmt, err.offset);
	uint32_t stop = literal_source_offset(c, fmt, err.offset + (err.len ? err.len : 1));
	struct span at = { start, stop > start ? stop - start : 1 };
	diag_error(c->diag, at, "%s(): %s", call->name, err.message);
}

static void check_call(struct checker *c, const struct node *call, bool as_map_value)
{
	const struct node *def = find_item(c, N_MACRO, call->name);
	if (!def)
		def = find_item(c, N_FUNCTION, call->name);
	if (def) {
		check_user_call(c, call, def);
		return;
	}
	const struct builtin_func *fn = stdlib_find_func(call->name);
	if (!fn) {
		unknown_function(c, call);
		for (int i = 0; i < call->list.len; i++)
			check_expr(c, call->list.items[i]);
		return;
	}
	if ((fn->flags & FN_UNSAFE) && !c->opts->unsafe)
		error(c, call, "%s() is unsafe: run with --unsafe to allow it", fn->name);
	if ((fn->flags & FN_AGGREGATION) && !as_map_value)
		error(c, call, "%s() is an aggregation: it can only be assigned to a map, as in '@x = %s(%s)'",
		      fn->name, fn->name, fn->max_args ? "..." : "");
	/* A fn body is shared by the probes that call it: ending the whole
	 * trace is the probe's decision. */
	if (!strcmp(fn->name, "exit") && c->function)
		error(c, call, "exit() cannot be used inside fn '%s': return a value and call exit() "
		      "from the probe", c->function->name);
	if ((fn->flags & FN_NOT_IN_END) && c->probe) {
		for (int i = 0; i < c->probe->list.len; i++) {
			const struct node *ap = c->probe->list.items[i];
			if (ap->spec && ap->spec->provider == PROV_END)
				error(c, call, "%s() cannot be used in an end probe", fn->name);
		}
	}
	check_probe_context(c, call, "function", fn->name, fn->probes);
	if (!strcmp(fn->name, "len") && call->list.len == 1) {
		const struct node *arg = call->list.items[0];
		enum value_kind vk = expr_kind(c, arg);
		if (arg->kind != N_MAP && vk != VK_STACK && vk != VK_UNKNOWN)
			error(c, arg, "len() takes a map or a stack, not %s", kind_name(vk));
	}
	check_call_args(c, call, fn);
	if (takes_printf_format(fn) && call->list.len >= 1)
		check_format(c, call);
}

static void check_lvalue_var(struct checker *c, const struct node *var)
{
	if (!scope_lookup(c, var->name) && !macro_param(c, N_VAR, var->name))
		scope_declare(c, var);
}

static void check_expr(struct checker *c, const struct node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_INT:
	case N_STRING:
	case N_BOOL:
	case N_PARAM_COUNT:
		return;
	case N_POSITIONAL:
		if (n->ival == 0)
			error(c, n, "positional parameters start at $1 ($0 does not exist)");
		return;
	case N_IDENT:
		check_ident(c, n);
		return;
	case N_VAR:
		check_var_read(c, n);
		return;
	case N_MAP:
	case N_MAP_ACCESS:
		check_map_read(c, n);
		check_not_aggregate(c, n);
		return;
	case N_CALL:
		check_call(c, n, false);
		return;
	case N_UNARY:
		if ((n->op == OP_PREINC || n->op == OP_PREDEC) && n->lhs->kind != N_VAR &&
		    n->lhs->kind != N_MAP && n->lhs->kind != N_MAP_ACCESS)
			error(c, n, "'%s' can only be applied to a variable or a map", op_text(n->op));
		check_expr(c, n->lhs);
		return;
	case N_POSTFIX:
		if (n->lhs->kind != N_VAR && n->lhs->kind != N_MAP && n->lhs->kind != N_MAP_ACCESS)
			error(c, n, "'%s' can only be applied to a variable or a map", op_text(n->op));
		if (n->lhs->kind == N_MAP || n->lhs->kind == N_MAP_ACCESS)
			check_map_read(c, n->lhs);
		else
			check_expr(c, n->lhs);
		return;
	case N_BINARY:
		check_expr(c, n->lhs);
		check_expr(c, n->rhs);
		if ((n->op == OP_LT || n->op == OP_LE || n->op == OP_GT || n->op == OP_GE) &&
		    expr_kind(c, n->lhs) == VK_STRING && expr_kind(c, n->rhs) == VK_STRING)
			error(c, n, "operator '%s' cannot be used on strings: they compare only with == and !=",
			      op_text(n->op));
		return;
	case N_TERNARY:
		check_expr(c, n->cond);
		check_expr(c, n->then);
		check_expr(c, n->els);
		return;
	case N_CAST:
	case N_FIELD:
	case N_TUPLE_INDEX:
		check_expr(c, n->lhs);
		return;
	case N_INDEX:
		check_expr(c, n->lhs);
		check_expr(c, n->rhs);
		return;
	case N_SIZEOF:
	case N_OFFSETOF:
	case N_TYPEOF:
		/* sizeof(x) does not evaluate x, but x must still name something.
		 * A bare name may be a typedef (u64, size_t): the type pass
		 * looks those up in the script and in BTF. */
		if (n->lhs && n->lhs->kind == N_IDENT && !stdlib_find_var(n->lhs->name))
			return;
		check_expr(c, n->lhs);
		return;
	case N_TUPLE:
		for (int i = 0; i < n->list.len; i++)
			check_expr(c, n->list.items[i]);
		return;
	case N_RECORD:
		for (int i = 0; i < n->list.len; i++) {
			const struct node *f = n->list.items[i];
			for (int j = 0; j < i; j++)
				if (!strcmp(n->list.items[j]->name, f->name))
					error(c, f, "record field '%s' is given twice", f->name);
			check_expr(c, f->lhs);
		}
		return;
	case N_BLOCK:
		check_block(c, n, true);
		return;
	default:
		return;
	}
}

/* ---- statements ---- */

static void check_statement(struct checker *c, const struct node *s);

static void check_assign(struct checker *c, const struct node *s)
{
	const struct node *target = s->lhs;
	bool map = target->kind == N_MAP || target->kind == N_MAP_ACCESS;
	if (map && is_aggregation_call(s->rhs) && s->op == OP_NONE)
		check_call(c, s->rhs, true);
	else
		check_expr(c, s->rhs);
	if (!map && is_aggregation_call(s->rhs))
		return; /* already reported by check_expr */
	if (map) {
		check_map_read(c, target);
		const struct node *m = target->kind == N_MAP ? target : target->lhs;
		const char *agg = map_lookup(c, m->name)->aggregation;
		if (s->op != OP_NONE && agg)
			error(c, target, "cannot use '%s=' on map '@%s': it holds %s() aggregations",
			      op_text(s->op), m->name, agg);
		else
			note_map_value(c, target, s->rhs, s->op);
		return;
	}
	if (s->op != OP_NONE)
		check_var_read(c, target);
	else
		check_lvalue_var(c, target);
}

static void check_loop_body(struct checker *c, const struct node *body)
{
	c->loop_depth++;
	check_block(c, body, true);
	c->loop_depth--;
}

static void check_unroll(struct checker *c, const struct node *s)
{
	const struct node *count = s->cond;
	if (count->kind == N_INT && (count->ival == 0 || count->ival > 100))
		error(c, count, "unroll count must be between 1 and 100, not %llu",
		      (unsigned long long)count->ival);
	else if (!is_literal_int(c, count))
		error(c, count, "unroll count must be a constant");
	check_block(c, s->body, true);
}

static void check_for(struct checker *c, const struct node *s)
{
	if (s->kind == N_FOR_MAP) {
		check_whole_map(c, s->rhs);
	} else {
		check_expr(c, s->cond);
		check_expr(c, s->rhs);
	}
	scope_push(c);
	scope_declare(c, s->lhs);
	check_loop_body(c, s->body);
	scope_pop(c);
}

static void check_let(struct checker *c, const struct node *s)
{
	check_expr(c, s->rhs);
	if (s->rhs && is_aggregation_call(s->rhs))
		return;
	const struct node *prev = scope_find_local(c->scope, s->lhs->name);
	if (prev)
		error(c, s->lhs, "variable '$%s' is already declared in this block (at %s)", s->lhs->name,
		      where(c, prev));
	else
		scope_declare(c, s->lhs);
}

/* test:NAME probes report success or failure through their return value. */
static bool in_test_probe(const struct checker *c)
{
	if (!c->probe)
		return false;
	for (int i = 0; i < c->probe->list.len; i++) {
		const struct node *ap = c->probe->list.items[i];
		if (!ap->spec || ap->spec->provider != PROV_TEST)
			return false;
	}
	return true;
}

static void check_statement(struct checker *c, const struct node *s)
{
	switch (s->kind) {
	case N_EXPR_STMT:
		check_expr(c, s->lhs);
		return;
	case N_ASSIGN:
		check_assign(c, s);
		return;
	case N_DISCARD:
		check_expr(c, s->rhs);
		return;
	case N_LET:
		check_let(c, s);
		return;
	case N_IF:
		check_expr(c, s->cond);
		check_block(c, s->then, true);
		if (s->els && s->els->kind == N_IF)
			check_statement(c, s->els);
		else if (s->els)
			check_block(c, s->els, true);
		return;
	case N_WHILE:
		check_expr(c, s->cond);
		check_loop_body(c, s->body);
		return;
	case N_UNROLL:
		check_unroll(c, s);
		return;
	case N_FOR_MAP:
	case N_FOR_RANGE:
		check_for(c, s);
		return;
	case N_BREAK:
	case N_CONTINUE:
		if (!c->loop_depth)
			error(c, s, "'%s' can only be used inside a while or for loop",
			      s->kind == N_BREAK ? "break" : "continue");
		return;
	case N_RETURN:
		if (s->lhs && !c->function && !in_test_probe(c))
			error(c, s, "a probe cannot return a value: use 'return;' to leave the probe");
		else if (s->lhs && c->function && c->function->type &&
			 !strcmp(c->function->type->name, "void") &&
			 !c->function->type->ival)
			error(c, s, "function '%s' returns void and cannot return a value", c->function->name);
		else if (!s->lhs && c->function && c->function->type &&
			 strcmp(c->function->type->name, "void"))
			error(c, s, "function '%s' must return a value", c->function->name);
		check_expr(c, s->lhs);
		return;
	case N_BLOCK:
		check_block(c, s, true);
		return;
	default:
		return;
	}
}

static void check_block(struct checker *c, const struct node *block, bool new_scope)
{
	if (new_scope)
		scope_push(c);
	for (int i = 0; i < block->list.len; i++)
		check_statement(c, block->list.items[i]);
	check_expr(c, block->rhs);
	if (new_scope)
		scope_pop(c);
}

/* ---- top level ---- */

static const char *const config_keys[] = {
	"cache_user_symbols", "cpp_demangle", "lazy_symbolication", "license", "log_size",
	"max_bpf_progs", "max_cat_bytes", "max_map_keys", "max_probes", "max_strlen",
	"missing_probes", "on_stack_limit", "perf_rb_pages", "show_debug_info", "stack_mode",
	"str_trunc_trailer", "print_maps_on_exit", "unstable_map_decl", "unstable_tseries",
	"unstable_addr", "unstable_import", "unstable_macro", "max_type_res_iterations",
	"symbol_source", "use_blazesym",
};

/* BPFTRACE_MAX_MAP_KEYS, MAX_MAP_KEYS and max_map_keys name the same key. */
static bool config_key_is(const char *name, const char *key)
{
	const char *s = strncmp(name, "BPFTRACE_", 9) ? name : name + 9;
	return !strcasecmp(s, key);
}

static const char *config_key_canonical(const char *name)
{
	for (size_t i = 0; i < sizeof(config_keys) / sizeof(config_keys[0]); i++)
		if (config_key_is(name, config_keys[i]))
			return config_keys[i];
	return NULL;
}

const struct node *sema_config_value(const struct node *program, const char *key)
{
	for (int i = 0; program && i < program->list.len; i++) {
		const struct node *cfg = program->list.items[i];
		if (cfg->kind != N_CONFIG)
			continue;
		for (int j = 0; j < cfg->list.len; j++)
			if (config_key_is(cfg->list.items[j]->name, key))
				return cfg->list.items[j]->lhs;
	}
	return NULL;
}

static void check_max_strlen(struct checker *c, const struct node *v)
{
	if (v->kind != N_INT)
		error(c, v, "max_strlen must be a number of bytes");
	else if (v->ival < TYPES_STR_CAPACITY_MIN || v->ival > TYPES_STR_CAPACITY_MAX)
		error(c, v, "max_strlen must be a number of bytes from %d to %d, not %llu",
		      TYPES_STR_CAPACITY_MIN, TYPES_STR_CAPACITY_MAX, (unsigned long long)v->ival);
}

static void check_config(struct checker *c, const struct node *cfg)
{
	if (c->seen_probe)
		error(c, cfg, "the config block must come before the first probe");
	for (int i = 0; i < cfg->list.len; i++) {
		const struct node *item = cfg->list.items[i];
		const char *key = config_key_canonical(item->name);
		if (!key) {
			struct suggester s;
			suggest_init(&s, item->name);
			for (size_t k = 0; k < sizeof(config_keys) / sizeof(config_keys[0]); k++)
				suggest_offer(&s, config_keys[k]);
			const char *hint = suggest_result(&s);
			size_t len = strlen(item->name);
			if (hint)
				error_name(c, item, len, "unknown config variable '%s' (did you mean '%s'?)",
					   item->name, hint);
			else
				error_name(c, item, len, "unknown config variable '%s'", item->name);
			continue;
		}
		for (int j = 0; j < i; j++) {
			const struct node *prev = cfg->list.items[j];
			if (config_key_canonical(prev->name) != key)
				continue;
			if (!strcmp(prev->name, item->name))
				error_name(c, item, strlen(item->name), "config variable '%s' is set twice (first at %s)",
					   item->name, where(c, prev));
			else
				error_name(c, item, strlen(item->name),
					   "config variable '%s' is set twice (as '%s' at %s)", item->name,
					   prev->name, where(c, prev));
		}
		const struct node *v = item->lhs;
		if (v->kind != N_INT && v->kind != N_STRING && v->kind != N_BOOL && v->kind != N_IDENT)
			error(c, v, "config value must be a number, a string, true/false or a name");
		else if (!strcmp(key, "max_strlen"))
			check_max_strlen(c, v);
	}
}

static void check_map_decl(struct checker *c, const struct node *d)
{
	static const char *const kinds[] = { "hash", "lruhash", "percpuhash", "percpulruhash" };
	bool known = false;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		known |= !strcmp(d->name, kinds[i]);
	const struct node *call = d->rhs;
	if (!known)
		error_name(c, call, strlen(d->name),
			   "unknown map type '%s': expected hash, lruhash, percpuhash or percpulruhash", d->name);
	if (call->list.len != 1)
		error(c, call, "map declaration needs one size, as in 'let @%s = %s(1024);'", d->lhs->name,
		      d->name);
	else if (call->list.items[0]->kind != N_INT || call->list.items[0]->ival == 0)
		error(c, call->list.items[0], "map size must be a positive integer constant");
	struct map_info *m = map_lookup(c, d->lhs->name);
	if (m->decl)
		error(c, d, "map '@%s' is declared twice (first at %s)", d->lhs->name, where(c, m->decl));
	else
		m->decl = d;
	if (c->seen_probe)
		error(c, d, "map declarations must come before the first probe");
}

static void check_duplicate_item(struct checker *c, const struct node *n)
{
	for (int i = 0; i < c->definitions.len; i++) {
		const struct node *other = c->definitions.items[i];
		if (other == n)
			return;
		if (!strcmp(other->name, n->name)) {
			error(c, n, "'%s' is already defined at %s", n->name, where(c, other));
			return;
		}
	}
}

static void check_params(struct checker *c, const struct node *def)
{
	for (int i = 0; i < def->params.len; i++) {
		const struct node *p = def->params.items[i];
		const struct node *name = p->kind == N_PARAM ? p->lhs : p;
		for (int j = 0; j < i; j++) {
			const struct node *q = def->params.items[j];
			const struct node *qn = q->kind == N_PARAM ? q->lhs : q;
			if (qn->kind == name->kind && !strcmp(qn->name, name->name))
				error(c, name, "parameter '%s%s' is given twice",
				      name->kind == N_VAR ? "$" : name->kind == N_MAP ? "@" : "", name->name);
		}
	}
}

static void check_macro(struct checker *c, const struct node *m)
{
	check_duplicate_item(c, m);
	check_params(c, m);
	if (stdlib_find_func(m->name) || stdlib_find_var(m->name))
		error(c, m, "macro '%s' has the name of a builtin", m->name);
	c->macro = m;
	scope_push(c);
	check_block(c, m->body, false);
	scope_pop(c);
	c->macro = NULL;
}

static void check_function(struct checker *c, const struct node *f)
{
	check_duplicate_item(c, f);
	check_params(c, f);
	if (stdlib_find_func(f->name))
		error(c, f, "function '%s' has the name of a builtin function", f->name);
	c->function = f;
	scope_push(c);
	for (int i = 0; i < f->params.len; i++)
		scope_declare(c, f->params.items[i]->lhs);
	check_block(c, f->body, false);
	scope_pop(c);
	c->function = NULL;
}

/* `uprobe:func` and `usdt:probe` name no binary: only -p or -c says which. */
static void check_attach_target(struct checker *c, const struct node *ap)
{
	enum provider pv = ap->spec->provider;
	bool user = pv == PROV_UPROBE || pv == PROV_URETPROBE || pv == PROV_USDT;
	if (user && !ap->spec->target && !c->opts->has_target_process)
		error(c, ap, "'%s' names no binary: give one (%s) or run with -p PID or -c CMD",
		      ap->str, provider_info(pv)->syntax);
}

static void check_probe(struct checker *c, const struct node *probe)
{
	c->seen_probe = true;
	c->probe = probe;
	c->probe_bits = 0;
	for (int i = 0; i < probe->list.len; i++) {
		const struct node *ap = probe->list.items[i];
		const struct provider_info *info = ap->spec ? provider_info(ap->spec->provider) : NULL;
		if (info) {
			c->probe_bits |= info->probe_bits;
			check_attach_target(c, ap);
		}
	}
	scope_push(c);
	check_expr(c, probe->cond);
	check_block(c, probe->body, false);
	scope_pop(c);
	c->probe = NULL;
}

/* Iterators run alone: the kernel drives them, not events. */
static void check_iter_alone(struct checker *c)
{
	const struct node *iter = NULL;
	int probes = 0;
	for (int i = 0; i < c->program->list.len; i++) {
		const struct node *n = c->program->list.items[i];
		if (n->kind != N_PROBE)
			continue;
		for (int j = 0; j < n->list.len; j++) {
			const struct node *ap = n->list.items[j];
			if (!ap->spec)
				continue;
			enum provider pv = ap->spec->provider;
			if (pv == PROV_BEGIN || pv == PROV_END)
				continue;
			probes++;
			if (pv == PROV_ITER && !iter)
				iter = ap;
		}
	}
	if (iter && probes > 1)
		error(c, iter, "an iter probe cannot be combined with other probes (begin and end are allowed)");
}

int sema_check(struct arena *arena, struct node *program, struct diag *diag,
	       const struct sema_options *opts)
{
	struct checker c = { .arena = arena, .diag = diag, .opts = opts, .program = program };
	int before = diag->errors;
	bool seen_config = false;
	for (int i = 0; i < program->list.len; i++) {
		struct node *n = program->list.items[i];
		if (n->kind == N_MACRO || n->kind == N_FUNCTION)
			node_list_push(arena, &c.definitions, n);
		else if (n->kind == N_C_DEFINITION)
			node_list_push(arena, &c.c_definitions, n);
	}
	collect_aggregations(&c, program);
	for (int i = 0; i < program->list.len; i++) {
		struct node *n = program->list.items[i];
		switch (n->kind) {
		case N_CONFIG:
			if (seen_config)
				error(&c, n, "only one config block is allowed");
			seen_config = true;
			check_config(&c, n);
			break;
		case N_MAP_DECL:
			check_map_decl(&c, n);
			break;
		case N_MACRO:
			check_macro(&c, n);
			break;
		case N_FUNCTION:
			check_function(&c, n);
			break;
		case N_PROBE:
			check_probe(&c, n);
			break;
		default:
			break;
		}
	}
	check_iter_alone(&c);
	return diag->errors - before;
}
