/* C definitions in scripts (see cdecl.h): a tokenizer, a recursive-descent
 * parser for declarations, and C struct layout. */
#include "sema/cdecl.h"

#include <ctype.h>
#include <errno.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "loader/vmlinux_btf.h"
#include "sema/btf.h"
#include "sema/header_macros.h"
#include "util/arena.h"

enum tok_kind { T_END, T_IDENT, T_NUM, T_STR, T_PUNCT };

struct tok {
	enum tok_kind kind;
	size_t off, len;
	uint64_t num;
};

struct cparser {
	struct cdecl_defs *d;
	struct arena *arena;
	const char *text;
	size_t len, pos;             /* pos: the next unread byte */
	struct tok tok;              /* the current token */
	struct cdecl_error *err;
	int depth;                   /* of nested parentheses and bodies */
	bool in_if;                  /* an #if condition: `defined`, unknown names are 0 */
	jmp_buf fail;
};

/* Deeper nesting than any real definition: an error, not a stack overflow. */
#define CDECL_MAX_DEPTH 64

static void fail_at(struct cparser *p, size_t off, size_t len, const char *msg)
{
	p->err->msg = msg;
	p->err->off = off;
	p->err->len = len ? len : 1;
	longjmp(p->fail, 1);
}

static void fail(struct cparser *p, const char *msg)
{
	fail_at(p, p->tok.off, p->tok.len, msg);
}

/* ---- tokens ---- */

static void skip_blank(struct cparser *p)
{
	while (p->pos < p->len) {
		const char *s = p->text + p->pos;
		if (isspace((unsigned char)*s) || (*s == '\\' && p->pos + 1 < p->len && s[1] == '\n')) {
			p->pos++;
		} else if (s[0] == '/' && p->pos + 1 < p->len && s[1] == '/') {
			while (p->pos < p->len && p->text[p->pos] != '\n')
				p->pos++;
		} else if (s[0] == '/' && p->pos + 1 < p->len && s[1] == '*') {
			const char *end = strstr(s + 2, "*/");
			p->pos = end && (size_t)(end - p->text) < p->len ? (size_t)(end - p->text) + 2 : p->len;
		} else {
			break;
		}
	}
}

static void lex_number(struct cparser *p, struct tok *t)
{
	char *end;
	errno = 0;
	t->num = strtoull(p->text + p->pos, &end, 0);
	t->kind = T_NUM;
	size_t n = (size_t)(end - (p->text + p->pos));
	while (p->pos + n < p->len && strchr("uUlL", p->text[p->pos + n]))
		n++;
	p->pos += n;
}

static void lex_quoted(struct cparser *p, struct tok *t)
{
	char q = p->text[p->pos++];
	while (p->pos < p->len && p->text[p->pos] != q && p->text[p->pos] != '\n')
		p->pos += p->text[p->pos] == '\\' ? 2 : 1;
	if (p->pos >= p->len || p->text[p->pos] != q)
		fail_at(p, t->off, 1, "unterminated literal");
	p->pos++;
	t->kind = q == '"' ? T_STR : T_NUM;
	if (q == '\'')
		t->num = (unsigned char)p->text[t->off + 1];
}

static void next(struct cparser *p)
{
	skip_blank(p);
	struct tok t = { .off = p->pos };
	if (p->pos >= p->len) {
		t.kind = T_END;
	} else {
		char c = p->text[p->pos];
		if (isalpha((unsigned char)c) || c == '_') {
			while (p->pos < p->len &&
			       (isalnum((unsigned char)p->text[p->pos]) || p->text[p->pos] == '_'))
				p->pos++;
			t.kind = T_IDENT;
		} else if (isdigit((unsigned char)c)) {
			lex_number(p, &t);
		} else if (c == '"' || c == '\'') {
			lex_quoted(p, &t);
		} else {
			static const char *const two[] = { "<<", ">>", "->", "...", "&&", "||", "==", "!=",
							   "<=", ">=" };
			t.kind = T_PUNCT;
			p->pos++;
			for (size_t i = 0; i < sizeof(two) / sizeof(two[0]); i++)
				if (!strncmp(p->text + t.off, two[i], strlen(two[i]))) {
					p->pos = t.off + strlen(two[i]);
					break;
				}
		}
	}
	t.len = p->pos - t.off;
	p->tok = t;
}

static bool is(const struct cparser *p, const char *s)
{
	return p->tok.kind != T_END && p->tok.len == strlen(s) && !strncmp(p->text + p->tok.off, s, p->tok.len);
}

static bool accept(struct cparser *p, const char *s)
{
	if (!is(p, s))
		return false;
	next(p);
	return true;
}

