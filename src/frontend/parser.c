#include "frontend/parser.h"

#include <string.h>

#include "sema/getopt_params.h"
#include "sema/sema.h"
#include "util/arena.h"
#include "util/strbuf.h"

/* Deep nesting is legal but a stack overflow is not: beyond this depth the
 * parser reports an error instead of recursing. Each link of a chain
 * (a + b + c, a.b.c, else if) counts too, because every later pass walks the
 * tree recursively. */
#define MAX_NESTING 1000

struct parser {
	struct arena *arena;
	const struct source *src;
	struct diag *diag;
	struct token *toks;
	int pos, ntoks;
	int nesting;
	bool in_predicate;  /* a '/' followed by '{' closes the predicate */
	bool panic;         /* an error was reported; quiet until resynchronized */
	bool abandoned;     /* too deep to go on: report nothing more */
	bool truncated;     /* the lexer stopped early (see token_list) */
	const struct sema_options *opts;
};

static struct token *peek(struct parser *p) { return &p->toks[p->pos]; }

static struct token *peek_at(struct parser *p, int ahead)
{
	int i = p->pos + ahead;
	return &p->toks[i < p->ntoks ? i : p->ntoks - 1];
}

static struct token *advance(struct parser *p)
{
	struct token *t = &p->toks[p->pos];
	if (t->kind != TOK_EOF)
		p->pos++;
	return t;
}

static bool at(struct parser *p, const char *s) { return token_is(peek(p), s); }

static bool accept(struct parser *p, const char *s)
{
	if (!at(p, s))
		return false;
	advance(p);
	return true;
}

static struct span prev_span(struct parser *p)
{
	return p->toks[p->pos > 0 ? p->pos - 1 : 0].span;
}

static struct span span_from(struct parser *p, struct span start)
{
	return span_join(start, prev_span(p));
}

/* How a token is named in "found X" messages. */
static const char *describe(struct parser *p, const struct token *t)
{
	switch (t->kind) {
	case TOK_EOF:
		return "end of input";
	case TOK_STRING:
		return "a string";
	case TOK_INT:
		return arena_printf(p->arena, "'%.*s'", (int)t->span.len, t->text);
	default:
		if (t->span.len > 40)
			return arena_printf(p->arena, "'%.37s...'", t->text);
		return arena_printf(p->arena, "'%.*s'", (int)t->span.len, t->text);
	}
}

static void error_at(struct parser *p, struct span at, const char *msg)
{
	if (p->panic || p->abandoned)
		return;
	diag_error(p->diag, at, "%s", msg);
	p->panic = true;
}

/* Where "expected X" points: the unexpected token, or just past the last
 * token when the input ended (not at an empty line after it). */
static struct span expected_at(struct parser *p)
{
	struct token *t = peek(p);
	if (t->kind != TOK_EOF || p->pos == 0)
		return t->span;
	struct span last = prev_span(p);
	return (struct span){ last.off + last.len, 1 };
}

static void error_expected(struct parser *p, const char *what)
{
	struct token *t = peek(p);
	/* The lexer has reported these already; anything more is an echo. */
	if (t->kind == TOK_INVALID || (t->kind == TOK_EOF && p->truncated)) {
		p->panic = true;
		return;
	}
	error_at(p, expected_at(p), arena_printf(p->arena, "expected %s, found %s", what, describe(p, t)));
}

static bool expect(struct parser *p, const char *s)
{
	if (accept(p, s))
		return true;
	error_expected(p, arena_printf(p->arena, "'%s'", s));
	return false;
}

/* The span of an operand as written, parentheses included. */
static struct span outer_span(const struct node *n)
{
	return n->grouped ? n->outer : n->span;
}

static struct node *new_node(struct parser *p, enum node_kind kind, struct span span)
{
	return node_new(p->arena, kind, span);
}

static struct node *error_node(struct parser *p)
{
	return new_node(p, N_INT, peek(p)->span);
}

static bool enter(struct parser *p)
{
	if (p->nesting >= MAX_NESTING) {
		error_at(p, peek(p)->span, arena_printf(p->arena,
			 "program is nested too deeply (more than %d levels)", MAX_NESTING));
		p->abandoned = true;
		p->pos = p->ntoks - 1;
		return false;
	}
	p->nesting++;
	return true;
}

static void leave(struct parser *p) { p->nesting--; }

/* Skips to the end of the current statement: past a ';' or up to the '}'
 * that closes the enclosing block. */
static void sync_statement(struct parser *p)
{
	int depth = 0;
	for (;;) {
		struct token *t = peek(p);
		if (t->kind == TOK_EOF || t->kind == TOK_ATTACH)
			break;
		if (token_is(t, "{"))
			depth++;
		else if (token_is(t, "}")) {
			if (depth == 0)
				break;
			depth--;
		} else if (token_is(t, ";") && depth == 0) {
			advance(p);
			break;
		}
		advance(p);
	}
	p->panic = false;
}

/* Skips to the next top-level item. */
static void sync_item(struct parser *p)
{
	while (peek(p)->kind != TOK_EOF && peek(p)->kind != TOK_ATTACH &&
	       peek(p)->kind != TOK_C_DEFINITION)
		advance(p);
	p->panic = false;
}

static struct node *parse_expr(struct parser *p);
static struct node *parse_unary(struct parser *p);
static struct node *parse_block(struct parser *p, bool as_value);
static struct node *parse_statement(struct parser *p);

/* ---- types ---- */

static const char *const primitive_types[] = {
	"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
	"uint64", "string", "buffer", "inet", "void", "char", "short", "int",
	"long", "unsigned", "signed", "timestamp", "usym_t", "ksym_t",
};

