#include "frontend/ast.h"

#include <inttypes.h>
#include <string.h>

#include "util/arena.h"

struct node *node_new(struct arena *a, enum node_kind kind, struct span span)
{
	struct node *n = arena_alloc(a, sizeof(*n));
	n->kind = kind;
	n->span = span;
	return n;
}

void node_list_push(struct arena *a, struct node_list *l, struct node *n)
{
	if (l->len == l->cap) {
		int cap = l->cap ? l->cap * 2 : 4;
		struct node **items = arena_alloc(a, sizeof(*items) * (size_t)cap);
		if (l->len)
			memcpy(items, l->items, sizeof(*items) * (size_t)l->len);
		l->items = items;
		l->cap = cap;
	}
	l->items[l->len++] = n;
}

const char *node_kind_name(enum node_kind k)
{
	static const char *const names[N_NODE_KIND_COUNT] = {
		[N_PROGRAM] = "program", [N_C_DEFINITION] = "c-definition",
		[N_CONFIG] = "config", [N_CONFIG_ITEM] = "config-item",
		[N_IMPORT] = "import", [N_MAP_DECL] = "map-decl",
		[N_MACRO] = "macro", [N_FUNCTION] = "fn", [N_PARAM] = "param",
		[N_PROBE] = "probe", [N_ATTACH_POINT] = "attach",
		[N_BLOCK] = "block", [N_EXPR_STMT] = "expr-stmt",
		[N_ASSIGN] = "assign", [N_DISCARD] = "discard", [N_LET] = "let",
		[N_IF] = "if", [N_UNROLL] = "unroll", [N_WHILE] = "while",
		[N_FOR_MAP] = "for-map", [N_FOR_RANGE] = "for-range",
		[N_BREAK] = "break", [N_CONTINUE] = "continue", [N_RETURN] = "return",
		[N_INT] = "int", [N_STRING] = "string", [N_BOOL] = "bool",
		[N_IDENT] = "ident", [N_VAR] = "var", [N_POSITIONAL] = "positional",
		[N_PARAM_COUNT] = "param-count", [N_MAP] = "map",
		[N_MAP_ACCESS] = "map-access", [N_CALL] = "call",
		[N_UNARY] = "unary", [N_POSTFIX] = "postfix", [N_BINARY] = "binary",
		[N_TERNARY] = "ternary", [N_CAST] = "cast", [N_FIELD] = "field",
		[N_TUPLE_INDEX] = "tuple-index", [N_INDEX] = "index",
		[N_TUPLE] = "tuple", [N_RECORD] = "record",
		[N_RECORD_FIELD] = "record-field", [N_SIZEOF] = "sizeof",
		[N_OFFSETOF] = "offsetof", [N_TYPEOF] = "typeof", [N_TYPE] = "type",
	};
	return k < N_NODE_KIND_COUNT && names[k] ? names[k] : "?";
}

const char *op_text(enum op op)
{
	static const char *const texts[OP_COUNT] = {
		[OP_NONE] = "=", [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*",
		[OP_DIV] = "/", [OP_MOD] = "%", [OP_BAND] = "&", [OP_BOR] = "|",
		[OP_BXOR] = "^", [OP_SHL] = "<<", [OP_SHR] = ">>", [OP_LAND] = "&&",
		[OP_LOR] = "||", [OP_EQ] = "==", [OP_NE] = "!=", [OP_LT] = "<",
		[OP_LE] = "<=", [OP_GT] = ">", [OP_GE] = ">=", [OP_NOT] = "!",
		[OP_BNOT] = "~", [OP_NEG] = "-", [OP_PLUS] = "+", [OP_DEREF] = "*",
		[OP_ADDR] = "&", [OP_PREINC] = "++", [OP_PREDEC] = "--",
		[OP_POSTINC] = "++", [OP_POSTDEC] = "--",
	};
	return op < OP_COUNT ? texts[op] : "?";
}

/* ---- printing ---- */

struct printer {
	FILE *out;
	const struct source *src;
};

static void print_escaped(FILE *out, const char *s, size_t n)
{
	fputc('"', out);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '\n': fputs("\\n", out); break;
		case '\t': fputs("\\t", out); break;
		case '\r': fputs("\\r", out); break;
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		default:
			if (c < 32 || c >= 127)
				fprintf(out, "\\x%02x", c);
			else
				fputc(c, out);
		}
	}
	fputc('"', out);
}

static void print_type_text(FILE *out, const struct node *t)
{
	if (t->lhs)
		fputs("typeof(...)", out);
	else
		fputs(t->name ? t->name : "?", out);
	if (t->ival) {
		fputc(' ', out);
		for (uint64_t i = 0; i < t->ival; i++)
			fputc('*', out);
	}
	if (t->array > 0)
		fprintf(out, "[%ld]", t->array);
	else if (t->array < 0)
		fputs("[]", out);
}