static void expect(struct cparser *p, const char *s)
{
	if (!accept(p, s))
		fail(p, arena_printf(p->arena, "expected '%s'", s));
}

static const char *tok_text(struct cparser *p)
{
	return arena_strndup(p->arena, p->text + p->tok.off, p->tok.len);
}

static const char *ident(struct cparser *p, const char *what)
{
	if (p->tok.kind != T_IDENT)
		fail(p, arena_printf(p->arena, "expected %s", what));
	const char *s = tok_text(p);
	next(p);
	return s;
}

/* ---- lookups ---- */

const struct cdecl_const *cdecl_const_find(const struct cdecl_defs *d, const char *name)
{
	for (const struct cdecl_const *c = d->consts; c; c = c->next)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

const struct type *cdecl_typedef_find(const struct cdecl_defs *d, const char *name)
{
	for (const struct cdecl_typedef *t = d->typedefs; t; t = t->next)
		if (!strcmp(t->name, name))
			return t->ty;
	return NULL;
}

static void add_const(struct cparser *p, struct cdecl_const *c)
{
	struct cdecl_const *n = arena_alloc(p->arena, sizeof(*n));
	*n = *c;
	n->next = p->d->consts;
	p->d->consts = n;
}

/* ---- constant expressions ---- */

static int64_t cexpr(struct cparser *p, int min_prec);

static int64_t cprimary(struct cparser *p)
{
	if (p->tok.kind == T_NUM) {
		int64_t v = (int64_t)p->tok.num;
		next(p);
		return v;
	}
	if (accept(p, "(")) {
		if (++p->depth > CDECL_MAX_DEPTH)
			fail(p, "expression nested too deeply");
		int64_t v = cexpr(p, 0);
		expect(p, ")");
		p->depth--;
		return v;
	}
	if (is(p, "-") || is(p, "+") || is(p, "~") || is(p, "!")) {
		char op = p->text[p->tok.off];
		if (++p->depth > CDECL_MAX_DEPTH)
			fail(p, "expression nested too deeply");
		next(p);
		int64_t v = cprimary(p);
		p->depth--;
		return op == '-' ? (int64_t)(0 - (uint64_t)v) : op == '~' ? ~v : op == '!' ? !v : v;
	}
	if (p->in_if && is(p, "defined")) {
		next(p);
		bool paren = accept(p, "(");
		const char *name = ident(p, "a macro name");
		if (paren)
			expect(p, ")");
		return cdecl_const_find(p->d, name) != NULL;
	}
	if (p->tok.kind == T_IDENT) {
		size_t off = p->tok.off, len = p->tok.len;
		const char *name = ident(p, "a constant");
		const struct cdecl_const *c = cdecl_const_find(p->d, name);
		if (c && !c->is_string)
			return c->value;
		int64_t v;
		if (!c && btf_enum_constant(name, &v, NULL))
			return v;
		if (p->in_if)
			return 0;
		fail_at(p, off, len, arena_printf(p->arena, c ? "'%s' is not an integer constant"
							       : "unknown identifier '%s'", name));
	}
	fail(p, "expected a constant expression");
	return 0;
}

enum binary_op { B_OR, B_AND, B_BITOR, B_XOR, B_BITAND, B_EQ, B_NE, B_LT, B_GT, B_LE, B_GE,
		 B_SHL, B_SHR, B_ADD, B_SUB, B_MUL, B_DIV, B_MOD };

static const struct { const char *text; int prec; enum binary_op op; } binary_ops[] = {
	{ "||", 1, B_OR }, { "&&", 2, B_AND }, { "|", 3, B_BITOR }, { "^", 4, B_XOR },
	{ "&", 5, B_BITAND }, { "==", 6, B_EQ }, { "!=", 6, B_NE }, { "<", 7, B_LT },
	{ ">", 7, B_GT }, { "<=", 7, B_LE }, { ">=", 7, B_GE }, { "<<", 8, B_SHL },
	{ ">>", 8, B_SHR }, { "+", 9, B_ADD }, { "-", 9, B_SUB }, { "*", 10, B_MUL },
	{ "/", 10, B_DIV }, { "%", 10, B_MOD },
};

/* The index in binary_ops of the operator at the current token, or -1. */
static int binary_op_at(const struct cparser *p)
{
	for (size_t i = 0; i < sizeof(binary_ops) / sizeof(binary_ops[0]); i++)
		if (is(p, binary_ops[i].text))
			return (int)i;
	return -1;
}

static int64_t binary(struct cparser *p, enum binary_op op, int64_t a, int64_t b, size_t at)
{
	uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
	switch (op) {
	case B_OR: return a || b;
	case B_AND: return a && b;
	case B_BITOR: return a | b;
	case B_XOR: return a ^ b;
	case B_BITAND: return a & b;
	case B_EQ: return a == b;
	case B_NE: return a != b;
	case B_LT: return a < b;
	case B_GT: return a > b;
	case B_LE: return a <= b;
	case B_GE: return a >= b;
	case B_SHL: return (int64_t)(ua << (b & 63));
	case B_SHR: return a >> (b & 63);
	case B_ADD: return (int64_t)(ua + ub);
	case B_SUB: return (int64_t)(ua - ub);
	case B_MUL: return (int64_t)(ua * ub);
	case B_DIV:
	case B_MOD:
		if (b == 0)
			fail_at(p, at, 1, "division by zero in a constant expression");
		return op == B_DIV ? a / b : a % b;
	}
	return 0;
}

// cexpr = cprimary (binop cprimary)*, by precedence climbing
static int64_t cexpr(struct cparser *p, int min_prec)
{
	int64_t a = cprimary(p);
	for (int i; (i = binary_op_at(p)) >= 0 && binary_ops[i].prec > min_prec;) {
		size_t at = p->tok.off;
		next(p);
		a = binary(p, binary_ops[i].op, a, cexpr(p, binary_ops[i].prec), at);
	}
	return a;
}

/* ---- types ---- */

static const struct type *struct_spec(struct cparser *p, bool is_union);
static const struct type *enum_spec(struct cparser *p);

static const struct type *int_ty(struct cparser *p, uint32_t size, bool is_signed)
{
	return type_int(p->d->types, size, is_signed);
}

/* Fixed-size spellings: u32, __u32, s8, __s8, uint32_t, int32_t, u_int32_t. */
static const struct type *sized_int_name(struct cparser *p, const char *name)
{
	const char *s = name;
	while (*s == '_')
		s++;
	bool is_signed = true;
	if (!strncmp(s, "u_", 2))
		s += 2, is_signed = false;
	if (!strncmp(s, "uint", 4))
		s += 4, is_signed = false;
	else if (!strncmp(s, "int", 3))
		s += 3;
	else if (*s == 'u' || *s == 's')
		is_signed = *s++ == 's';
	else
		return NULL;
	char *end;
	unsigned long bits = strtoul(s, &end, 10);
	if (end == s || (strcmp(end, "") && strcmp(end, "_t")) ||
	    (bits != 8 && bits != 16 && bits != 32 && bits != 64))
		return NULL;
	return int_ty(p, (uint32_t)bits / 8, is_signed);
}

static bool is_word(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (!strcmp(s, *words))
			return true;
	return false;
}

static const char *const qualifiers[] = { "const", "volatile", "static", "extern", "register",
					  "inline", "__restrict", "restrict", "__volatile__", NULL };

/* The base C words: [un]signed, char, short, int, long, long long, void,
 * _Bool, float, double. */
static const struct type *c_words(struct cparser *p, bool *found)
{
	static const char *const words[] = { "signed", "unsigned", "char", "short", "int", "long",
					      "void", "_Bool", "bool", "float", "double", "__signed__", NULL };
	int longs = 0;
	bool is_unsigned = false, is_char = false, is_short = false, is_void = false,
	     is_bool = false, is_float = false, is_double = false;
	*found = false;
	for (;;) {
		if (p->tok.kind != T_IDENT)
			break;
		const char *w = tok_text(p);
		if (is_word(w, qualifiers)) {
			next(p);
			continue;
		}
		if (!is_word(w, words))
			break;
		*found = true;
		next(p);
		is_unsigned |= !strcmp(w, "unsigned");
		is_char |= !strcmp(w, "char");
		is_short |= !strcmp(w, "short");
		is_void |= !strcmp(w, "void");
		is_bool |= !strcmp(w, "_Bool") || !strcmp(w, "bool");
		is_float |= !strcmp(w, "float");
		is_double |= !strcmp(w, "double");
		longs += !strcmp(w, "long");
	}
	if (!*found)
		return NULL;
	if (is_void)
		return type_void(p->d->types);
	if (is_bool)
		return type_bool(p->d->types);
	if (is_float || is_double)
		return type_buffer(p->d->types, is_float ? 4 : 8 * (longs ? 2 : 1));
	uint32_t size = is_char ? 1 : is_short ? 2 : longs ? 8 : 4;
	return int_ty(p, size, !is_unsigned);
}

// type-spec = qualifier* (c-words | struct-spec | union-spec | enum-spec | typedef-name) qualifier*
static const struct type *type_spec(struct cparser *p)
{
	bool found;
	const struct type *ty = c_words(p, &found);
	if (found)
		return ty;
	if (accept(p, "struct"))
		ty = struct_spec(p, false);
	else if (accept(p, "union"))
		ty = struct_spec(p, true);
	else if (accept(p, "enum"))
		ty = enum_spec(p);
	else {
		size_t off = p->tok.off, len = p->tok.len;
		const char *name = ident(p, "a type");
		ty = cdecl_typedef_find(p->d, name);
		if (!ty)
			ty = sized_int_name(p, name);
		if (!ty)
			ty = btf_typedef_type(p->d->types, name);
		if (!ty)
			fail_at(p, off, len, arena_printf(p->arena, "unknown type '%s'", name));
	}
	while (p->tok.kind == T_IDENT && is_word(tok_text(p), qualifiers))
		next(p);
	return ty;
}

/* char[N] is a string, as BTF's char arrays are (btf.h). */
static const struct type *array_of(struct cparser *p, const struct type *elem, uint32_t count)
{
	if (elem->kind == TY_INT && elem->size == 1)
		return type_string(p->d->types, count);
	return type_array(p->d->types, elem, count);
}

struct declarator {
	const char *name;
	size_t name_off, name_len;
	const struct type *ty;
	int64_t bits;                /* -1: not a bitfield */
};

// declarator = ("*" qualifier*)* (ident | "(" "*" ident ")" "(" ... ")")? ("[" cexpr? "]")* (":" cexpr)?
static struct declarator declarator(struct cparser *p, const struct type *base)
{
	struct declarator dc = { .ty = base, .bits = -1 };
	while (accept(p, "*")) {
		dc.ty = type_pointer(p->d->types, dc.ty);
		while (p->tok.kind == T_IDENT && is_word(tok_text(p), qualifiers))
			next(p);
	}
	if (accept(p, "(")) {
		/* A function pointer: its signature does not matter here. */
		expect(p, "*");
		if (p->tok.kind == T_IDENT) {
			dc.name_off = p->tok.off;
			dc.name_len = p->tok.len;
			dc.name = ident(p, "a name");
		}
		expect(p, ")");
		expect(p, "(");
		for (int depth = 1; depth > 0; next(p)) {
			if (p->tok.kind == T_END)
				fail(p, "expected ')'");
			depth += is(p, "(") - is(p, ")");
		}
		dc.ty = type_pointer(p->d->types, type_void(p->d->types));
		return dc;
	}
	if (p->tok.kind == T_IDENT) {
		dc.name_off = p->tok.off;
		dc.name_len = p->tok.len;
		dc.name = ident(p, "a name");
	}
	uint32_t dims[8];
	int ndims = 0;
	while (accept(p, "[")) {
		int64_t n = is(p, "]") ? 0 : cexpr(p, 0);
		if (n < 0 || n > (1 << 24))
			fail(p, "array size out of range");
		if (ndims == 8)
			fail(p, "too many array dimensions");
		dims[ndims++] = (uint32_t)n;
		expect(p, "]");
	}
	uint64_t total = dc.ty->size ? dc.ty->size : 1;
	for (int i = 0; i < ndims; i++)
		if ((total *= dims[i] ? dims[i] : 1) > (1u << 24))
			fail_at(p, dc.name_off, dc.name_len, "array too large");
	while (ndims > 0)
		dc.ty = array_of(p, dc.ty, dims[--ndims]);
	if (accept(p, ":")) {
		size_t at = p->tok.off;
		dc.bits = cexpr(p, 0);
		if (!type_is_int(dc.ty) && !(dc.ty && dc.ty->kind == TY_BOOL))
			fail_at(p, at, 1, "a bitfield needs an integer type");
		if (dc.bits < 0 || dc.bits > (int64_t)dc.ty->size * 8)
			fail_at(p, at, 1, "bitfield width out of range");
	}
	return dc;
}

/* ---- struct layout ---- */

struct layout {
	int len, cap;
	const char **names;
	const struct type **fields;
	uint32_t *offsets;
	uint8_t *bit_offsets, *bit_sizes;
	bool any_bitfield;
	uint64_t bit_pos;            /* the next free bit */
	uint32_t size, align;
	bool is_union;
};

static void grow(struct cparser *p, struct layout *l)
{
	if (l->len < l->cap)
		return;
	int cap = l->cap ? l->cap * 2 : 8;
	const char **names = arena_alloc(p->arena, sizeof(*names) * (size_t)cap);
	const struct type **fields = arena_alloc(p->arena, sizeof(*fields) * (size_t)cap);
	uint32_t *offsets = arena_alloc(p->arena, sizeof(*offsets) * (size_t)cap);
	uint8_t *bo = arena_alloc(p->arena, (size_t)cap), *bs = arena_alloc(p->arena, (size_t)cap);
	if (l->len) {
		memcpy(names, l->names, sizeof(*names) * (size_t)l->len);
		memcpy(fields, l->fields, sizeof(*fields) * (size_t)l->len);
		memcpy(offsets, l->offsets, sizeof(*offsets) * (size_t)l->len);
		memcpy(bo, l->bit_offsets, (size_t)l->len);
		memcpy(bs, l->bit_sizes, (size_t)l->len);
	}
	l->names = names, l->fields = fields, l->offsets = offsets;
	l->bit_offsets = bo, l->bit_sizes = bs;
	l->cap = cap;
}

static void push_member(struct cparser *p, struct layout *l, const char *name,
			const struct type *ty, uint32_t off, uint8_t bit_off, uint8_t bits)
{
	for (int i = 0; i < l->len; i++)
		if (!strcmp(l->names[i], name))
			fail(p, arena_printf(p->arena, "duplicate member '%s'", name));
	grow(p, l);
	l->names[l->len] = name;
	l->fields[l->len] = ty;
	l->offsets[l->len] = off;
	l->bit_offsets[l->len] = bit_off;
	l->bit_sizes[l->len] = bits;
	l->any_bitfield |= bits > 0;
	l->len++;
}

static uint64_t align_up(uint64_t n, uint64_t a)
{
	return a ? (n + a - 1) / a * a : n;
}

static void end_at(struct layout *l, uint64_t end_bits, uint32_t align)
{
	if (align > l->align)
		l->align = align;
	if (l->is_union) {
		if ((end_bits + 7) / 8 > l->size)
			l->size = (uint32_t)((end_bits + 7) / 8);
	} else {
		l->bit_pos = end_bits;
	}
}

/* A bitfield goes at the next free bit when it fits in the aligned unit
 * of its type holding that bit; else it starts the next unit. */
static void place_bitfield(struct cparser *p, struct layout *l, const struct declarator *dc)
{
	uint32_t unit = dc->ty->size ? dc->ty->size : 1;
	uint64_t pos = l->is_union ? 0 : l->bit_pos;
	if (dc->bits == 0) {
		l->bit_pos = align_up(pos, unit * 8);
		return;
	}
	if (pos / (unit * 8) != (pos + (uint64_t)dc->bits - 1) / (unit * 8))
		pos = align_up(pos, unit * 8);
	uint64_t unit_start = pos / (unit * 8) * unit;
	if (dc->name)
		push_member(p, l, dc->name, dc->ty, (uint32_t)unit_start,
			    (uint8_t)(pos - unit_start * 8), (uint8_t)dc->bits);
	end_at(l, pos + (uint64_t)dc->bits, dc->name ? unit : 1);
}

static void place_member(struct cparser *p, struct layout *l, const struct declarator *dc)
{
	const struct type *ty = dc->ty;
	for (int i = 0; dc->name && i < l->len; i++)
		if (!strcmp(l->names[i], dc->name))
			fail_at(p, dc->name_off, dc->name_len,
				arena_printf(p->arena, "duplicate member '%s'", dc->name));
	if (ty->kind == TY_STRUCT && !ty->defined) {
		const char *why;
		if (btf_struct_complete(p->d->types, ty, &why) < 0)
			fail_at(p, dc->name_off, dc->name_len,
				arena_printf(p->arena, "member '%s' has incomplete type %s",
					     dc->name ? dc->name : "", type_name(p->arena, ty)));
	}
	if (ty->kind == TY_VOID)
		fail_at(p, dc->name_off, dc->name_len, "a member cannot be void");
	if (dc->bits >= 0) {
		place_bitfield(p, l, dc);
		return;
	}
	uint32_t align = ty->align ? ty->align : 1;
	uint64_t off = l->is_union ? 0 : align_up((l->bit_pos + 7) / 8, align);
	if (dc->name) {
		push_member(p, l, dc->name, ty, (uint32_t)off, 0, 0);
	} else if (ty->kind == TY_STRUCT) {
		/* Anonymous struct or union: its members are the parent's. */
		for (int i = 0; i < ty->nfields; i++)
			push_member(p, l, ty->field_names[i], ty->fields[i], (uint32_t)off + ty->offsets[i],
				    ty->bit_sizes ? ty->bit_offsets[i] : 0,
				    ty->bit_sizes ? ty->bit_sizes[i] : 0);
	}
	end_at(l, (off + ty->size) * 8, align);
}

// members = (type-spec declarator ("," declarator)* ";")*
static void members(struct cparser *p, struct layout *l)
{
	while (!is(p, "}")) {
		if (p->tok.kind == T_END)
			fail(p, "expected '}'");
		const struct type *base = type_spec(p);
		if (accept(p, ";")) {
			struct declarator dc = { .ty = base, .bits = -1, .name_off = p->tok.off };
			if (base->kind == TY_STRUCT && !base->name)
				place_member(p, l, &dc);
			continue;
		}
		do {
			struct declarator dc = declarator(p, base);
			if (!dc.name && dc.bits < 0)
				fail(p, "expected a member name");
			place_member(p, l, &dc);
		} while (accept(p, ","));
		expect(p, ";");
	}
}

// struct-spec = ident? ("{" members "}")?
static const struct type *struct_spec(struct cparser *p, bool is_union)
{
	const char *name = NULL;
	size_t name_off = p->tok.off, name_len = p->tok.len;
	if (p->tok.kind == T_IDENT)
		name = ident(p, "a name");
	if (!is(p, "{")) {
		if (!name)
			fail(p, "expected a struct name or '{'");
		return is_union ? type_union(p->d->types, name) : type_struct(p->d->types, name);
	}
	next(p);
	if (++p->depth > CDECL_MAX_DEPTH)
		fail(p, "definition nested too deeply");
	/* An anonymous struct gets an id of its own, outside BTF's range. */
	const struct type *s = !name ? type_struct_anonymous(p->d->types, is_union,
							      0x80000000u + p->d->anonymous++)
		: is_union ? type_union(p->d->types, name) : type_struct(p->d->types, name);
	/* A kernel struct of that name read before is replaced; only a
	 * second definition in the script is an error. */
	if (s->defined && name && !s->btf_id)
		fail_at(p, name_off, name_len,
			arena_printf(p->arena, "redefinition of %s", type_name(p->arena, s)));
	struct layout l = { .is_union = is_union, .align = 1 };
	members(p, &l);
	expect(p, "}");
	p->depth--;
	uint32_t size = l.is_union ? l.size : (uint32_t)((l.bit_pos + 7) / 8);
	struct struct_layout layout = {
		.size = (uint32_t)align_up(size, l.align), .align = l.align,
		.btf_id = name ? 0 : s->btf_id, .nfields = l.len, .names = l.names, .fields = l.fields,
		.offsets = l.offsets,
		.bit_offsets = l.any_bitfield ? l.bit_offsets : NULL,
		.bit_sizes = l.any_bitfield ? l.bit_sizes : NULL,
	};
	if (!layout.names) {
		layout.names = arena_alloc(p->arena, sizeof(*layout.names));
		layout.fields = arena_alloc(p->arena, sizeof(*layout.fields));
		layout.offsets = arena_alloc(p->arena, sizeof(*layout.offsets));
	}
	type_struct_define(p->d->types, s, &layout);
	return s;
}

// enum-spec = ident? ("{" ident ("=" cexpr)? ("," ident ("=" cexpr)?)* ","? "}")?
static const struct type *enum_spec(struct cparser *p)
{
	const char *name = NULL;
	size_t name_off = p->tok.off, name_len = p->tok.len;
	if (p->tok.kind == T_IDENT)
		name = ident(p, "a name");
	const char *enum_name = name ? arena_printf(p->arena, "enum %s", name) : NULL;
	if (!accept(p, "{")) {
		if (!name)
			fail(p, "expected an enum name or '{'");
		for (const struct cdecl_const *c = p->d->consts; c; c = c->next)
			if (c->enum_name && !strcmp(c->enum_name, enum_name))
				return c->ty;
		const struct type *ty = btf_enum_type(p->d->types, name);
		if (!ty)
			fail_at(p, name_off, name_len, arena_printf(p->arena, "unknown enum '%s'", enum_name));
		return ty;
	}
	struct cdecl_const *first = p->d->consts;
	int64_t value = 0;
	int n = 0;
	while (!is(p, "}")) {
		size_t off = p->tok.off, len = p->tok.len;
		const char *ename = ident(p, "an enumerator name");
		if (accept(p, "="))
			value = cexpr(p, 0);
		if (cdecl_const_find(p->d, ename))
			fail_at(p, off, len, arena_printf(p->arena, "redefinition of '%s'", ename));
		struct cdecl_const c = { .name = ename, .value = value, .enum_name = enum_name };
		add_const(p, &c);
		value++;
		n++;
		if (!accept(p, ","))
			break;
	}
	expect(p, "}");
	/* The enumerators were pushed in front of the list, last first. */
	const char **names = arena_alloc(p->arena, sizeof(*names) * (size_t)(n + 1));
	int64_t *values = arena_alloc(p->arena, sizeof(*values) * (size_t)(n + 1));
	int i = n;
	for (struct cdecl_const *c = p->d->consts; c != first; c = c->next) {
		names[--i] = c->name;
		values[i] = c->value;
	}
	const struct type *ty = enum_name && n ? type_enum(p->d->types, 4, true, enum_name, n, names, values)
					       : int_ty(p, 4, true);
	for (struct cdecl_const *c = p->d->consts; c != first; c = c->next)
		c->ty = ty;
	return ty;
}

/* ---- top level ---- */

static char *unescape(struct cparser *p, const char *s, size_t n, uint32_t *out_len)
{
	char *out = arena_alloc(p->arena, n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 == n) {
			out[k++] = s[i];
			continue;
		}
		char c = s[++i], plain = 0;
		switch (c) {
		case 'n': plain = '\n'; break;
		case 't': plain = '\t'; break;
		case 'r': plain = '\r'; break;
		case 'a': plain = '\a'; break;
		case 'b': plain = '\b'; break;
		case 'f': plain = '\f'; break;
		case 'v': plain = '\v'; break;
		}
		if (plain) {
			out[k++] = plain;
		} else if (c >= '0' && c <= '7') {
			int v = 0;
			for (int d = 0; d < 3 && i < n && s[i] >= '0' && s[i] <= '7'; d++, i++)
				v = v * 8 + (s[i] - '0');
			i--;
			out[k++] = (char)v;
		} else if (c == 'x') {
			int v = 0;
			while (i + 1 < n && isxdigit((unsigned char)s[i + 1])) {
				char h = s[++i];
				v = v * 16 + (isdigit((unsigned char)h) ? h - '0' : (tolower(h) - 'a' + 10));
			}
			out[k++] = (char)v;
		} else {
			out[k++] = c;
		}
	}
	*out_len = (uint32_t)k;
	return out;
}