static bool is_primitive_type_name(const struct token *t)
{
	if (t->kind != TOK_IDENT)
		return false;
	for (size_t i = 0; i < sizeof(primitive_types) / sizeof(primitive_types[0]); i++)
		if (token_is(t, primitive_types[i]))
			return true;
	return false;
}

static bool is_c_word(const struct token *t)
{
	return token_is(t, "unsigned") || token_is(t, "signed") || token_is(t, "char") ||
	       token_is(t, "short") || token_is(t, "int") || token_is(t, "long");
}

static bool ends_with_t(const struct token *t)
{
	return t->kind == TOK_IDENT && t->span.len > 2 && !memcmp(t->text + t->span.len - 2, "_t", 2);
}

/* Looks ahead from token index i for a type; returns the index just past it,
 * or -1. `loose` also accepts any identifier as a base type (used where only
 * a type can appear, e.g. after `let $x:`). */
static int scan_type(struct parser *p, int i, bool loose)
{
	struct token *t = &p->toks[i];
	if (token_is(t, "struct") || token_is(t, "union") || token_is(t, "enum")) {
		if (p->toks[i + 1].kind != TOK_IDENT)
			return -1;
		i += 2;
	} else if (token_is(t, "typeof")) {
		if (!token_is(&p->toks[i + 1], "("))
			return -1;
		int depth = 0;
		for (i = i + 1; i < p->ntoks - 1; i++) {
			if (token_is(&p->toks[i], "("))
				depth++;
			else if (token_is(&p->toks[i], ")") && --depth == 0)
				break;
		}
		if (i >= p->ntoks - 1)
			return -1;
		i++;
	} else if (is_c_word(t)) {
		while (is_c_word(&p->toks[i]))
			i++;
	} else if (is_primitive_type_name(t) || (t->kind == TOK_IDENT && (loose || ends_with_t(t)))) {
		i++;
	} else if (t->kind == TOK_IDENT && token_is(&p->toks[i + 1], "*")) {
		/* `(foo *)`: a pointer to a named type can be nothing else. */
		int j = i + 1;
		while (token_is(&p->toks[j], "*"))
			j++;
		if (!token_is(&p->toks[j], ")"))
			return -1;
		i++;
	} else {
		return -1;
	}
	while (token_is(&p->toks[i], "*"))
		i++;
	if (token_is(&p->toks[i], "[")) {
		if (p->toks[i + 1].kind == TOK_INT && token_is(&p->toks[i + 2], "]"))
			i += 3;
		else if (token_is(&p->toks[i + 1], "]"))
			i += 2;
		else
			return -1;
	}
	return i;
}

// type = ("struct"|"union"|"enum") ident | "typeof" "(" (type|expr) ")"
//      | c-words | ident) "*"* ("[" int? "]")?
static struct node *parse_type(struct parser *p)
{
	struct span start = peek(p)->span;
	struct node *type = new_node(p, N_TYPE, start);
	struct token *t = peek(p);
	if (token_is(t, "struct") || token_is(t, "union") || token_is(t, "enum")) {
		advance(p);
		struct token *name = peek(p);
		if (name->kind != TOK_IDENT) {
			error_expected(p, arena_printf(p->arena, "a name after '%s'", t->str));
			return type;
		}
		advance(p);
		type->name = arena_printf(p->arena, "%s %s", t->str, name->str);
	} else if (token_is(t, "typeof")) {
		advance(p);
		struct node *of = new_node(p, N_TYPEOF, t->span);
		expect(p, "(");
		if (!enter(p))
			return type;
		int end = scan_type(p, p->pos, false);
		if (end >= 0 && token_is(&p->toks[end], ")"))
			of->type = parse_type(p);
		else
			of->lhs = parse_expr(p);
		leave(p);
		expect(p, ")");
		of->span = span_from(p, t->span);
		type->lhs = of;
		type->name = "typeof";
	} else if (is_c_word(t)) {
		const char *name = "";
		while (is_c_word(peek(p))) {
			struct token *w = advance(p);
			name = *name ? arena_printf(p->arena, "%s %s", name, w->str) : w->str;
		}
		type->name = name;
	} else if (t->kind == TOK_IDENT) {
		advance(p);
		type->name = t->str;
	} else {
		error_expected(p, "a type");
		return type;
	}
	while (accept(p, "*"))
		type->ival++;
	if (accept(p, "[")) {
		type->array = -1;
		if (peek(p)->kind == TOK_INT)
			type->array = (long)advance(p)->ival;
		expect(p, "]");
	}
	type->span = span_from(p, start);
	return type;
}

/* ---- expressions ---- */

static struct node *parse_call_args(struct parser *p, struct node *call)
{
	expect(p, "(");
	if (!at(p, ")")) {
		do {
			if (at(p, ")"))
				break; /* trailing comma */
			node_list_push(p->arena, &call->list, parse_expr(p));
		} while (accept(p, ",") && !p->panic);
	}
	expect(p, ")");
	call->span = span_from(p, call->span);
	return call;
}

// sizeof = "sizeof" "(" (type | expr) ")"
// typeof = "typeof" "(" (type | expr) ")"
static struct node *parse_type_or_expr_op(struct parser *p, enum node_kind kind)
{
	struct token *kw = advance(p);
	struct node *n = new_node(p, kind, kw->span);
	if (!expect(p, "("))
		return n;
	int end = scan_type(p, p->pos, false);
	if (end >= 0 && (token_is(&p->toks[end], ")") || token_is(&p->toks[end], ",")))
		n->type = parse_type(p);
	else
		n->lhs = parse_expr(p);
	if (kind == N_OFFSETOF) {
		// offsetof = "offsetof" "(" (type | expr) "," ident ("." ident)* ")"
		if (!accept(p, ",")) {
			error_at(p, expected_at(p),
				 "offsetof needs a member name, as in offsetof(struct foo, member)");
			return n;
		}
		do {
			struct token *m = peek(p);
			if (m->kind != TOK_IDENT) {
				error_expected(p, "a member name");
				break;
			}
			advance(p);
			struct node *id = new_node(p, N_IDENT, m->span);
			id->name = m->str;
			node_list_push(p->arena, &n->list, id);
		} while (accept(p, "."));
	}
	expect(p, ")");
	n->span = span_from(p, kw->span);
	return n;
}