static void print_spec(FILE *out, const struct probe_spec *s)
{
	const struct provider_info *info = provider_info(s->provider);
	fprintf(out, " [%s", info ? info->name : "?");
	if (s->target)
		fprintf(out, " target=%s", s->target);
	if (s->ns)
		fprintf(out, " ns=%s", s->ns);
	if (s->func)
		fprintf(out, " func=%s", s->func);
	if (s->unit)
		fprintf(out, " unit=%s", s->unit);
	if (s->has_freq)
		fprintf(out, " freq=%" PRIu64, s->freq);
	if (s->has_address)
		fprintf(out, " address=0x%" PRIx64, s->address);
	if (s->has_offset)
		fprintf(out, " offset=%" PRIu64, s->offset);
	if (s->length)
		fprintf(out, " length=%" PRIu64, s->length);
	if (s->mode)
		fprintf(out, " mode=%s", s->mode);
	if (s->source_file)
		fprintf(out, " file=%s line=%" PRIu64, s->source_file, s->line);
	if (s->column)
		fprintf(out, " column=%" PRIu64, s->column);
	if (s->wildcard)
		fputs(" wildcard", out);
	fputc(']', out);
}

/* The text after the kind name on a node's line. */
static void print_details(struct printer *p, const struct node *n)
{
	FILE *out = p->out;
	switch (n->kind) {
	case N_C_DEFINITION:
	case N_IMPORT:
	case N_STRING:
		fputc(' ', out);
		print_escaped(out, n->str, n->str_len);
		break;
	case N_ATTACH_POINT:
		fprintf(out, " %s", n->str);
		if (n->name)
			fprintf(out, " name=%s", n->name);
		if (n->spec)
			print_spec(out, n->spec);
		break;
	case N_INT:
	case N_POSITIONAL:
	case N_TUPLE_INDEX:
		fprintf(out, " %" PRIu64, n->ival);
		break;
	case N_BOOL:
		fputs(n->ival ? " true" : " false", out);
		break;
	case N_VAR:
		fprintf(out, " $%s", n->name);
		break;
	case N_MAP:
		fprintf(out, " @%s", n->name);
		break;
	case N_MAP_DECL:
		fprintf(out, " %s", n->name);
		break;
	case N_ASSIGN:
		fprintf(out, " %s%s", n->op == OP_NONE ? "" : op_text(n->op), "=");
		break;
	case N_UNARY:
	case N_BINARY:
		fprintf(out, " %s", op_text(n->op));
		break;
	case N_POSTFIX:
		fprintf(out, " %s", op_text(n->op));
		break;
	case N_FIELD:
		fprintf(out, " %s%s", n->arrow ? "->" : ".", n->name);
		break;
	case N_TYPE:
		fputc(' ', out);
		print_type_text(out, n);
		break;
	case N_CONFIG_ITEM:
	case N_CALL:
	case N_IDENT:
	case N_MACRO:
	case N_FUNCTION:
	case N_RECORD_FIELD:
		fprintf(out, " %s", n->name);
		break;
	case N_TERNARY:
		if (!n->then)
			fputs(" ?:", out);
		break;
	default:
		break;
	}
}

static void print_node(struct printer *p, const struct node *n, int depth, const char *role);

static void print_list(struct printer *p, const struct node_list *l, int depth, const char *role)
{
	for (int i = 0; i < l->len; i++)
		print_node(p, l->items[i], depth, role);
}

static void print_node(struct printer *p, const struct node *n, int depth, const char *role)
{
	if (!n)
		return;
	int line, col;
	source_position(p->src, n->span.off, &line, &col);
	fprintf(p->out, "%*s", depth * 2, "");
	if (role)
		fprintf(p->out, "%s: ", role);
	fputs(node_kind_name(n->kind), p->out);
	print_details(p, n);
	fprintf(p->out, " <%d:%d>\n", line, col);
	int d = depth + 1;
	if (n->kind == N_TYPE && n->lhs) {
		print_node(p, n->lhs, d, NULL);
		return;
	}
	print_list(p, &n->params, d, "param");
	print_node(p, n->type, d, "type");
	if (n->kind == N_PROBE)
		print_list(p, &n->list, d, NULL);
	bool lhs_first = n->kind == N_FOR_RANGE || n->kind == N_FOR_MAP;
	if (lhs_first)
		print_node(p, n->lhs, d, NULL);
	print_node(p, n->cond, d, n->kind == N_PROBE ? "predicate" :
		   n->kind == N_FOR_RANGE ? "from" : "cond");
	if (!lhs_first)
		print_node(p, n->lhs, d, NULL);
	if (n->kind != N_PROBE)
		print_list(p, &n->list, d, n->kind == N_MAP_ACCESS ? "key" :
			   n->kind == N_CALL ? "arg" : n->kind == N_OFFSETOF ? "member" : NULL);
	print_node(p, n->rhs, d, n->kind == N_FOR_RANGE ? "to" :
		   n->kind == N_BLOCK ? "value" : NULL);
	print_node(p, n->then, d, "then");
	print_node(p, n->els, d, "else");
	print_node(p, n->body, d, NULL);
}

void ast_print(FILE *out, const struct source *src, const struct node *program)
{
	struct printer p = { out, src };
	print_node(&p, program, 0, NULL);
}
