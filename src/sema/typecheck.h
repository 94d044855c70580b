/* The type pass: gives every expression node its type (node->ty) and
 * reports type mismatches. Requires: a program that passed sema_check (names
 * resolved, key counts and value kinds already consistent). Needs no kernel:
 * tracepoint formats come through the env callback, so tests can supply
 * fake ones. Kernel struct types (BTF) are not read yet: curtask, raw
 * tracepoint / fentry args and casts to struct pointers are opaque
 * pointers whose members are left unknown (NULL), never an error. */
#ifndef BPFSCOPE_SEMA_TYPECHECK_H
#define BPFSCOPE_SEMA_TYPECHECK_H

#include <stdio.h>

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "providers/tracepoint_format.h"
#include "sema/types.h"

struct arena;

struct typecheck_env {
	/* The format of tracepoint category:event, or NULL with *err set to a
	 * one-line reason. May be NULL: then `args` in tracepoints is unknown. */
	const struct tp_format *(*tracepoint_format)(void *ctx, const char *category,
						     const char *event, const char **err);
	void *ctx;
	/* Where types are interned; NULL for a table private to this run. Pass
	 * one to keep creating comparable types in later stages. */
	struct type_table *types;
};

/* Reports problems to `diag`; returns the number of errors found. */
int typecheck_run(struct arena *arena, struct node *program, struct diag *diag,
		  const struct typecheck_env *env);

/* `-d types`: one line per typed expression, in source order:
 * "line:col kind detail : type". */
void typecheck_print(FILE *out, const struct source *src, const struct node *program);

/* A tracepoint_format callback that reads tracefs; ctx is a struct arena *. */
const struct tp_format *typecheck_tracefs_format(void *ctx, const char *category,
						 const char *event, const char **err);

#endif