/* `#define NAME value`: a string literal or an integer constant
 * expression. Function-like macros and values of other shapes are left
 * out: a script that uses one gets "unknown identifier". */
static void define_line(struct cparser *p)
{
	if (p->tok.kind != T_IDENT)
		return;
	const char *name = tok_text(p);
	size_t after = p->tok.off + p->tok.len;
	next(p);
	if (after < p->len && p->text[after] == '(')
		return;
	struct cdecl_const c = { .name = name };
	if (p->tok.kind == T_STR) {
		c.is_string = true;
		c.str = unescape(p, p->text + p->tok.off + 1, p->tok.len - 2, &c.str_len);
		next(p);
	} else if (p->tok.kind == T_END) {
		c.value = 1;
	} else {
		struct cdecl_error saved = *p->err;
		jmp_buf outer;
		memcpy(outer, p->fail, sizeof(outer));
		if (setjmp(p->fail)) {
			memcpy(p->fail, outer, sizeof(outer));
			*p->err = saved;
			return;
		}
		c.value = cexpr(p, 0);
		memcpy(p->fail, outer, sizeof(outer));
		if (p->tok.kind != T_END)
			return;
	}
	add_const(p, &c);
}

static void add_header_macro(void *ctx, const char *name, int64_t value)
{
	struct cdecl_const c = { .name = name, .value = value };
	add_const(ctx, &c);
}

