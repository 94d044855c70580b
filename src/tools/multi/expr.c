/* bcc's C-like filter and value expressions rewritten into bpftrace: the
 * same operators, with bcc's special names mapped to bpftrace's. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "providers/tracepoint_format.h"
#include "tools/multi/multi_impl.h"
#include "util/arena.h"
#include "util/glob.h"

void bcc_trim(const char **s, size_t *n)
{
	while (*n && isspace((unsigned char)**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && isspace((unsigned char)(*s)[*n - 1]))
		(*n)--;
}

int bcc_signature_params(const char *signature, char names[][64], char types[][96], int max)
{
	int n = 0;
	const char *p = signature;
	while (p && *p && n < max) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		const char *s = p;
		bcc_trim(&s, &len);
		size_t end = len;
		while (end && (isalnum((unsigned char)s[end - 1]) || s[end - 1] == '_'))
			end--;
		if (end < len && !(len - end == 4 && !strncmp(s + end, "void", 4) && end == 0)) {
			snprintf(names[n], 64, "%.*s", (int)(len - end), s + end);
			const char *t = s;
			size_t tlen = end;
			bcc_trim(&t, &tlen);
			snprintf(types[n], 96, "%.*s", (int)tlen, t);
			n++;
		}
		p = comma ? comma + 1 : NULL;
	}
	return n;
}

const char *bcc_int_type(const char *type)
{
	static const struct {
		const char *c, *bt;
	} map[] = {
		{ "int", "int32" }, { "signed", "int32" }, { "signed int", "int32" },
		{ "s32", "int32" }, { "int32_t", "int32" }, { "pid_t", "int32" },
		{ "unsigned", "uint32" }, { "unsigned int", "uint32" }, { "u32", "uint32" },
		{ "uint32_t", "uint32" }, { "gfp_t", "uint32" }, { "uid_t", "uint32" },
		{ "gid_t", "uint32" }, { "umode_t", "uint16" },
		{ "long", "int64" }, { "long int", "int64" }, { "long long", "int64" },
		{ "s64", "int64" }, { "int64_t", "int64" }, { "ssize_t", "int64" },
		{ "off_t", "int64" }, { "loff_t", "int64" },
		{ "unsigned long", "uint64" }, { "unsigned long long", "uint64" },
		{ "size_t", "uint64" }, { "u64", "uint64" }, { "uint64_t", "uint64" },
		{ "short", "int16" }, { "s16", "int16" }, { "int16_t", "int16" },
		{ "unsigned short", "uint16" }, { "u16", "uint16" }, { "uint16_t", "uint16" },
		{ "char", "int8" }, { "signed char", "int8" }, { "s8", "int8" }, { "int8_t", "int8" },
		{ "unsigned char", "uint8" }, { "u8", "uint8" }, { "uint8_t", "uint8" },
		{ "bool", "uint8" },
	};
	const char *t = type;
	if (!strncmp(t, "const ", 6))
		t += 6;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcmp(map[i].c, t))
			return map[i].bt;
	return NULL;
}

static bool is_struct_pointer(const char *type)
{
	const char *t = type;
	if (!strncmp(t, "const ", 6))
		t += 6;
	return !strncmp(t, "struct ", 7) && strchr(t, '*');
}

/* A signature parameter, as the argument register it arrives in. */
static void put_param(struct strbuf *out, const char *type, int index)
{
	const char *cast = bcc_int_type(type);
	if (cast)
		strbuf_printf(out, "((%s)arg%d)", cast, index);
	else if (is_struct_pointer(type))
		strbuf_printf(out, "((%s)arg%d)", type, index);
	else
		strbuf_printf(out, "arg%d", index);
}

static bool is_member(const char *text, size_t start)
{
	size_t i = start;
	while (i && isspace((unsigned char)text[i - 1]))
		i--;
	if (!i)
		return false;
	return text[i - 1] == '.' || (text[i - 1] == '>' && i >= 2 && text[i - 2] == '-');
}

static size_t skip_literal(const char *text, size_t len, size_t i)
{
	char q = text[i++];
	while (i < len && text[i] != q) {
		if (text[i] == '\\' && i + 1 < len)
			i++;
		i++;
	}
	return i < len ? i + 1 : len;
}

/* The index just past the ')' matching the '(' at `open`, or 0. */
static size_t matching_paren(const char *text, size_t len, size_t open)
{
	int depth = 0;
	for (size_t i = open; i < len; i++) {
		if (text[i] == '"' || text[i] == '\'') {
			i = skip_literal(text, len, i) - 1;
			continue;
		}
		if (text[i] == '(')
			depth++;
		else if (text[i] == ')' && --depth == 0)
			return i + 1;
	}
	return 0;
}

