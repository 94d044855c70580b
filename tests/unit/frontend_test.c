/* Unit tests for pieces of the front end that goldens do not reach well. */
#include "frontend/frontend.h"
#include "sema/stdlib.h"
#include "sema/suggest.h"
#include "unit.h"

#include <stdlib.h>

static struct node *parse_ok(struct compilation *c, const char *text)
{
	struct sema_options opts = { 0 };
	FILE *sink = fopen("/dev/null", "w");
	int errors = frontend_compile(c, "test", text, strlen(text), &opts, sink, false);
	fclose(sink);
	CHECK_INT(errors, 0);
	return c->program;
}

UNIT_TEST(lexer_duration_suffixes_scale_to_nanoseconds)
{
	struct compilation c;
	struct node *p = parse_ok(&c, "begin { @a = 1m; @b = 2us; @c = 3d; }");
	struct node *body = p->list.items[0]->body;
	CHECK_INT(body->list.items[0]->rhs->ival, 60000000000LL);
	CHECK_INT(body->list.items[1]->rhs->ival, 2000);
	CHECK_INT(body->list.items[2]->rhs->ival, 259200000000000LL);
	frontend_free(&c);
}

UNIT_TEST(lexer_integer_forms)
{
	struct compilation c;
	struct node *p = parse_ok(&c, "begin { @a = 0x1F; @b = 017; @c = 1_000; @d = 2e3; @e = 7UL; }");
	struct node *body = p->list.items[0]->body;
	CHECK_INT(body->list.items[0]->rhs->ival, 31);
	CHECK_INT(body->list.items[1]->rhs->ival, 15);
	CHECK_INT(body->list.items[2]->rhs->ival, 1000);
	CHECK_INT(body->list.items[3]->rhs->ival, 2000);
	CHECK_INT(body->list.items[4]->rhs->ival, 7);
	frontend_free(&c);
}

UNIT_TEST(lexer_string_escapes_decode)
{
	struct compilation c;
	struct node *p = parse_ok(&c, "begin { @s = \"a\\n\\t\\x41\\101\\0z\"; }");
	struct node *s = p->list.items[0]->body->list.items[0]->rhs;
	CHECK_INT(s->str_len, 7);
	CHECK(!memcmp(s->str, "a\n\tAA\0z", 7));
	frontend_free(&c);
}

UNIT_TEST(stdlib_tables_are_sorted_for_binary_search)
{
	for (size_t i = 1; i < stdlib_nfuncs; i++)
		CHECK(strcmp(stdlib_funcs[i - 1].name, stdlib_funcs[i].name) < 0);
	for (size_t i = 1; i < stdlib_nvars; i++)
		CHECK(strcmp(stdlib_vars[i - 1].name, stdlib_vars[i].name) < 0);
	CHECK(stdlib_find_func("printf") != NULL);
	CHECK(stdlib_find_var("comm") != NULL);
	CHECK(stdlib_find_func("no_such_function") == NULL);
}

UNIT_TEST(suggest_finds_close_names_only)
{
	struct suggester s;
	suggest_init(&s, "prinft");
	suggest_offer(&s, "print");
	suggest_offer(&s, "printf");
	CHECK_STR(suggest_result(&s), "printf");
	suggest_init(&s, "xyz");
	suggest_offer(&s, "printf");
	CHECK(suggest_result(&s) == NULL);
}

/* Builds "prefix" + `count` copies of `link` + "suffix". */
static char *repeat(const char *prefix, const char *link, int count, const char *suffix)
{
	size_t n = strlen(prefix) + strlen(link) * (size_t)count + strlen(suffix) + 1;
	char *s = malloc(n), *p = s;
	p = stpcpy(p, prefix);
	for (int i = 0; i < count; i++)
		p = stpcpy(p, link);
	strcpy(p, suffix);
	return s;
}

static int compile_errors(const char *text, char **positional, int npositional)
{
	struct compilation c;
	struct sema_options opts = { .positional = positional, .npositional = npositional };
	FILE *sink = fopen("/dev/null", "w");
	int errors = frontend_compile(&c, "test", text, strlen(text), &opts, sink, false);
	ast_print(sink, &c.src, c.program);
	fclose(sink);
	frontend_free(&c);
	return errors;
}

/* Long chains build deep trees that every later pass walks recursively:
 * they must end in an error, not a stack overflow (found by fuzzing). */
UNIT_TEST(frontend_long_chains_are_bounded)
{
	static const struct { const char *prefix, *link, *suffix; } chains[] = {
		{ "begin { $x = 1", "+1", "; }" },
		{ "begin { $x = 1", "?1:1", "; }" },
		{ "begin { $x = a", ".a", "; }" },
		{ "begin { $x = $y", "[1]", "; }" },
		{ "begin { if 1 {}", " else if 1 {}", " }" },
		{ "begin { let $x: ", "typeof(", "int)" },
	};
	for (size_t i = 0; i < sizeof(chains) / sizeof(chains[0]); i++) {
		char *text = repeat(chains[i].prefix, chains[i].link, 100000, chains[i].suffix);
		CHECK(compile_errors(text, NULL, 0) > 0);
		free(text);
	}
}

UNIT_TEST(frontend_number_exponents_terminate)
{
	CHECK_INT(compile_errors("begin { @x = 0e18446744073709551615; }", NULL, 0), 0);
	CHECK_INT(compile_errors("begin { @x = 1e99999999999; }", NULL, 0), 1);
	CHECK_INT(compile_errors("begin { @x = 1e19; }", NULL, 0), 0);
}

UNIT_TEST(frontend_positional_substitution_is_linear)
{
	char *positional[] = { "vfs_read" };
	char *text = repeat("kprobe:$1", "a", 200000, " { }");
	CHECK_INT(compile_errors(text, positional, 1), 0);
	free(text);
}
