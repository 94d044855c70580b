#include "frontend/lexer.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"

/* Where the lexer is in the item structure of the program. */
enum lex_state {
	AT_ITEM_START,   /* depth 0, between items: an attach point may start */
	IN_ATTACH_LIST,  /* after an attach point: "," continues the list */
	IN_CODE,         /* ordinary tokens */
};

struct lexer {
	struct arena *arena;
	const struct source *src;
	struct diag *diag;
	const char *p, *end;
	enum lex_state state;
	int depth;                   /* {} nesting */
	bool line_start;
	struct token *toks;
	int len, cap;
	bool stopped;                /* a fatal error: the rest is not lexed */
};

static const char *const puncts[] = {
	"<<=", ">>=", "...",
	"==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=",
	"%=", "&=", "|=", "^=", "<<", ">>", "->", "..", "::",
	"+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "<", ">", "=", "?",
	":", ";", ",", ".", "(", ")", "[", "]", "{", "}",
};

static const char *const item_keywords[] = {
	"config", "import", "let", "macro", "fn",
};

static const char *const c_definition_keywords[] = {
	"struct", "union", "enum", "typedef",
};

static uint32_t offset_of(struct lexer *lx, const char *p)
{
	return (uint32_t)(p - lx->src->text);
}

static struct token *push(struct lexer *lx, enum token_kind kind, const char *start, const char *stop)
{
	if (lx->len == lx->cap) {
		int cap = lx->cap ? lx->cap * 2 : 256;
		struct token *n = arena_alloc(lx->arena, sizeof(*n) * (size_t)cap);
		if (lx->len)
			memcpy(n, lx->toks, sizeof(*n) * (size_t)lx->len);
		lx->toks = n;
		lx->cap = cap;
	}
	struct token *t = &lx->toks[lx->len++];
	memset(t, 0, sizeof(*t));
	t->kind = kind;
	t->text = start;
	t->span = (struct span){ offset_of(lx, start), (uint32_t)(stop - start) };
	t->line_start = lx->line_start;
	lx->line_start = false;
	return t;
}

static void error_at(struct lexer *lx, const char *start, size_t len, const char *msg, const char *arg)
{
	struct span at = { offset_of(lx, start), (uint32_t)len };
	if (arg)
		diag_error(lx->diag, at, msg, arg);
	else
		diag_error(lx->diag, at, "%s", msg);
}

/* Skips blanks and comments; notes newlines for statement separation. */
static void skip_space(struct lexer *lx)
{
	while (lx->p < lx->end) {
		char c = *lx->p;
		if (c == '\n') {
			lx->line_start = true;
			lx->p++;
		} else if (isspace((unsigned char)c)) {
			lx->p++;
		} else if (c == '/' && lx->p + 1 < lx->end && lx->p[1] == '/') {
			while (lx->p < lx->end && *lx->p != '\n')
				lx->p++;
		} else if (c == '/' && lx->p + 1 < lx->end && lx->p[1] == '*') {
			const char *start = lx->p;
			const char *close = NULL;
			for (const char *q = lx->p + 2; q + 1 < lx->end; q++)
				if (q[0] == '*' && q[1] == '/') {
					close = q;
					break;
				}
			if (!close) {
				error_at(lx, start, 2, "unterminated comment: missing '*/'", NULL);
				lx->p = lx->end;
				lx->stopped = true;
				return;
			}
			for (const char *q = lx->p; q < close; q++)
				if (*q == '\n')
					lx->line_start = true;
			lx->p = close + 2;
		} else {
			return;
		}
	}
}

static bool is_ident_start(char c)
{
	return isalpha((unsigned char)c) || c == '_';
}

static bool is_ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

static size_t word_len(const char *p, const char *end)
{
	const char *q = p;
	while (q < end && is_ident_char(*q))
		q++;
	return (size_t)(q - p);
}

