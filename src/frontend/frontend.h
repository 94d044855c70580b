/* The front end as one call: source text → checked AST. */
#ifndef BPFSCOPE_FRONTEND_FRONTEND_H
#define BPFSCOPE_FRONTEND_FRONTEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "sema/sema.h"
#include "util/arena.h"

struct compilation {
	struct arena arena;
	struct source src;
	struct diag diag;
	struct node *program;
};

/* Lexes, parses and checks `text` (which must stay alive). Diagnostics go
 * to `diag_out`. Returns the number of errors. */
int frontend_compile(struct compilation *c, const char *name, const char *text, size_t len,
		     const struct sema_options *opts, FILE *diag_out, bool color);
void frontend_free(struct compilation *c);

/* Fuzzing entry: compiles arbitrary bytes with diagnostics discarded. */
int frontend_fuzz_one(const char *text, size_t len);

#endif
