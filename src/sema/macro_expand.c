/* Macro expansion (macro_expand.h says what it does). */
#include "sema/macro_expand.h"

#include <stdbool.h>
#include <string.h>

#include "util/arena.h"

/* An expansion in progress, innermost first: a macro met again on this
 * chain calls itself. */
struct expansion {
	const struct node *macro;
	struct expansion *outer;
};

/* What a copy of one macro body substitutes. */
struct subst {
	const struct node *macro;
	struct node **args;
	bool *placed;               /* args[i] is in the copy: further uses copy it */
	int serial;                 /* numbers this expansion's own variables */
};

struct expander {
	struct arena *arena;
	struct diag *diag;
	struct node_list macros;
	struct node_list reported;  /* recursive macros already reported */
	struct expansion *active;
	int serial;
	int errors;
};

/* A bound on the copies one program may make: nested macros that each
 * call the next several times grow exponentially. */
#define MACRO_EXPANSIONS_MAX 100000

static const struct node *find_macro(const struct expander *x, const char *name)
{
	for (int i = 0; name && i < x->macros.len; i++)
		if (!strcmp(x->macros.items[i]->name, name))
			return x->macros.items[i];
	return NULL;
}

/* The parameter `n` names ($x, @m or a bare x), or -1. */
static int param_index(const struct node *macro, const struct node *n)
{
	if (n->kind != N_VAR && n->kind != N_MAP && n->kind != N_IDENT)
		return -1;
	for (int i = 0; i < macro->params.len; i++) {
		const struct node *p = macro->params.items[i];
		if (p->kind == n->kind && !strcmp(p->name, n->name))
			return i;
	}
	return -1;
}

/* The macro a call or a bare name `n` invokes, or NULL. */
static const struct node *invoked(const struct expander *x, const struct node *n)
{
	if (n->kind != N_CALL && n->kind != N_IDENT)
		return NULL;
	const struct node *m = find_macro(x, n->name);
	return m && (n->kind == N_CALL || !m->params.len) ? m : NULL;
}

static struct node *instantiate(struct expander *x, struct node *call, const struct node *m,
				struct node **args);

/* A deep copy of `n`; with `s`, the copy of a macro body made for one
 * call: parameters replaced by the arguments, the body's own variables
 * renamed (the `$`s in the new name make it one no script can write),
 * and the macros the body calls expanded as they are met. The arguments
 * are expanded already, so each node is visited once. */
static struct node *copy(struct expander *x, const struct subst *s, const struct node *n)
{
	if (!n)
		return NULL;
	int param = s ? param_index(s->macro, n) : -1;
	/* The argument itself goes to its first use: a chain of macros each
	 * handing a parameter on to the next would otherwise copy the same
	 * (possibly large) argument once per link. */
	if (param >= 0 && n->kind == N_IDENT && !s->placed[param]) {
		s->placed[param] = true;
		return s->args[param];
	}
	if (param >= 0 && n->kind == N_IDENT)
		return copy(x, NULL, s->args[param]);
	const struct node *m = s && param < 0 ? invoked(x, n) : NULL;
	if (m) {
		struct node **args = arena_alloc(x->arena, sizeof(*args) * (size_t)(n->list.len + 1));
		for (int i = 0; i < n->list.len; i++)
			args[i] = copy(x, s, n->list.items[i]);
		return instantiate(x, (struct node *)n, m, args);
	}
	struct node *c = arena_alloc(x->arena, sizeof(*c));
	*c = *n;
	if (param >= 0)
		c->name = s->args[param]->name;
	else if (s && n->kind == N_VAR)
		c->name = arena_printf(x->arena, "$%s%d_$%s", s->macro->name, s->serial, n->name);
	c->lhs = copy(x, s, n->lhs);
	c->rhs = copy(x, s, n->rhs);
	c->cond = copy(x, s, n->cond);
	c->then = copy(x, s, n->then);
	c->els = copy(x, s, n->els);
	c->body = copy(x, s, n->body);
	c->type = copy(x, s, n->type);
	c->list = (struct node_list){ 0 };
	/* offsetof's member path is names, not expressions. */
	for (int i = 0; i < n->list.len; i++)
		node_list_push(x->arena, &c->list,
			       copy(x, n->kind == N_OFFSETOF ? NULL : s, n->list.items[i]));
	return c;
}