/* `#include <name>` or `#include "name"`; the current token starts the name. */
static void include_line(struct cparser *p)
{
	const char *s = p->text + p->tok.off;
	if (p->tok.kind == T_END || (*s != '<' && *s != '"'))
		return;
	const char *end = memchr(s + 1, *s == '<' ? '>' : '"', p->len - p->tok.off - 1);
	if (!end)
		return;
	const char *header = arena_strndup(p->arena, s + 1, (size_t)(end - s - 1));
	header_macros_each(p->arena, header, add_header_macro, p);
	p->pos = p->len;
	next(p);
}

static bool cdecl_reading(const struct cdecl_defs *d)
{
	return d->if_depth == 0 || d->ifs[d->if_depth - 1].reading;
}

/* The condition of #if/#elif (the current token starts it), or of
 * #ifdef/#ifndef. */
static bool if_condition(struct cparser *p, const char *kind)
{
	if (!strcmp(kind, "ifdef") || !strcmp(kind, "ifndef")) {
		bool defined = cdecl_const_find(p->d, ident(p, "a macro name")) != NULL;
		return kind[2] == 'd' ? defined : !defined;
	}
	p->in_if = true;
	int64_t v = cexpr(p, 0);
	p->in_if = false;
	if (p->tok.kind != T_END)
		fail(p, "cannot read this #if condition");
	return v != 0;
}