// record = "(" ident "=" expr ("," ident "=" expr)* ","? ")"
static struct node *parse_record(struct parser *p, struct span start)
{
	struct node *rec = new_node(p, N_RECORD, start);
	while (!at(p, ")") && !p->panic) {
		struct token *name = peek(p);
		if (name->kind != TOK_IDENT) {
			error_expected(p, "a field name");
			break;
		}
		advance(p);
		struct node *f = new_node(p, N_RECORD_FIELD, name->span);
		f->name = name->str;
		expect(p, "=");
		f->lhs = parse_expr(p);
		f->span = span_from(p, name->span);
		node_list_push(p->arena, &rec->list, f);
		if (!accept(p, ","))
			break;
	}
	expect(p, ")");
	rec->span = span_from(p, start);
	return rec;
}

// paren = "(" type ")" unary          (cast)
//       | "(" ")"                     (empty tuple)
//       | record
//       | "(" expr ("," expr)* ","? ")"  (grouping or tuple)
static struct node *parse_paren(struct parser *p)
{
	struct token *open = advance(p);
	int end = scan_type(p, p->pos, false);
	if (end >= 0 && token_is(&p->toks[end], ")")) {
		struct node *cast = new_node(p, N_CAST, open->span);
		cast->type = parse_type(p);
		expect(p, ")");
		cast->lhs = parse_unary(p);
		cast->span = span_from(p, open->span);
		return cast;
	}
	if (accept(p, ")"))
		return new_node(p, N_TUPLE, span_from(p, open->span));
	if (peek(p)->kind == TOK_IDENT && token_is(peek_at(p, 1), "="))
		return parse_record(p, open->span);
	struct node *first = parse_expr(p);
	if (!at(p, ",")) {
		expect(p, ")");
		/* What encloses a grouped expression starts at its '('. */
		first->grouped = true;
		first->outer = span_from(p, open->span);
		return first;
	}
	struct node *tuple = new_node(p, N_TUPLE, open->span);
	node_list_push(p->arena, &tuple->list, first);
	while (accept(p, ",") && !at(p, ")") && !p->panic)
		node_list_push(p->arena, &tuple->list, parse_expr(p));
	expect(p, ")");
	tuple->span = span_from(p, open->span);
	return tuple;
}

// map = "@" ident? ("[" expr ("," expr)* "]")?
static struct node *parse_map(struct parser *p)
{
	struct token *t = advance(p);
	struct node *map = new_node(p, N_MAP, t->span);
	map->name = t->str;
	if (!at(p, "["))
		return map;
	advance(p);
	struct node *access = new_node(p, N_MAP_ACCESS, t->span);
	access->lhs = map;
	if (at(p, "]"))
		error_expected(p, "a map key");
	else
		do
			node_list_push(p->arena, &access->list, parse_expr(p));
		while (accept(p, ",") && !p->panic);
	expect(p, "]");
	access->span = span_from(p, t->span);
	return access;
}

static bool is_statement_keyword(const struct token *t)
{
	static const char *const words[] = {
		"if", "else", "while", "for", "unroll", "return", "break", "continue", "let",
	};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (token_is(t, words[i]))
			return true;
	return false;
}

static struct node *parse_ident_expr(struct parser *p)
{
	struct token *t = peek(p);
	if (token_is(t, "true") || token_is(t, "false")) {
		advance(p);
		struct node *b = new_node(p, N_BOOL, t->span);
		b->ival = token_is(t, "true");
		return b;
	}
	if (token_is(t, "sizeof"))
		return parse_type_or_expr_op(p, N_SIZEOF);
	if (token_is(t, "offsetof"))
		return parse_type_or_expr_op(p, N_OFFSETOF);
	if (token_is(t, "typeof"))
		return parse_type_or_expr_op(p, N_TYPEOF);
	if (is_statement_keyword(t)) {
		error_at(p, t->span, arena_printf(p->arena,
			 "'%s' is a statement and cannot be used as a value", t->str));
		return error_node(p);
	}
	advance(p);
	if (at(p, "(")) {
		struct node *call = new_node(p, N_CALL, t->span);
		call->name = t->str;
		return parse_call_args(p, call);
	}
	struct node *id = new_node(p, N_IDENT, t->span);
	id->name = t->str;
	return id;
}

// primary = int | string | bool | ident | call | $var | $N | $# | map
//         | paren | block | sizeof | offsetof | typeof
static struct node *parse_primary(struct parser *p)
{
	struct token *t = peek(p);
	struct node *n;
	switch (t->kind) {
	case TOK_INT:
		advance(p);
		n = new_node(p, N_INT, t->span);
		n->ival = t->ival;
		return n;
	case TOK_STRING:
		advance(p);
		n = new_node(p, N_STRING, t->span);
		n->str = t->str;
		n->str_len = t->str_len;
		return n;
	case TOK_VAR:
		advance(p);
		n = new_node(p, N_VAR, t->span);
		n->name = t->str;
		return n;
	case TOK_POSITIONAL:
		advance(p);
		n = new_node(p, N_POSITIONAL, t->span);
		n->ival = t->ival;
		return n;
	case TOK_PARAM_COUNT:
		advance(p);
		return new_node(p, N_PARAM_COUNT, t->span);
	case TOK_MAP:
		return parse_map(p);
	case TOK_IDENT:
		return parse_ident_expr(p);
	default:
		break;
	}
	if (token_is(t, "("))
		return parse_paren(p);
	if (token_is(t, "{"))
		return parse_block(p, true);
	error_expected(p, "an expression");
	if (t->kind != TOK_EOF && !token_is(t, ";") && !token_is(t, "}"))
		advance(p);
	return error_node(p);
}