static bool word_in(const char *p, size_t n, const char *const *words, size_t nwords)
{
	for (size_t i = 0; i < nwords; i++)
		if (strlen(words[i]) == n && !memcmp(p, words[i], n))
			return true;
	return false;
}

/* ---- numbers ---- */

static int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

/* Reads digits of `base` (with `_` separators) into *value. Returns false on
 * overflow. Stops at the first character that is not such a digit. */
static bool read_digits(const char **pp, const char *end, int base, uint64_t *value)
{
	bool ok = true;
	const char *p = *pp;
	for (; p < end; p++) {
		if (*p == '_')
			continue;
		int d = digit_value(*p);
		if (d >= base)
			break;
		if (*value > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
			ok = false;
		*value = *value * (uint64_t)base + (uint64_t)d;
	}
	*pp = p;
	return ok;
}

static bool mul_overflows(uint64_t a, uint64_t b, uint64_t *out)
{
	return __builtin_mul_overflow(a, b, out);
}

struct suffix_unit {
	const char *name;
	uint64_t ns;
};

static const struct suffix_unit durations[] = {
	{ "ns", 1 }, { "us", 1000 }, { "ms", 1000000 }, { "s", 1000000000ull },
	{ "m", 60000000000ull }, { "h", 3600000000000ull }, { "d", 86400000000000ull },
};

static bool is_c_int_suffix(const char *p, size_t n)
{
	static const char *const suffixes[] = { "u", "l", "ul", "lu", "ll", "ull", "llu" };
	char low[4];
	if (n == 0 || n > 3)
		return false;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)p[i]);
	return word_in(low, n, suffixes, sizeof(suffixes) / sizeof(suffixes[0]));
}

static void lex_number(struct lexer *lx)
{
	const char *start = lx->p;
	const char *stop = start + word_len(start, lx->end);
	const char *p = start;
	uint64_t value = 0;
	bool ok = true;
	if (stop - p > 1 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		p += 2;
		const char *digits = p;
		ok = read_digits(&p, stop, 16, &value);
		if (p == digits) {
			error_at(lx, start, (size_t)(stop - start), "invalid hexadecimal literal '%s'",
				 arena_strndup(lx->arena, start, (size_t)(stop - start)));
			goto done;
		}
	} else if (stop - p > 1 && p[0] == '0' && isdigit((unsigned char)p[1])) {
		ok = read_digits(&p, stop, 8, &value);
		if (p < stop && isdigit((unsigned char)*p)) {
			error_at(lx, start, (size_t)(stop - start), "invalid digit in octal literal '%s'",
				 arena_strndup(lx->arena, start, (size_t)(stop - start)));
			goto done;
		}
	} else {
		ok = read_digits(&p, stop, 10, &value);
		if (p < stop && (*p == 'e' || *p == 'E') && p + 1 < stop && isdigit((unsigned char)p[1])) {
			uint64_t exp = 0;
			p++;
			/* 10^20 overflows 64 bits: a larger exponent can only
			 * overflow (or, with 0 before the 'e', stay 0). */
			if (!read_digits(&p, stop, 10, &exp) || exp > 19)
				ok = value == 0;
			else
				for (uint64_t i = 0; i < exp && ok; i++)
					ok = !mul_overflows(value, 10, &value);
		}
	}
	size_t rest = (size_t)(stop - p);
	if (rest && !is_c_int_suffix(p, rest)) {
		bool found = false;
		for (size_t i = 0; i < sizeof(durations) / sizeof(durations[0]); i++)
			if (strlen(durations[i].name) == rest && !memcmp(p, durations[i].name, rest)) {
				ok = ok && !mul_overflows(value, durations[i].ns, &value);
				found = true;
			}
		if (!found) {
			error_at(lx, p, rest, "invalid suffix '%s' on integer literal",
				 arena_strndup(lx->arena, p, rest));
			goto done;
		}
	}
	if (!ok)
		error_at(lx, start, (size_t)(stop - start), "integer literal '%s' is too large for 64 bits",
			 arena_strndup(lx->arena, start, (size_t)(stop - start)));
done:
	push(lx, TOK_INT, start, stop)->ival = value;
	lx->p = stop;
}