// conditional = ("if" | "ifdef" | "ifndef" | "elif") condition | "else" | "endif"
static bool conditional(struct cparser *p, const char *kind, size_t at)
{
	struct cdecl_defs *d = p->d;
	struct cdecl_if *top = d->if_depth ? &d->ifs[d->if_depth - 1] : NULL;
	if (!strcmp(kind, "if") || !strcmp(kind, "ifdef") || !strcmp(kind, "ifndef")) {
		if (d->if_depth == CDECL_MAX_IF_DEPTH)
			fail_at(p, at, strlen(kind), "#if nested too deeply");
		bool outer = cdecl_reading(d);
		/* Open before the condition is read: a bad one skips the group. */
		struct cdecl_if *group = &d->ifs[d->if_depth++];
		*group = (struct cdecl_if){ .done = true };
		if (outer && if_condition(p, kind))
			group->reading = true;
		else
			group->done = !outer;
		return true;
	}
	if (strcmp(kind, "elif") && strcmp(kind, "else") && strcmp(kind, "endif"))
		return false;
	if (!top)
		fail_at(p, at, strlen(kind), arena_printf(p->arena, "#%s without #if", kind));
	if (!strcmp(kind, "endif")) {
		d->if_depth--;
	} else if (top->seen_else) {
		fail_at(p, at, strlen(kind), arena_printf(p->arena, "#%s after #else", kind));
	} else if (!strcmp(kind, "else")) {
		top->reading = !top->done;
		top->done = true;
		top->seen_else = true;
	} else {
		top->reading = false;
		if (!top->done && if_condition(p, kind))
			top->reading = top->done = true;
	}
	return true;
}