// postfix = primary ("[" expr "]" | "." (ident | int) | "->" ident | "++" | "--")*
static struct node *parse_postfix(struct parser *p)
{
	struct node *n = parse_primary(p);
	int links = 0;
	for (;;) {
		struct token *t = peek(p);
		struct span start = outer_span(n);
		bool postfix = token_is(t, "[") || token_is(t, ".") || token_is(t, "->") ||
			       token_is(t, "++") || token_is(t, "--");
		if (!postfix || !enter(p))
			break;
		links++;
		if (token_is(t, "[")) {
			advance(p);
			struct node *ix = new_node(p, N_INDEX, start);
			ix->lhs = n;
			ix->rhs = parse_expr(p);
			expect(p, "]");
			ix->span = span_from(p, start);
			n = ix;
		} else if (token_is(t, ".") || token_is(t, "->")) {
			advance(p);
			struct token *m = peek(p);
			if (m->kind == TOK_INT && token_is(t, ".")) {
				advance(p);
				struct node *ti = new_node(p, N_TUPLE_INDEX, span_from(p, start));
				ti->lhs = n;
				ti->ival = m->ival;
				n = ti;
			} else if (m->kind == TOK_IDENT) {
				advance(p);
				struct node *f = new_node(p, N_FIELD, span_from(p, start));
				f->lhs = n;
				f->name = m->str;
				f->arrow = token_is(t, "->");
				n = f;
			} else {
				error_expected(p, token_is(t, ".") ? "a field name or tuple index after '.'"
								   : "a field name after '->'");
				break;
			}
		} else if (token_is(t, "++") || token_is(t, "--")) {
			advance(p);
			struct node *pf = new_node(p, N_POSTFIX, span_from(p, start));
			pf->op = token_is(t, "++") ? OP_POSTINC : OP_POSTDEC;
			pf->lhs = n;
			n = pf;
		}
	}
	p->nesting -= links;
	return n;
}

struct op_row {
	const char *text;
	enum op op;
};

static const struct op_row prefix_ops[] = {
	{ "!", OP_NOT }, { "~", OP_BNOT }, { "-", OP_NEG }, { "+", OP_PLUS },
	{ "*", OP_DEREF }, { "&", OP_ADDR }, { "++", OP_PREINC }, { "--", OP_PREDEC },
};

// unary = ("!" | "~" | "-" | "+" | "*" | "&" | "++" | "--") unary | postfix
static struct node *parse_unary(struct parser *p)
{
	if (!enter(p))
		return error_node(p);
	struct token *t = peek(p);
	struct node *n = NULL;
	if (t->kind == TOK_PUNCT)
		for (size_t i = 0; i < sizeof(prefix_ops) / sizeof(prefix_ops[0]); i++)
			if (token_is(t, prefix_ops[i].text)) {
				advance(p);
				n = new_node(p, N_UNARY, t->span);
				n->op = prefix_ops[i].op;
				n->lhs = parse_unary(p);
				n->span = span_from(p, t->span);
				break;
			}
	if (!n)
		n = parse_postfix(p);
	leave(p);
	return n;
}

/* Binary operators by precedence level, loosest first. */
static const struct op_row binary_levels[][5] = {
	{ { "||", OP_LOR } },
	{ { "&&", OP_LAND } },
	{ { "|", OP_BOR } },
	{ { "^", OP_BXOR } },
	{ { "&", OP_BAND } },
	{ { "==", OP_EQ }, { "!=", OP_NE } },
	{ { "<", OP_LT }, { ">", OP_GT }, { "<=", OP_LE }, { ">=", OP_GE } },
	{ { "<<", OP_SHL }, { ">>", OP_SHR } },
	{ { "+", OP_ADD }, { "-", OP_SUB } },
	{ { "*", OP_MUL }, { "/", OP_DIV }, { "%", OP_MOD } },
};

#define BINARY_LEVELS ((int)(sizeof(binary_levels) / sizeof(binary_levels[0])))

static enum op match_binary(struct parser *p, int level)
{
	struct token *t = peek(p);
	if (t->kind != TOK_PUNCT)
		return OP_NONE;
	/* Inside /predicate/, a '/' before '{' ends the predicate. */
	if (p->in_predicate && token_is(t, "/") && token_is(peek_at(p, 1), "{"))
		return OP_NONE;
	for (int i = 0; i < 5 && binary_levels[level][i].text; i++)
		if (token_is(t, binary_levels[level][i].text))
			return binary_levels[level][i].op;
	return OP_NONE;
}

// logical_or = logical_and ("||" logical_and)*  ... down to
// multiplicative = unary (("*" | "/" | "%") unary)*
static struct node *parse_binary(struct parser *p, int level)
{
	if (level == BINARY_LEVELS)
		return parse_unary(p);
	struct node *lhs = parse_binary(p, level + 1);
	enum op op;
	int links = 0;
	while ((op = match_binary(p, level)) != OP_NONE && !p->panic && enter(p)) {
		links++;
		advance(p);
		struct node *b = new_node(p, N_BINARY, lhs->span);
		b->op = op;
		b->lhs = lhs;
		b->rhs = parse_binary(p, level + 1);
		b->span = span_join(outer_span(lhs), outer_span(b->rhs));
		lhs = b;
	}
	p->nesting -= links;
	return lhs;
}