/* ---- strings ---- */

/* Decodes one escape after the backslash at *pp into *out. */
static bool decode_escape(struct lexer *lx, const char **pp, char *out)
{
	const char *p = *pp; /* at the character after '\' */
	char c = *p++;
	switch (c) {
	case 'n': *out = '\n'; break;
	case 't': *out = '\t'; break;
	case 'r': *out = '\r'; break;
	case 'a': *out = '\a'; break;
	case 'b': *out = '\b'; break;
	case 'f': *out = '\f'; break;
	case 'v': *out = '\v'; break;
	case 'e': *out = 27; break;
	case '\\': case '"': case '\'': case '?': *out = c; break;
	case 'x': {
		int v = 0, n = 0;
		while (n < 2 && p < lx->end && isxdigit((unsigned char)*p))
			v = v * 16 + digit_value(*p++), n++;
		if (!n) {
			error_at(lx, *pp - 1, 2, "\\x escape needs hexadecimal digits", NULL);
			*pp = p;
			return false;
		}
		*out = (char)v;
		break;
	}
	default:
		if (c >= '0' && c <= '7') {
			int v = c - '0', n = 1;
			while (n < 3 && p < lx->end && *p >= '0' && *p <= '7')
				v = v * 8 + (*p++ - '0'), n++;
			if (v > 255) {
				error_at(lx, *pp - 1, (size_t)(p - *pp + 1), "octal escape out of range", NULL);
				*pp = p;
				return false;
			}
			*out = (char)v;
			break;
		}
		error_at(lx, *pp - 1, 2, "invalid escape sequence '\\%s' in string",
			 arena_strndup(lx->arena, *pp, 1));
		*pp = p;
		return false;
	}
	*pp = p;
	return true;
}

static void lex_string(struct lexer *lx)
{
	const char *start = lx->p;
	const char *p = start + 1;
	/* The decoded text is never longer than the literal up to its line end. */
	const char *eol = memchr(p, '\n', (size_t)(lx->end - p));
	char *buf = arena_alloc(lx->arena, (size_t)((eol ? eol : lx->end) - p) + 1);
	uint32_t n = 0;
	while (p < lx->end && *p != '"' && *p != '\n') {
		if (*p == '\\' && p + 1 < lx->end) {
			p++;
			char c;
			if (decode_escape(lx, &p, &c))
				buf[n++] = c;
		} else {
			buf[n++] = *p++;
		}
	}
	if (p >= lx->end || *p != '"') {
		error_at(lx, start, (size_t)(p - start),
			 "unterminated string literal: missing '\"' before the end of the line", NULL);
		lx->stopped = true;
		return;
	}
	p++;
	struct token *t = push(lx, TOK_STRING, start, p);
	t->str = buf;
	t->str_len = n;
	lx->p = p;
}

/* ---- sigils: $x $1 $# @x @ ---- */

