/* Recursive-descent parser: tokens → AST. Syntax errors are reported to the
 * diagnostics sink; the parser recovers at statement and item boundaries so
 * one run reports as many independent errors as it safely can. */
#ifndef BPFSCOPE_FRONTEND_PARSER_H
#define BPFSCOPE_FRONTEND_PARSER_H

#include "frontend/ast.h"
#include "frontend/lexer.h"

struct arena;

struct sema_options;

/* Always returns a program node (possibly partial when errors were found).
 * Positional parameters in `opts` are substituted into attach points. */
struct node *parser_run(struct arena *arena, const struct source *src,
			const struct token_list *tokens, struct diag *diag,
			const struct sema_options *opts);

#endif