static void undef_line(struct cparser *p)
{
	const char *name = ident(p, "a macro name");
	for (struct cdecl_const **c = &p->d->consts; *c; c = &(*c)->next)
		if (!(*c)->enum_name && !strcmp((*c)->name, name)) {
			*c = (*c)->next;
			return;
		}
}

/* Other directives (#pragma, #error, ...) are ignored unread. */
static void directive(struct cparser *p)
{
	static const char *const known[] = { "if", "ifdef", "ifndef", "elif", "else", "endif",
					     "define", "undef", "include", NULL };
	next(p);   /* '#' */
	if (p->tok.kind != T_IDENT)
		return;
	size_t at = p->tok.off;
	const char *kind = tok_text(p);
	if (!is_word(kind, known))
		return;
	next(p);
	if (conditional(p, kind, at) || !cdecl_reading(p->d))
		return;
	if (!strcmp(kind, "define"))
		define_line(p);
	else if (!strcmp(kind, "undef"))
		undef_line(p);
	else if (!strcmp(kind, "include"))
		include_line(p);
}

// typedef = "typedef" type-spec declarator ("," declarator)* ";"
static void typedef_def(struct cparser *p)
{
	const struct type *base = type_spec(p);
	do {
		struct declarator dc = declarator(p, base);
		if (!dc.name)
			fail(p, "expected a typedef name");
		struct cdecl_typedef *t = arena_alloc(p->arena, sizeof(*t));
		t->name = dc.name;
		t->ty = dc.ty;
		t->next = p->d->typedefs;
		p->d->typedefs = t;
	} while (accept(p, ","));
	expect(p, ";");
}