size_t bcc_close_paren(const char *s, size_t open)
{
	size_t len = strlen(s);
	size_t end = matching_paren(s, len, open);
	return end ? end - 1 : len;
}

size_t bcc_find_top(const char *text, size_t len, size_t from, const char *stops)
{
	int depth = 0;
	for (size_t i = from; i < len; i++) {
		if (text[i] == '"' || text[i] == '\'') {
			i = skip_literal(text, len, i) - 1;
			continue;
		}
		if (!depth && strchr(stops, text[i]))
			return i;
		if (text[i] == '(')
			depth++;
		else if (text[i] == ')')
			depth--;
	}
	return len;
}

struct rewriter {
	const char *tool, *arg;
	size_t col;
	struct bcc_expr_env *env;
	char names[BCC_MAX_PARAMS][64], types[BCC_MAX_PARAMS][96];
	int nparams;
	struct tp_format tp;
	bool have_tp;
	struct arena arena;
};

static int rewrite(struct rewriter *r, const char *text, size_t len, size_t base,
		   struct strbuf *out);

static int param_index(const struct rewriter *r, const char *name, size_t n)
{
	for (int i = 0; i < r->nparams; i++)
		if (strlen(r->names[i]) == n && !strncmp(r->names[i], name, n))
			return i;
	return -1;
}

static int error_at(const struct rewriter *r, size_t at, size_t n, const char *msg)
{
	return multi_error(r->tool, r->arg, r->col + at, n ? n : 1, "%s", msg);
}

/* STRCMP("literal", expr): bcc compares a string argument with a
 * literal; bpftrace compares strings with ==. */
static int rewrite_strcmp(struct rewriter *r, const char *text, size_t len, size_t base,
			  size_t *i, struct strbuf *out)
{
	size_t at = *i;
	while (at < len && isspace((unsigned char)text[at]))
		at++;
	size_t close = at < len && text[at] == '(' ? matching_paren(text, len, at) : 0;
	if (!close)
		return error_at(r, base + *i, 1, "STRCMP needs (\"literal\", expression)");
	size_t s = at + 1;
	while (s < close && isspace((unsigned char)text[s]))
		s++;
	if (text[s] != '"')
		return error_at(r, base + s, 1, "STRCMP's first argument must be a quoted string");
	size_t lit_end = skip_literal(text, len, s);
	size_t comma = lit_end;
	while (comma < close && isspace((unsigned char)text[comma]))
		comma++;
	if (text[comma] != ',')
		return error_at(r, base + comma, 1, "STRCMP needs (\"literal\", expression)");
	strbuf_puts(out, "(str(");
	if (rewrite(r, text + comma + 1, close - 1 - (comma + 1), base + comma + 1, out))
		return 1;
	strbuf_puts(out, ") == ");
	strbuf_append(out, text + s, lit_end - s);
	strbuf_putc(out, ')');
	*i = close;
	return 0;
}

static int rewrite_entry(struct rewriter *r, const char *text, size_t len, size_t base,
			 size_t start, size_t *i, struct strbuf *out)
{
	size_t at = *i;
	size_t close = at < len && text[at] == '(' ? matching_paren(text, len, at) : 0;
	if (!close)
		return error_at(r, base + start, *i - start, "$entry needs a parameter: $entry(name)");
	const char *name = text + at + 1;
	size_t n = close - at - 2;
	bcc_trim(&name, &n);
	int k = param_index(r, name, n);
	if (k < 0)
		return error_at(r, base + at + 1, close - at - 2,
				"$entry() takes a parameter named in the signature");
	struct bcc_expr_env *e = r->env;
	int slot = 0;
	while (slot < e->nused_entry && strcmp(e->used_entry[slot], r->names[k]))
		slot++;
	if (slot == e->nused_entry)
		snprintf(e->used_entry[e->nused_entry++], 64, "%s", r->names[k]);
	strbuf_printf(out, "@%s_entry_%s[tid]", e->map_prefix, r->names[k]);
	*i = close;
	return 0;
}

