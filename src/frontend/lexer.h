/* Tokens. The lexer runs over the whole source at once. At the top level it
 * knows the item structure well enough to hand attach points and C
 * definitions to the parser as raw text, because neither follows the
 * expression grammar (`uprobe:/bin/bash:readline`, `struct x { int y; }`). */
#ifndef BPFSCOPE_FRONTEND_LEXER_H
#define BPFSCOPE_FRONTEND_LEXER_H

#include <stdbool.h>
#include <stdint.h>

#include "frontend/diag.h"

struct arena;

enum token_kind {
	TOK_EOF,
	TOK_IDENT,        /* names and keywords */
	TOK_INT,          /* ival */
	TOK_STRING,       /* str/str_len: escapes decoded */
	TOK_VAR,          /* $name: str = "name" */
	TOK_POSITIONAL,   /* $1: ival = 1 */
	TOK_PARAM_COUNT,  /* $# */
	TOK_MAP,          /* @name or @: str = "name" or "" */
	TOK_PUNCT,        /* operators and separators */
	TOK_ATTACH,       /* one attach point as written (may carry "name=") */
	TOK_C_DEFINITION, /* struct/union/enum/typedef body or a # line */
	TOK_INVALID,      /* already reported */
};

enum int_suffix { INT_PLAIN, INT_DURATION, INT_C_SUFFIX, INT_SCIENTIFIC };

struct token {
	enum token_kind kind;
	struct span span;
	const char *text;            /* points into the source */
	uint64_t ival;
	const char *str;             /* decoded / name, NUL-terminated, in arena */
	uint32_t str_len;
	bool line_start;             /* first token on its line */
};

struct token_list {
	struct token *items;
	int len;
	/* The lexer met an error it cannot continue after (an unterminated
	 * string, comment or definition) and stopped there: what the parser
	 * finds missing at the end is a consequence, not a new error. */
	bool truncated;
};

/* Tokenizes `src`; errors go to `diag`. The list always ends with TOK_EOF. */
struct token_list lexer_run(struct arena *arena, const struct source *src, struct diag *diag);

bool token_is(const struct token *t, const char *punct_or_word);
const char *token_kind_name(enum token_kind k);

#endif