const struct type *cdecl_type_name(struct cdecl_defs *d, const char *name)
{
	struct cdecl_error err;
	struct cparser p = { .d = d, .arena = d->types->arena, .text = name, .len = strlen(name),
			     .err = &err };
	if (setjmp(p.fail))
		return NULL;
	next(&p);
	const struct type *ty = type_spec(&p);
	return p.tok.kind == T_END ? ty : NULL;
}

void cdecl_init(struct cdecl_defs *d, struct type_table *types)
{
	d->types = types;
	d->consts = NULL;
	d->typedefs = NULL;
	d->anonymous = 0;
	d->if_depth = 0;
	if (vmlinux_btf_present()) {
		struct cdecl_const *btf = arena_alloc(types->arena, sizeof(*btf));
		*btf = (struct cdecl_const){ .name = "BPFTRACE_HAVE_BTF", .value = 1 };
		d->consts = btf;
	}
}

int cdecl_parse(struct cdecl_defs *d, const char *text, size_t len, struct cdecl_error *err)
{
	struct cparser p = { .d = d, .arena = d->types->arena, .text = text, .len = len, .err = err };
	if (setjmp(p.fail))
		return -1;
	skip_blank(&p);
	if (p.pos < len && text[p.pos] == '#') {
		p.pos++;
		directive(&p);
		return 0;
	}
	if (!cdecl_reading(d))
		return 0;
	next(&p);
	if (accept(&p, "typedef")) {
		typedef_def(&p);
	} else {
		const struct type *base = type_spec(&p);
		/* `struct foo { ... } x;` declares a variable too: nothing to trace. */
		if (!is(&p, ";") && p.tok.kind != T_END) {
			do
				declarator(&p, base);
			while (accept(&p, ","));
		}
		accept(&p, ";");
	}
	if (p.tok.kind != T_END)
		fail(&p, "unexpected text after the definition");
	return 0;
}
