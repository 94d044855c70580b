/* What the type pass hands the outside world besides its result: the
 * `-d types` listing, and the tracepoint formats it reads from tracefs
 * (the default typecheck_env.tracepoint_format). */
#include "sema/typecheck.h"

#include <errno.h>
#include <string.h>

#include "providers/tracepoint.h"
#include "util/arena.h"
#include "util/glob.h"

static void describe(FILE *out, const struct node *n)
{
	fputs(node_kind_name(n->kind), out);
	switch (n->kind) {
	case N_VAR:     fprintf(out, " $%s", n->name); break;
	case N_MAP:     fprintf(out, " @%s", n->name); break;
	case N_INT:     fprintf(out, " %llu", (unsigned long long)n->ival); break;
	case N_STRING:  fprintf(out, " \"%.*s\"", (int)strnlen(n->str, n->str_len), n->str); break;
	case N_UNARY:
	case N_BINARY:
	case N_POSTFIX: fprintf(out, " %s", op_text(n->op)); break;
	case N_TUPLE_INDEX: fprintf(out, " %llu", (unsigned long long)n->ival); break;
	default:
		if (n->name)
			fprintf(out, " %s", n->name);
		break;
	}
}

static void print_node(FILE *out, const struct source *src, const struct node *n)
{
	if (!n)
		return;
	if (n->kind == N_TYPE)
		return;
	if (n->ty) {
		int line, col;
		source_position(src, n->span.off, &line, &col);
		fprintf(out, "%d:%d ", line, col);
		describe(out, n);
		fputs(" : ", out);
		type_print(out, n->ty);
		fputc('\n', out);
	}
	const struct node *kids[] = { n->cond, n->lhs, n->rhs, n->then, n->els, n->body };
	if (n->kind == N_MAP_ACCESS || n->kind == N_CALL || n->kind == N_TUPLE || n->kind == N_RECORD) {
		print_node(out, src, n->lhs);
		for (int i = 0; i < n->list.len; i++)
			print_node(out, src, n->list.items[i]);
		return;
	}
	for (int i = 0; i < n->list.len; i++)
		print_node(out, src, n->list.items[i]);
	for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++)
		print_node(out, src, kids[i]);
}

void typecheck_print(FILE *out, const struct source *src, const struct node *program)
{
	print_node(out, src, program);
}

const struct tp_format *typecheck_tracefs_format(void *ctx, const char *category,
						 const char *event, const char **err)
{
	struct arena *arena = ctx;
	if (glob_has_wildcard(category) || glob_has_wildcard(event)) {
		struct probe_names names;
		if (tracepoint_events(arena, &names, err) < 0)
			return NULL;
		const char *pattern = arena_printf(arena, "%s:%s", category, event);
		size_t i = 0;
		while (i < names.len && !glob_match(pattern, names.names[i]))
			i++;
		if (i == names.len) {
			*err = "no tracepoint matches";
			return NULL;
		}
		const char *colon = strchr(names.names[i], ':');
		if (!colon) {
			*err = "no tracepoint matches";
			return NULL;
		}
		category = arena_strndup(arena, names.names[i], (size_t)(colon - names.names[i]));
		event = colon + 1;
	}
	struct tp_format *f = arena_alloc(arena, sizeof(*f));
	int ret = tp_format_load(arena, category, event, f, err);
	if (ret == -ENOENT)
		*err = "no such tracepoint";   /* not the path of a format file */
	return ret < 0 ? NULL : f;
}
