#include "frontend/frontend.h"

#include <stdlib.h>
#include <string.h>

#include "frontend/lexer.h"
#include "frontend/parser.h"

int frontend_compile(struct compilation *c, const char *name, const char *text, size_t len,
		     const struct sema_options *opts, FILE *diag_out, bool color)
{
	memset(c, 0, sizeof(*c));
	source_init(&c->src, name, text, (uint32_t)len);
	diag_init(&c->diag, &c->src, diag_out, color);
	struct token_list tokens = lexer_run(&c->arena, &c->src, &c->diag);
	c->program = parser_run(&c->arena, &c->src, &tokens, &c->diag, opts);
	/* Semantic errors on a tree with syntax errors are mostly echoes. */
	if (c->diag.errors == 0)
		sema_check(&c->arena, c->program, &c->diag, opts);
	return c->diag.errors;
}

void frontend_free(struct compilation *c)
{
	arena_free(&c->arena);
	source_free(&c->src);
}

int frontend_fuzz_one(const char *text, size_t len)
{
	/* The lexer needs a NUL-terminated buffer without embedded surprises
	 * at the end; copy so the fuzzer's buffer is never read past its size. */
	char *copy = malloc(len + 1);
	if (!copy)
		return 0;
	memcpy(copy, text, len);
	copy[len] = '\0';
	FILE *sink = fopen("/dev/null", "w");
	struct compilation c;
	static char *positional[] = { "1", "/bin/true" };
	struct sema_options opts = { .unsafe = false, .npositional = 2, .positional = positional };
	frontend_compile(&c, "fuzz", copy, len, &opts, sink ? sink : stderr, false);
	if (c.program) {
		FILE *out = sink ? sink : stderr;
		ast_print(out, &c.src, c.program);
	}
	frontend_free(&c);
	if (sink)
		fclose(sink);
	free(copy);
	return 0;
}