static int rewrite_ident(struct rewriter *r, const char *text, size_t len, size_t base,
			 size_t start, size_t *i, struct strbuf *out)
{
	const char *id = text + start;
	size_t n = *i - start;
	const struct bcc_probe *p = r->env->probe;
	static const struct {
		const char *bcc, *bt;
	} simple[] = {
		{ "$pid", "tid" }, { "$tgid", "pid" }, { "$uid", "uid" }, { "$gid", "gid" },
		{ "$cpu", "cpu" }, { "$task", "curtask" }, { "$PID", "pid" },
	};
	for (size_t k = 0; k < sizeof(simple) / sizeof(simple[0]); k++)
		if (strlen(simple[k].bcc) == n && !strncmp(simple[k].bcc, id, n)) {
			strbuf_puts(out, simple[k].bt);
			return 0;
		}
	if ((n == 6 && !strncmp(id, "retval", 6)) || (n == 7 && !strncmp(id, "$retval", 7))) {
		if (!bcc_probe_is_return(p))
			return error_at(r, base + start, n,
					"retval is only set in return probes (r:...)");
		strbuf_puts(out, "retval");
		return 0;
	}
	if (n == 8 && !strncmp(id, "$latency", 8)) {
		if (!bcc_probe_is_return(p) || !r->env->map_prefix)
			return error_at(r, base + start, n,
					"$latency is only set in return probes (r:...)");
		r->env->used_latency = true;
		strbuf_printf(out, "(nsecs - @%s_start[tid])", r->env->map_prefix);
		return 0;
	}
	if (n == 6 && !strncmp(id, "$entry", 6)) {
		if (!bcc_probe_is_return(p) || !r->env->map_prefix)
			return error_at(r, base + start, n,
					"$entry() is only set in return probes (r:...)");
		return rewrite_entry(r, text, len, base, start, i, out);
	}
	if (n == 6 && !strncmp(id, "STRCMP", 6))
		return rewrite_strcmp(r, text, len, base, i, out);
	if (n >= 4 && !strncmp(id, "arg", 3) && isdigit((unsigned char)id[3])) {
		int k = atoi(id + 3);
		int max = p->kind == BCC_USDT ? 12 : 6;
		if (p->kind == BCC_TRACEPOINT)
			return error_at(r, base + start, n,
					"tracepoints have no argN: use args->field");
		if (k < 1 || k > max)
			return error_at(r, base + start, n,
					max == 12 ? "USDT arguments are arg1 to arg12"
						  : "function arguments are arg1 to arg6");
		if (*i + 5 <= len && !strncmp(text + *i, "@user", 5))
			*i += 5;
		strbuf_printf(out, "arg%d", k - 1);
		return 0;
	}
	if (id[0] == '$')
		return error_at(r, base + start, n, "unknown special name: use $pid, $tgid, $uid, "
				"$gid, $cpu, $task, $PID, $retval, $latency or $entry(param)");
	int k = param_index(r, id, n);
	if (k >= 0) {
		put_param(out, r->types[k], k);
		return 0;
	}
	if (r->have_tp && !(n == 4 && !strncmp(id, "args", 4))) {
		char name[128];
		snprintf(name, sizeof(name), "%.*s", (int)n, id);
		if (tp_format_field(&r->tp, name)) {
			strbuf_printf(out, "args.%s", name);
			return 0;
		}
	}
	strbuf_append(out, id, n);
	return 0;
}

static int rewrite(struct rewriter *r, const char *text, size_t len, size_t base,
		   struct strbuf *out)
{
	size_t i = 0;
	while (i < len) {
		char c = text[i];
		if (c == '"' || c == '\'') {
			size_t end = skip_literal(text, len, i);
			strbuf_append(out, text + i, end - i);
			i = end;
			continue;
		}
		if (!(isalpha((unsigned char)c) || c == '_' || c == '$')) {
			strbuf_putc(out, c);
			i++;
			continue;
		}
		size_t start = i++;
		while (i < len && (isalnum((unsigned char)text[i]) || text[i] == '_'))
			i++;
		if (is_member(text, start)) {
			strbuf_append(out, text + start, i - start);
			continue;
		}
		if (rewrite_ident(r, text, len, base, start, &i, out))
			return 1;
	}
	return 0;
}

int bcc_expr_rewrite(const char *tool, const char *arg, size_t col, const char *text, size_t len,
		     struct bcc_expr_env *env, struct strbuf *out)
{
	struct rewriter *r = calloc(1, sizeof(*r));
	if (!r)
		return multi_error(tool, NULL, 0, 0, "out of memory");
	r->tool = tool;
	r->arg = arg;
	r->col = col;
	r->env = env;
	const struct bcc_probe *p = env->probe;
	if (p->signature)
		r->nparams = bcc_signature_params(p->signature, r->names, r->types, BCC_MAX_PARAMS);
	if (p->kind == BCC_TRACEPOINT && !glob_has_wildcard(p->category) &&
	    !glob_has_wildcard(p->name)) {
		const char *err;
		r->have_tp = tp_format_load(&r->arena, p->category, p->name, &r->tp, &err) == 0;
	}
	int status = rewrite(r, text, len, 0, out);
	arena_free(&r->arena);
	free(r);
	return status;
}