// ternary = logical_or ("?" expr? ":" ternary)?
static struct node *parse_ternary(struct parser *p)
{
	struct node *cond = parse_binary(p, 0);
	if (!at(p, "?"))
		return cond;
	advance(p);
	struct node *t = new_node(p, N_TERNARY, outer_span(cond));
	t->cond = cond;
	if (!at(p, ":"))
		t->then = parse_expr(p);
	expect(p, ":");
	t->els = parse_expr(p);
	t->span = span_join(outer_span(cond), outer_span(t->els));
	return t;
}

// expr = ternary
static struct node *parse_expr(struct parser *p)
{
	if (!enter(p))
		return error_node(p);
	struct node *n = parse_ternary(p);
	leave(p);
	return n;
}

/* ---- statements ---- */

static struct node *parse_var(struct parser *p, const char *what)
{
	struct token *t = peek(p);
	if (t->kind != TOK_VAR) {
		error_expected(p, what);
		return error_node(p);
	}
	advance(p);
	struct node *v = new_node(p, N_VAR, t->span);
	v->name = t->str;
	return v;
}

// if = "if" expr block ("else" (if | block))?
static struct node *parse_if(struct parser *p)
{
	struct token *kw = advance(p);
	struct node *n = new_node(p, N_IF, kw->span);
	n->cond = parse_expr(p);
	n->then = parse_block(p, false);
	if (accept(p, "else") && enter(p)) {
		n->els = at(p, "if") ? parse_if(p) : parse_block(p, false);
		leave(p);
	}
	n->span = span_from(p, kw->span);
	return n;
}

// unroll = "unroll" "(" expr ")" block
// while = "while" expr block
static struct node *parse_loop(struct parser *p, enum node_kind kind)
{
	struct token *kw = advance(p);
	struct node *n = new_node(p, kind, kw->span);
	n->cond = parse_expr(p);
	n->body = parse_block(p, false);
	n->span = span_from(p, kw->span);
	return n;
}

// for = "for" "("? $var ":" (map | expr ".." expr) ")"? block
static struct node *parse_for(struct parser *p)
{
	struct token *kw = advance(p);
	bool paren = accept(p, "(");
	struct node *var = parse_var(p, "a loop variable such as '$kv'");
	expect(p, ":");
	struct node *n;
	if (peek(p)->kind == TOK_MAP && !token_is(peek_at(p, 1), "[") &&
	    !token_is(peek_at(p, 1), "..")) {
		n = new_node(p, N_FOR_MAP, kw->span);
		n->rhs = parse_map(p);
	} else {
		n = new_node(p, N_FOR_RANGE, kw->span);
		n->cond = parse_expr(p);
		expect(p, "..");
		n->rhs = parse_expr(p);
	}
	n->lhs = var;
	if (paren)
		expect(p, ")");
	n->body = parse_block(p, false);
	n->span = span_from(p, kw->span);
	return n;
}

// let = "let" $var (":" type)? ("=" expr)?
static struct node *parse_let(struct parser *p)
{
	struct token *kw = advance(p);
	struct node *n = new_node(p, N_LET, kw->span);
	n->lhs = parse_var(p, "a variable name such as '$x' after 'let'");
	if (accept(p, ":"))
		n->type = parse_type(p);
	if (accept(p, "="))
		n->rhs = parse_expr(p);
	n->span = span_from(p, kw->span);
	return n;
}

static const struct op_row assign_ops[] = {
	{ "=", OP_NONE }, { "+=", OP_ADD }, { "-=", OP_SUB }, { "*=", OP_MUL },
	{ "/=", OP_DIV }, { "%=", OP_MOD }, { "&=", OP_BAND }, { "|=", OP_BOR },
	{ "^=", OP_BXOR }, { "<<=", OP_SHL }, { ">>=", OP_SHR },
};

static const struct op_row *match_assign(struct parser *p)
{
	for (size_t i = 0; i < sizeof(assign_ops) / sizeof(assign_ops[0]); i++)
		if (at(p, assign_ops[i].text))
			return &assign_ops[i];
	return NULL;
}

/* What a non-assignable expression is, in the user's terms. */
static const char *describe_target(const struct node *n)
{
	switch (n->kind) {
	case N_INT: return "an integer literal";
	case N_STRING: return "a string literal";
	case N_BOOL: return "a boolean literal";
	case N_CALL: return "a function call";
	case N_IDENT: return "a builtin or constant";
	case N_FIELD: return "a struct field (probe arguments and kernel data are read-only)";
	case N_INDEX: return "an array element";
	case N_TUPLE: case N_TUPLE_INDEX: return "a tuple (tuples are immutable)";
	case N_POSITIONAL: case N_PARAM_COUNT: return "a positional parameter";
	default: return "an expression";
	}
}

// simple = expr (assign-op expr)?
static struct node *parse_simple(struct parser *p)
{
	struct node *lhs = parse_expr(p);
	const struct op_row *op = match_assign(p);
	if (!op) {
		struct node *s = new_node(p, N_EXPR_STMT, lhs->span);
		s->lhs = lhs;
		return s;
	}
	struct token *op_tok = advance(p);
	bool discard = lhs->kind == N_IDENT && !strcmp(lhs->name, "_");
	if (discard && op->op != OP_NONE)
		error_at(p, op_tok->span, "only '=' can assign to '_'");
	else if (!discard && lhs->kind != N_MAP && lhs->kind != N_MAP_ACCESS && lhs->kind != N_VAR)
		error_at(p, lhs->span, arena_printf(p->arena,
			 "cannot assign to %s: only maps (@m, @m[k]) and variables ($x) can be assigned",
			 describe_target(lhs)));
	struct node *n = new_node(p, discard ? N_DISCARD : N_ASSIGN, lhs->span);
	n->op = op->op;
	if (!discard)
		n->lhs = lhs;
	n->rhs = parse_expr(p);
	n->span = span_join(outer_span(lhs), outer_span(n->rhs));
	return n;
}

