/* The type pass: gives every expression node its type (node->ty) and
 * reports type mismatches. Requires: a program that passed sema_check (names
 * resolved, key counts and value kinds already consistent). Needs no kernel:
 * tracepoint formats come through the env callback, so tests can supply
 * fake ones. Kernel structs (curtask, casts to `struct foo *`, members)
 * and raw tracepoint `args` come from vmlinux BTF (sema/btf.h), read on
 * the first use that needs it; without BTF they stay opaque, and only
 * reading a member is an error. fentry/kprobe args are still opaque. */
#ifndef BPFSCOPE_SEMA_TYPECHECK_H
#define BPFSCOPE_SEMA_TYPECHECK_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "providers/tracepoint_format.h"
#include "sema/types.h"

struct arena;

/* A map as the type pass left it: the final key and value types (after
 * every use widened them). key is NULL for a scalar map. */
struct typecheck_map {
	const char *name;               /* without the @ ("" for @) */
	const struct type *key, *value;
	const struct node *at;          /* first assignment, or NULL */
	const struct typecheck_map *next;
};

struct typecheck_env {
	/* The format of tracepoint category:event, or NULL with *err set to a
	 * one-line reason. May be NULL: then `args` in tracepoints is unknown. */
	const struct tp_format *(*tracepoint_format)(void *ctx, const char *category,
						     const char *event, const char **err);
	void *ctx;
	/* Where types are interned; NULL for a table private to this run. Pass
	 * one to keep creating comparable types in later stages. */
	struct type_table *types;
	/* $1..$N as given on the command line: a value that reads as an
	 * integer types $N as int64, anything else as a string. */
	int npositional;
	const char *const *positional;
	/* When not NULL, receives the list of maps (in order of first use). */
	const struct typecheck_map **maps;
	/* BPFTRACE_MAX_STRLEN, in range; 0 when unset (the config block's
	 * max_strlen, or the default, then sets the string capacity). */
	uint32_t max_strlen;
};

/* Reports problems to `diag`; returns the number of errors found. */
int typecheck_run(struct arena *arena, struct node *program, struct diag *diag,
		  const struct typecheck_env *env);

/* Whether a positional parameter's text is an integer (decimal, 0x hex or
 * 0 octal, optionally signed), and its value. */
bool typecheck_positional_int(const char *text, int64_t *value);

/* `-d types`: one line per typed expression, in source order:
 * "line:col kind detail : type". */
void typecheck_print(FILE *out, const struct source *src, const struct node *program);

/* A tracepoint_format callback that reads tracefs; ctx is a struct arena *. */
const struct tp_format *typecheck_tracefs_format(void *ctx, const char *category,
						 const char *event, const char **err);

#endif