static void lex_sigil(struct lexer *lx)
{
	const char *start = lx->p;
	const char *p = start + 1;
	if (*start == '$' && p < lx->end && *p == '#') {
		push(lx, TOK_PARAM_COUNT, start, p + 1);
		lx->p = p + 1;
		return;
	}
	if (*start == '$' && p < lx->end && isdigit((unsigned char)*p)) {
		uint64_t v = 0;
		const char *q = p;
		while (q < lx->end && isdigit((unsigned char)*q) && v < 1000000)
			v = v * 10 + (uint64_t)(*q++ - '0');
		struct token *t = push(lx, TOK_POSITIONAL, start, q);
		t->ival = v;
		lx->p = q;
		return;
	}
	size_t n = (p < lx->end && is_ident_start(*p)) ? word_len(p, lx->end) : 0;
	if (n == 0 && p < lx->end && (unsigned char)*p >= 0x80) {
		const char *q = p + 1;
		while (q < lx->end && ((unsigned char)*q & 0xc0) == 0x80)
			q++;
		error_at(lx, start, (size_t)(q - start),
			 "invalid name '%s': names use ASCII letters, digits and '_'",
			 arena_strndup(lx->arena, start, (size_t)(q - start)));
		push(lx, TOK_INVALID, start, q);
		lx->p = q;
		return;
	}
	if (*start == '$' && n == 0) {
		error_at(lx, start, 1, "'$' must be followed by a variable name, a number or '#'", NULL);
		push(lx, TOK_INVALID, start, p);
		lx->p = p;
		return;
	}
	struct token *t = push(lx, *start == '$' ? TOK_VAR : TOK_MAP, start, p + n);
	t->str = arena_strndup(lx->arena, p, n);
	t->str_len = (uint32_t)n;
	lx->p = p + n;
}

/* ---- top-level raw items ---- */

/* A `#` line, with backslash continuations. */
static void lex_preprocessor_line(struct lexer *lx)
{
	const char *start = lx->p;
	const char *p = start;
	while (p < lx->end && *p != '\n') {
		if (*p == '\\' && p + 1 < lx->end && p[1] == '\n')
			p++;
		p++;
	}
	struct token *t = push(lx, TOK_C_DEFINITION, start, p);
	t->str = arena_strndup(lx->arena, start, (size_t)(p - start));
	t->str_len = (uint32_t)(p - start);
	lx->p = p;
}

/* struct/union/enum/typedef ...: up to the matching '}' (plus an optional
 * ';') or up to ';' when there is no body. */
static void lex_c_definition(struct lexer *lx)
{
	const char *start = lx->p;
	const char *p = start;
	int depth = 0;
	bool had_body = false;
	for (; p < lx->end; p++) {
		if (*p == '{') {
			depth++;
			had_body = true;
		} else if (*p == '}') {
			if (--depth == 0 && !(*start == 't'))
				break;
		} else if (*p == ';' && depth == 0) {
			break;
		}
	}
	if (p >= lx->end) {
		error_at(lx, start, (size_t)word_len(start, lx->end),
			 had_body ? "unterminated C definition: missing '}'" : "unterminated C definition: missing ';'",
			 NULL);
		lx->stopped = true;
		return;
	} else {
		p++;
		const char *q = p;
		while (q < lx->end && (*q == ' ' || *q == '\t'))
			q++;
		if (q < lx->end && *q == ';' && *(p - 1) == '}')
			p = q + 1;
	}
	struct token *t = push(lx, TOK_C_DEFINITION, start, p);
	t->str = arena_strndup(lx->arena, start, (size_t)(p - start));
	t->str_len = (uint32_t)(p - start);
	lx->p = p;
}

/* One attach point. It ends at blank space, ',', '{', or a '/' that opens
 * a predicate. A '/' belongs to the attach point when it is part of a path:
 * its field (the text since the last ':') started with '/' or '.'. */