static bool is_compound(const struct node *n)
{
	return n->kind == N_IF || n->kind == N_WHILE || n->kind == N_UNROLL ||
	       n->kind == N_FOR_MAP || n->kind == N_FOR_RANGE || n->kind == N_BLOCK;
}

// statement = if | unroll | while | for | let | block | "break" | "continue"
//           | "return" expr? | simple
static struct node *parse_statement(struct parser *p)
{
	struct token *t = peek(p);
	if (t->kind == TOK_IDENT) {
		if (token_is(t, "if"))
			return parse_if(p);
		if (token_is(t, "unroll"))
			return parse_loop(p, N_UNROLL);
		if (token_is(t, "while"))
			return parse_loop(p, N_WHILE);
		if (token_is(t, "for"))
			return parse_for(p);
		if (token_is(t, "let"))
			return parse_let(p);
		if (token_is(t, "break") || token_is(t, "continue")) {
			advance(p);
			return new_node(p, token_is(t, "break") ? N_BREAK : N_CONTINUE, t->span);
		}
		if (token_is(t, "return")) {
			advance(p);
			struct node *r = new_node(p, N_RETURN, t->span);
			if (!at(p, ";") && !at(p, "}"))
				r->lhs = parse_expr(p);
			r->span = span_from(p, t->span);
			return r;
		}
	}
	if (token_is(t, "{"))
		return parse_block(p, false);
	if (token_is(t, "else")) {
		error_at(p, t->span, "'else' without a matching 'if'");
		return error_node(p);
	}
	return parse_simple(p);
}

/* An identifier in column 1 followed by ':' or '{' is a probe, not a
 * statement: the block before it lacks its '}'. */
static bool looks_like_next_probe(struct parser *p)
{
	struct token *t = peek(p);
	if (t->kind != TOK_IDENT || !t->line_start || p->nesting != 1)
		return false;
	int line, col;
	source_position(p->src, t->span.off, &line, &col);
	struct token *next = peek_at(p, 1);
	return col == 1 && (token_is(next, ":") || token_is(next, "{") || token_is(next, ","));
}

static void report_missing_brace(struct parser *p, struct token *open)
{
	int line, col;
	source_position(p->src, peek(p)->span.off, &line, &col);
	if (!p->panic && !p->abandoned)
		diag_error(p->diag, open->span,
			   "unterminated block: missing '}' for this '{' (the next probe starts on line %d)",
			   line);
	p->panic = true;
	/* The probe after it was lexed as statements; skip to a clean start. */
	while (peek(p)->kind != TOK_EOF && peek(p)->kind != TOK_ATTACH &&
	       peek(p)->kind != TOK_C_DEFINITION)
		advance(p);
}

// block = "{" (statement (";" | newline))* (expr)? "}"
/* bpftrace separates statements with ';'. A line break also ends a statement
 * here, because scripts (and bpftrace's own examples) often omit the ';'
 * before a new line. In a block used as a value the last expression without
 * ';' is the value. */
static struct node *parse_block(struct parser *p, bool as_value)
{
	struct token *open = peek(p);
	struct node *block = new_node(p, N_BLOCK, open->span);
	if (!expect(p, "{"))
		return block;
	if (!enter(p))
		return block;
	while (!at(p, "}") && peek(p)->kind != TOK_EOF && peek(p)->kind != TOK_ATTACH) {
		if (accept(p, ";"))
			continue;
		if (looks_like_next_probe(p)) {
			report_missing_brace(p, open);
			leave(p);
			return block;
		}
		int before = p->pos;
		struct node *s = parse_statement(p);
		if (p->panic) {
			if (p->pos == before)
				advance(p);
			sync_statement(p);
			continue;
		}
		if (accept(p, ";")) {
			node_list_push(p->arena, &block->list, s);
			continue;
		}
		if (at(p, "}")) {
			if (as_value && s->kind == N_EXPR_STMT)
				block->rhs = s->lhs;
			else
				node_list_push(p->arena, &block->list, s);
			break;
		}
		if (is_compound(s) || peek(p)->line_start) {
			node_list_push(p->arena, &block->list, s);
			continue;
		}
		error_expected(p, "';' after statement");
		sync_statement(p);
	}
	leave(p);
	if (peek(p)->kind == TOK_EOF || peek(p)->kind == TOK_ATTACH) {
		if (!p->abandoned && !p->truncated)
			diag_error(p->diag, open->span, "unterminated block: missing '}' for this '{'");
	} else {
		advance(p);
	}
	block->span = span_from(p, open->span);
	return block;
}

/* ---- top level ---- */

// config = "config" "=" "{" (ident "=" value (";" | newline)?)* "}"
static struct node *parse_config(struct parser *p)
{
	struct token *kw = advance(p);
	struct node *cfg = new_node(p, N_CONFIG, kw->span);
	expect(p, "=");
	if (!expect(p, "{"))
		return cfg;
	while (!at(p, "}") && peek(p)->kind != TOK_EOF && !p->panic) {
		if (accept(p, ";"))
			continue;
		struct token *key = peek(p);
		if (key->kind != TOK_IDENT) {
			error_expected(p, "a config variable name");
			break;
		}
		advance(p);
		struct node *item = new_node(p, N_CONFIG_ITEM, key->span);
		item->name = key->str;
		expect(p, "=");
		item->lhs = parse_expr(p);
		item->span = span_from(p, key->span);
		node_list_push(p->arena, &cfg->list, item);
		if (!accept(p, ";") && !at(p, "}") && !peek(p)->line_start)
			error_expected(p, "';' between config settings");
	}
	expect(p, "}");
	accept(p, ";");
	cfg->span = span_from(p, kw->span);
	return cfg;
}

