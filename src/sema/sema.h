/* Semantic checks that need no kernel: names, argument counts and kinds,
 * scopes, map usage consistency, probe-context rules. */
#ifndef BPFSCOPE_SEMA_SEMA_H
#define BPFSCOPE_SEMA_SEMA_H

#include <stdbool.h>

#include "frontend/ast.h"

struct arena;

struct sema_options {
	bool unsafe;          /* --unsafe: allow system(), signal(), ... */
	int npositional;      /* how many $N were given */
	char **positional;    /* their values, for $N inside attach points */
	int nnamed;           /* named parameters given after "--" */
	char **named;         /* "name" or "name=value", for getopt() inside attach points */
	bool *named_used;     /* set for each one an attach point reads */
	bool has_target_process; /* -p or -c: probes may omit the binary */
};

/* Reports problems to `diag`; returns the number of errors found. */
int sema_check(struct arena *arena, struct node *program, struct diag *diag,
	       const struct sema_options *opts);

/* The value node of config variable `key` (canonical name, e.g.
 * "max_strlen") in the program's config block, whichever spelling set it;
 * NULL when unset. */
const struct node *sema_config_value(const struct node *program, const char *key);

#endif