static void lex_attach_point(struct lexer *lx)
{
	const char *start = lx->p;
	const char *p = start;
	const char *field = start;
	while (p < lx->end) {
		char c = *p;
		if (c == '"') {
			const char *q = p + 1;
			while (q < lx->end && *q != '"' && *q != '\n')
				q++;
			if (q >= lx->end || *q != '"') {
				error_at(lx, p, (size_t)(q - p), "unterminated quoted string in attach point", NULL);
				lx->stopped = true;
				return;
			}
			p = q + 1;
			continue;
		}
		/* getopt("name", default) in an attach point is the parser's to
		 * substitute: its comma and blank do not end the attach point. */
		if (c == 'g' && lx->end - p > 7 && !strncmp(p, "getopt(", 7)) {
			const char *q = p + 7;
			while (q < lx->end && *q != ')' && *q != '\n')
				q++;
			if (q < lx->end && *q == ')') {
				p = q + 1;
				continue;
			}
		}
		/* `kprobe: vfs_read` is one attach point with a stray blank, not
		 * an attach point followed by garbage: keep it whole so the
		 * spec parser can say what is wrong. */
		if ((c == ' ' || c == '\t') && p > start && p[-1] == ':') {
			const char *q = p;
			while (q < lx->end && (*q == ' ' || *q == '\t'))
				q++;
			if (q < lx->end && (is_ident_char(*q) || *q == '/' || *q == '*' || *q == '"')) {
				p = q;
				continue;
			}
		}
		if (isspace((unsigned char)c) || c == ',' || c == '{' || c == '}' || c == ';')
			break;
		if (c == '/' && !(field < p && (*field == '/' || *field == '.')) && field != p)
			break;
		if (c == '/' && p + 1 < lx->end && (p[1] == '/' || p[1] == '*') && field != p)
			break;
		if (c == ':')
			field = p + 1;
		p++;
	}
	struct token *t = push(lx, TOK_ATTACH, start, p);
	t->str = arena_strndup(lx->arena, start, (size_t)(p - start));
	t->str_len = (uint32_t)(p - start);
	lx->p = p;
	lx->state = IN_ATTACH_LIST;
}

static bool can_start_attach_point(char c)
{
	return is_ident_start(c) || c == '*' || c == '"';
}

/* Decides what a top-level item starting here is. Returns true if it lexed
 * a raw token (attach point or C definition). */
static bool lex_item_start(struct lexer *lx)
{
	const char *p = lx->p;
	if (*p == '#') {
		lex_preprocessor_line(lx);
		return true;
	}
	if (!can_start_attach_point(*p))
		return false;
	size_t n = word_len(p, lx->end);
	if (word_in(p, n, item_keywords, sizeof(item_keywords) / sizeof(item_keywords[0]))) {
		lx->state = IN_CODE;
		return false;
	}
	if (word_in(p, n, c_definition_keywords,
		    sizeof(c_definition_keywords) / sizeof(c_definition_keywords[0]))) {
		lex_c_definition(lx);
		return true;
	}
	lex_attach_point(lx);
	return true;
}

/* 'a' is not bpftrace: say so once, with the code to write instead, and
 * carry on as if the code had been written. */
static void lex_char_literal(struct lexer *lx)
{
	const char *start = lx->p;
	const char *q = start + 1;
	while (q < lx->end && *q != '\'' && *q != '\n')
		q++;
	const char *stop = q < lx->end && *q == '\'' ? q + 1 : start + 1;
	uint64_t code = 0;
	if (stop - start == 3)
		code = (unsigned char)start[1];
	if (code)
		error_at(lx, start, (size_t)(stop - start), "character literals are not supported: write %s",
			 arena_printf(lx->arena, "%llu for '%c'", (unsigned long long)code, (char)code));
	else
		error_at(lx, start, (size_t)(stop - start),
			 "character literals are not supported: write the character code, e.g. 65 for 'A'", NULL);
	push(lx, TOK_INT, start, stop)->ival = code;
	lx->p = stop;
}

static void lex_punct(struct lexer *lx)
{
	for (size_t i = 0; i < sizeof(puncts) / sizeof(puncts[0]); i++) {
		size_t n = strlen(puncts[i]);
		if ((size_t)(lx->end - lx->p) >= n && !memcmp(lx->p, puncts[i], n)) {
			struct token *t = push(lx, TOK_PUNCT, lx->p, lx->p + n);
			t->str = puncts[i];
			t->str_len = (uint32_t)n;
			lx->p += n;
			return;
		}
	}
	const char *start = lx->p;
	unsigned char c = (unsigned char)*start;
	if (c == '\'') {
		lex_char_literal(lx);
		return;
	}
	const char *stop = start + 1;
	if (c >= 0x80) /* one error for a whole UTF-8 character */
		while (stop < lx->end && ((unsigned char)*stop & 0xc0) == 0x80)
			stop++;
	if (isprint(c) || c >= 0x80)
		error_at(lx, start, (size_t)(stop - start), "unexpected character '%s'",
			 arena_strndup(lx->arena, start, (size_t)(stop - start)));
	else
		error_at(lx, start, 1, "unexpected byte 0x%s in source",
			 arena_printf(lx->arena, "%02x", c));
	push(lx, TOK_INVALID, start, stop);
	lx->p = stop;
}