// import = "import" string ";"
static struct node *parse_import(struct parser *p)
{
	struct token *kw = advance(p);
	struct node *n = new_node(p, N_IMPORT, kw->span);
	struct token *path = peek(p);
	if (path->kind != TOK_STRING) {
		error_expected(p, "a quoted path after 'import'");
		return n;
	}
	advance(p);
	n->str = path->str;
	n->str_len = path->str_len;
	expect(p, ";");
	n->span = span_from(p, kw->span);
	return n;
}

// map_decl = "let" map "=" ident "(" expr? ")" ";"
static struct node *parse_map_decl(struct parser *p)
{
	struct token *kw = advance(p);
	struct node *n = new_node(p, N_MAP_DECL, kw->span);
	struct token *m = peek(p);
	if (m->kind != TOK_MAP) {
		error_expected(p, "a map name such as '@m' (only maps can be declared outside probes)");
		return n;
	}
	advance(p);
	n->lhs = new_node(p, N_MAP, m->span);
	n->lhs->name = m->str;
	expect(p, "=");
	struct token *kind = peek(p);
	if (kind->kind != TOK_IDENT) {
		error_expected(p, "a map type such as 'hash(1024)'");
		return n;
	}
	advance(p);
	n->name = kind->str;
	struct node *call = new_node(p, N_CALL, kind->span);
	call->name = kind->str;
	n->rhs = parse_call_args(p, call);
	expect(p, ";");
	n->span = span_from(p, kw->span);
	return n;
}

static const char *expect_name(struct parser *p, const char *what)
{
	struct token *name = peek(p);
	if (name->kind != TOK_IDENT) {
		error_expected(p, what);
		return NULL;
	}
	advance(p);
	return name->str;
}

// macro = "macro" ident "(" (param ("," param)*)? ")" block
//   param = $var | @map | ident
static struct node *parse_macro(struct parser *p)
{
	struct token *kw = advance(p);
	struct node *n = new_node(p, N_MACRO, kw->span);
	n->name = expect_name(p, "a macro name");
	if (!n->name)
		return n;
	expect(p, "(");
	while (!at(p, ")") && !p->panic) {
		struct token *t = peek(p);
		struct node *param = NULL;
		if (t->kind == TOK_VAR || t->kind == TOK_MAP || t->kind == TOK_IDENT) {
			advance(p);
			param = new_node(p, t->kind == TOK_VAR ? N_VAR : t->kind == TOK_MAP ? N_MAP : N_IDENT,
					 t->span);
			param->name = t->str;
			node_list_push(p->arena, &n->params, param);
		} else {
			error_expected(p, "a macro parameter ($var, @map or name)");
			break;
		}
		if (!accept(p, ","))
			break;
	}
	expect(p, ")");
	n->body = parse_block(p, true);
	n->span = span_from(p, kw->span);
	return n;
}

// fn = "fn" ident "(" ($var ":" type ("," $var ":" type)*)? ")" (":" type)? block
static struct node *parse_function(struct parser *p)
{
	struct token *kw = advance(p);
	struct node *n = new_node(p, N_FUNCTION, kw->span);
	n->name = expect_name(p, "a function name");
	if (!n->name)
		return n;
	expect(p, "(");
	while (!at(p, ")") && !p->panic) {
		struct node *param = new_node(p, N_PARAM, peek(p)->span);
		param->lhs = parse_var(p, "a parameter such as '$x: int64'");
		if (!p->panic && !at(p, ":"))
			error_at(p, expected_at(p), arena_printf(p->arena,
				 "parameter '$%s' needs a type, as in '$%s: int64'",
				 param->lhs->name, param->lhs->name));
		else if (accept(p, ":"))
			param->type = parse_type(p);
		param->span = span_from(p, param->span);
		node_list_push(p->arena, &n->params, param);
		if (!accept(p, ","))
			break;
	}
	expect(p, ")");
	if (accept(p, ":"))
		n->type = parse_type(p);
	n->body = parse_block(p, false);
	n->span = span_from(p, kw->span);
	return n;
}

/* getopt("name", default) in an attach point, as in
 * `profile:hz:getopt("frequency", 49)`: the named parameter's value, or
 * the default (a string default without its quotes). `s` is at
 * "getopt("; *end is set past its ')'. Returns NULL after reporting a
 * malformed call. */
static const char *attach_getopt(struct parser *p, struct token *t, const char *s,
				 const char **end)
{
	const char *name = s + 7, *quote = NULL, *def = NULL, *close = NULL;
	while (*name == ' ')
		name++;
	if (*name == '"' && (quote = strchr(name + 1, '"'))) {
		def = quote + 1;
		while (*def == ' ')
			def++;
		if (*def == ',') {
			def++;
			while (*def == ' ')
				def++;
			close = strchr(def, ')');
		}
	}
	if (!close || close == def || quote == name + 1) {
		struct span at = { t->span.off + (uint32_t)(s - t->str), (uint32_t)strlen(s) };
		diag_error(p->diag, at, "getopt() in an attach point takes a name and a default, "
			   "as in getopt(\"frequency\", 49)");
		return NULL;
	}
	*end = close + 1;
	name++;
	const char *given = getopt_param_value(p->opts->named, p->opts->nnamed, name,
					       (size_t)(quote - name), p->opts->named_used);
	if (given)
		return given;
	const char *last = close;
	while (last > def && last[-1] == ' ')
		last--;
	if (last - def >= 2 && *def == '"' && last[-1] == '"')
		return arena_strndup(p->arena, def + 1, (size_t)(last - def - 2));
	return arena_strndup(p->arena, def, (size_t)(last - def));
}

/* Replaces $N in an attach point with the N-th positional parameter, as in
 * `uprobe:$1:main`, and getopt() calls with named parameters. Returns NULL
 * (after reporting) when $N was not given or a getopt() is malformed. */
