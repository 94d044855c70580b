/* The type pass's internals, shared by typecheck.c (expressions,
 * statements, the program) and typecheck_probe.c (what a probe's context
 * gives: builtins and `args`). Not a public interface. */
#ifndef BPFSCOPE_SEMA_TYPECHECK_IMPL_H
#define BPFSCOPE_SEMA_TYPECHECK_IMPL_H

#include <stdbool.h>

#include "frontend/ast.h"
#include "sema/cdecl.h"
#include "sema/typecheck.h"
#include "sema/types.h"

/* A scratch variable or a map: the type fixed at first use, and where. */
struct binding {
	const char *name;
	const struct type *ty, *key;
	const struct node *at, *key_at;
	bool has_key;
	struct binding *next;
};

struct scope {
	struct scope *parent;
	struct binding *vars;
};

struct tc {
	struct arena *arena;
	struct diag *diag;
	const struct typecheck_env *env;
	struct type_table *types;
	bool report;                /* the second walk */
	int errors;
	struct binding *maps;
	struct scope *scope;
	const struct node *program;
	const struct node *probe;
	const struct node *function;    /* the fn whose body is walked, or NULL */
	bool args_done;             /* `args` of the current probe looked up */
	const struct type *args;
	const char *args_err;
	struct cdecl_defs cdefs;    /* the script's C definitions */
	bool positional_as_text;    /* the $N being typed is str($N) or a string-literal argument */
};

static inline const struct type *tc_unsigned(struct tc *c, uint32_t size)
{
	return type_int(c->types, size, false);
}

/* An error at `at`, reported in the second walk only. */
void tc_error(struct tc *c, const struct node *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* `ty` as text, for messages. */
const char *tc_type_name(struct tc *c, const struct type *ty);

/* typecheck_probe.c: the type of builtin `name` in the current probe, or
 * NULL when unknown; the type of `args` there (an error says why not). */
const struct type *tc_builtin_type(struct tc *c, const char *name);
const struct type *tc_args_type(struct tc *c, const struct node *n);

#endif