/* Tracks braces and statement ends to know when the next top-level item
 * begins. */
static void track_structure(struct lexer *lx, const struct token *t)
{
	if (t->kind != TOK_PUNCT)
		return;
	if (token_is(t, "{")) {
		lx->depth++;
	} else if (token_is(t, "}")) {
		if (lx->depth > 0)
			lx->depth--;
		if (lx->depth == 0)
			lx->state = AT_ITEM_START;
	} else if (token_is(t, ";") && lx->depth == 0) {
		lx->state = AT_ITEM_START;
	}
}

static void lex_one(struct lexer *lx)
{
	char c = *lx->p;
	if (lx->state == AT_ITEM_START && lex_item_start(lx))
		return;
	if (lx->state == IN_ATTACH_LIST) {
		if (c == ',') {
			push(lx, TOK_PUNCT, lx->p, lx->p + 1)->str = ",";
			lx->p++;
			skip_space(lx);
			if (lx->p < lx->end && can_start_attach_point(*lx->p))
				lex_attach_point(lx);
			return;
		}
		lx->state = IN_CODE;
	}
	if (isdigit((unsigned char)c))
		lex_number(lx);
	else if (c == '"')
		lex_string(lx);
	else if (c == '$' || c == '@')
		lex_sigil(lx);
	else if (is_ident_start(c)) {
		size_t n = word_len(lx->p, lx->end);
		struct token *t = push(lx, TOK_IDENT, lx->p, lx->p + n);
		t->str = arena_strndup(lx->arena, lx->p, n);
		t->str_len = (uint32_t)n;
		lx->p += n;
	} else {
		lex_punct(lx);
		if (lx->len)
			track_structure(lx, &lx->toks[lx->len - 1]);
	}
}

struct token_list lexer_run(struct arena *arena, const struct source *src, struct diag *diag)
{
	struct lexer lx = {
		.arena = arena, .src = src, .diag = diag,
		.p = src->text, .end = src->text + src->len,
		.state = AT_ITEM_START, .line_start = true,
	};
	if (lx.end - lx.p >= 2 && lx.p[0] == '#' && lx.p[1] == '!')
		while (lx.p < lx.end && *lx.p != '\n')
			lx.p++;
	while (!lx.stopped) {
		skip_space(&lx);
		if (lx.p >= lx.end)
			break;
		lex_one(&lx);
	}
	push(&lx, TOK_EOF, lx.end, lx.end);
	return (struct token_list){ lx.toks, lx.len, lx.stopped };
}

bool token_is(const struct token *t, const char *s)
{
	if (t->kind != TOK_PUNCT && t->kind != TOK_IDENT)
		return false;
	size_t n = strlen(s);
	return t->span.len == n && !memcmp(t->text, s, n);
}

const char *token_kind_name(enum token_kind k)
{
	static const char *const names[] = {
		[TOK_EOF] = "end of input", [TOK_IDENT] = "identifier",
		[TOK_INT] = "integer", [TOK_STRING] = "string",
		[TOK_VAR] = "variable", [TOK_POSITIONAL] = "positional parameter",
		[TOK_PARAM_COUNT] = "'$#'", [TOK_MAP] = "map",
		[TOK_PUNCT] = "punctuation", [TOK_ATTACH] = "attach point",
		[TOK_C_DEFINITION] = "C definition", [TOK_INVALID] = "invalid token",
	};
	return names[k];
}