static void report_recursion(struct expander *x, const struct node *call, const struct node *m)
{
	/* One report per cycle, whichever of its macros it is entered by. */
	for (int i = 0; i < x->reported.len; i++)
		if (x->reported.items[i] == m)
			return;
	/* The chain, outermost first: m -> ... -> m. */
	const char *chain = m->name;
	for (struct expansion *e = x->active; e; e = e->outer) {
		chain = arena_printf(x->arena, "%s -> %s", e->macro->name, chain);
		node_list_push(x->arena, &x->reported, (struct node *)e->macro);
		if (e->macro == m)
			break;
	}
	diag_error(x->diag, call->span, "macro '%s' calls itself (%s): a macro is expanded in "
		   "place and cannot be recursive", m->name, chain);
	x->errors++;
}

/* The expansion of `call` (a call of `m`, or its bare name) given the
 * expanded arguments; `call` itself, unexpanded, after an error. */
static struct node *instantiate(struct expander *x, struct node *call, const struct node *m,
				struct node **args)
{
	for (struct expansion *e = x->active; e; e = e->outer)
		if (e->macro == m) {
			report_recursion(x, call, m);
			return call;
		}
	if (call->list.len != m->params.len || !m->body)
		return call;   /* sema_check reported it */
	if (++x->serial > MACRO_EXPANSIONS_MAX) {
		if (x->serial == MACRO_EXPANSIONS_MAX + 1) {
			diag_error(x->diag, call->span, "too many macro expansions (more than %d): "
				   "macros calling each other several times grow exponentially",
				   MACRO_EXPANSIONS_MAX);
			x->errors++;
		}
		return call;
	}
	struct subst s = { m, args, arena_alloc(x->arena, sizeof(bool) * (size_t)(m->params.len + 1)),
			   x->serial };
	struct expansion e = { m, x->active };
	x->active = &e;
	struct node *body = copy(x, &s, m->body);
	x->active = e.outer;
	return body;
}

/* Returns `n` (a probe's or a fn's own node) with the macro calls in it
 * expanded, or the expansion that replaces `n` itself. */
static struct node *expand(struct expander *x, struct node *n)
{
	if (!n)
		return NULL;
	const struct node *m = invoked(x, n);
	if (m) {
		for (int i = 0; i < n->list.len; i++)
			n->list.items[i] = expand(x, n->list.items[i]);
		return instantiate(x, n, m, n->list.items);
	}
	n->lhs = expand(x, n->lhs);
	n->rhs = expand(x, n->rhs);
	n->cond = expand(x, n->cond);
	n->then = expand(x, n->then);
	n->els = expand(x, n->els);
	n->body = expand(x, n->body);
	/* offsetof's member path is names, not expressions. */
	for (int i = 0; n->kind != N_OFFSETOF && i < n->list.len; i++)
		n->list.items[i] = expand(x, n->list.items[i]);
	return n;
}

int macro_expand_run(struct arena *arena, struct node *program, struct diag *diag)
{
	struct expander x = { .arena = arena, .diag = diag };
	if (!program)
		return 0;
	for (int i = 0; i < program->list.len; i++)
		if (program->list.items[i]->kind == N_MACRO)
			node_list_push(arena, &x.macros, program->list.items[i]);
	if (!x.macros.len)
		return 0;
	for (int i = 0; i < program->list.len; i++) {
		struct node *it = program->list.items[i];
		if (it->kind == N_PROBE) {
			it->cond = expand(&x, it->cond);
			it->body = expand(&x, it->body);
		} else if (it->kind == N_FUNCTION) {
			it->body = expand(&x, it->body);
		}
	}
	return x.errors;
}