static const char *substitute_positionals(struct parser *p, struct token *t)
{
	const char *text = t->str;
	if (!strchr(text, '$') && !strstr(text, "getopt("))
		return text;
	struct strbuf out = { 0 };
	for (const char *s = text; *s;) {
		if (!strncmp(s, "getopt(", 7)) {
			const char *value = attach_getopt(p, t, s, &s);
			if (!value) {
				strbuf_free(&out);
				return NULL;
			}
			strbuf_append(&out, value, strlen(value));
			continue;
		}
		if (s[0] != '$' || s[1] < '0' || s[1] > '9') {
			strbuf_append(&out, s++, 1);
			continue;
		}
		const char *start = s++;
		int n = 0;
		while (*s >= '0' && *s <= '9' && n < 100000)
			n = n * 10 + (*s++ - '0');
		if (n < 1 || n > p->opts->npositional) {
			struct span at = { t->span.off + (uint32_t)(start - text), (uint32_t)(s - start) };
			diag_error(p->diag, at, "attach point uses $%d, but %d positional parameter%s given",
				   n, p->opts->npositional, p->opts->npositional == 1 ? " was" : "s were");
			strbuf_free(&out);
			return NULL;
		}
		const char *value = p->opts->positional[n - 1];
		strbuf_append(&out, value, strlen(value));
	}
	const char *result = arena_strndup(p->arena, out.data ? out.data : "", out.len);
	strbuf_free(&out);
	return result;
}

/* Splits an optional "name=" prefix and the provider fields. */
static struct node *make_attach_point(struct parser *p, struct token *t)
{
	struct node *ap = new_node(p, N_ATTACH_POINT, t->span);
	const char *text = substitute_positionals(p, t);
	if (!text) {
		ap->str = t->str;
		ap->str_len = t->span.len;
		return ap;
	}
	uint32_t shift = 0;
	const char *eq = strchr(text, '=');
	const char *colon = strchr(text, ':');
	if (eq && (!colon || eq < colon) && eq > text) {
		ap->name = arena_strndup(p->arena, text, (size_t)(eq - text));
		shift = (uint32_t)(eq - text + 1);
		text = eq + 1;
	}
	ap->str = text;
	ap->str_len = (uint32_t)strlen(text);
	struct probe_spec *spec = arena_alloc(p->arena, sizeof(*spec));
	const char *err = NULL;
	int err_col = 0;
	if (probe_spec_parse(p->arena, text, spec, &err, &err_col)) {
		ap->spec = spec;
	} else {
		uint32_t col = (uint32_t)(err_col < 0 ? 0 : err_col);
		if (col > ap->str_len)
			col = ap->str_len;
		/* Underline the field in error: up to the next ':' outside quotes. */
		uint32_t end = col;
		bool quoted = false;
		while (end < ap->str_len && (quoted || text[end] != ':' || end == col)) {
			quoted ^= text[end] == '"';
			end++;
		}
		struct span at = { t->span.off + shift + col, end > col ? end - col : 1 };
		diag_error(p->diag, at, "%s", err ? err : "invalid attach point");
	}
	return ap;
}

// probe = attach ("," attach)* ("/" expr "/")? block
static struct node *parse_probe(struct parser *p)
{
	struct token *first = peek(p);
	struct node *probe = new_node(p, N_PROBE, first->span);
	for (;;) {
		struct token *t = advance(p);
		node_list_push(p->arena, &probe->list, make_attach_point(p, t));
		if (!accept(p, ","))
			break;
		if (peek(p)->kind != TOK_ATTACH) {
			error_expected(p, "another attach point after ','");
			return probe;
		}
	}
	if (at(p, "/")) {
		struct token *slash = advance(p);
		p->in_predicate = true;
		probe->cond = parse_expr(p);
		p->in_predicate = false;
		if (!accept(p, "/")) {
			error_at(p, slash->span, arena_printf(p->arena,
				 "unterminated predicate: expected '/' before %s", describe(p, peek(p))));
			return probe;
		}
	}
	if (!at(p, "{")) {
		error_expected(p, probe->cond ? "'{' after the predicate"
					      : "'{' or a /predicate/ after the attach point");
		return probe;
	}
	probe->body = parse_block(p, false);
	probe->span = span_from(p, first->span);
	return probe;
}

static struct node *parse_item(struct parser *p)
{
	struct token *t = peek(p);
	if (t->kind == TOK_C_DEFINITION) {
		advance(p);
		struct node *n = new_node(p, N_C_DEFINITION, t->span);
		n->str = t->str;
		n->str_len = t->str_len;
		return n;
	}
	if (t->kind == TOK_ATTACH)
		return parse_probe(p);
	if (token_is(t, "config"))
		return parse_config(p);
	if (token_is(t, "import"))
		return parse_import(p);
	if (token_is(t, "let"))
		return parse_map_decl(p);
	if (token_is(t, "macro"))
		return parse_macro(p);
	if (token_is(t, "fn"))
		return parse_function(p);
	error_expected(p, "a probe, or a definition (config, import, let, macro, fn, struct)");
	return NULL;
}

// program = item*
struct node *parser_run(struct arena *arena, const struct source *src,
			const struct token_list *tokens, struct diag *diag,
			const struct sema_options *opts)
{
	struct parser p = {
		.arena = arena, .src = src, .diag = diag,
		.toks = tokens->items, .ntoks = tokens->len, .opts = opts,
		.truncated = tokens->truncated,
	};
	struct node *program = node_new(arena, N_PROGRAM, (struct span){ 0, src->len });
	while (peek(&p)->kind != TOK_EOF) {
		if (accept(&p, ";"))
			continue;
		int before = p.pos;
		struct node *item = parse_item(&p);
		if (item)
			node_list_push(arena, &program->list, item);
		if (p.panic || p.pos == before) {
			if (p.pos == before)
				advance(&p);
			sync_item(&p);
		}
	}
	return program;
}
