/* The format file, as the kernel writes it (kernel/trace/trace_events.c):
 *
 *   name: sched_switch
 *   ID: 372
 *   format:
 *   	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
 *   	...                                   (the common header)
 *
 *   	field:char prev_comm[16];	offset:8;	size:16;	signed:0;
 *   	...                                   (the event's own fields)
 *
 *   print fmt: "...", REC->prev_comm, ...
 *
 * "print fmt" is last and may span lines (its strings can hold newlines),
 * so parsing stops there. */
#include "providers/tracepoint_format.h"

#include "providers/tracefs.h"
#include "util/arena.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct parser {
	struct arena *arena;
	const char *err;
	int line;
	bool in_format;   /* after "format:" */
	bool in_header;   /* before the blank line that ends the common fields */
};

static int parse_error(struct parser *p, const char *what)
{
	p->err = arena_printf(p->arena, "line %d: %s", p->line, what);
	return -EINVAL;
}

static bool starts_with(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static bool is_ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Trims blanks from both ends of s[0, *len) and returns the new start. */
static const char *trim(const char *s, size_t *len)
{
	while (*len && isspace((unsigned char)*s)) {
		s++;
		(*len)--;
	}
	while (*len && isspace((unsigned char)s[*len - 1]))
		(*len)--;
	return s;
}

static bool parse_u32(const char *s, size_t len, uint32_t *out)
{
	if (!len || len > 10)
		return false;
	uint64_t v = 0;
	for (size_t i = 0; i < len; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		v = v * 10 + (uint64_t)(s[i] - '0');
	}
	if (v > UINT32_MAX)
		return false;
	*out = (uint32_t)v;
	return true;
}

/* Splits a declaration such as "const char * filename", "char comm[16]" or
 * "__data_loc char[] name" into type, name and array length. */
static int parse_decl(struct parser *p, const char *decl, struct tp_field *f)
{
	size_t len = strlen(decl);
	const char *s = trim(decl, &len);
	f->decl = arena_strndup(p->arena, s, len);
	f->array_len = -1;
	if (starts_with(s, "__data_loc ") || starts_with(s, "__rel_loc ")) {
		f->data_loc = true;
		f->rel_loc = s[2] == 'r';
		size_t skip = f->rel_loc ? strlen("__rel_loc") : strlen("__data_loc");
		s += skip;
		len -= skip;
		s = trim(s, &len);
	}
	if (len && s[len - 1] == ']') {
		size_t open = len - 1;
		while (open && s[open] != '[')
			open--;
		if (s[open] != '[')
			return parse_error(p, "unbalanced ']' in field declaration");
		uint32_t n;
		f->array_len = parse_u32(s + open + 1, len - open - 2, &n) && n <= INT32_MAX ? (int)n : 0;
		len = open;
		s = trim(s, &len);
	}
	size_t name_start = len;
	while (name_start && is_ident_char(s[name_start - 1]))
		name_start--;
	if (name_start == len)
		return parse_error(p, "field declaration has no name");
	f->name = arena_strndup(p->arena, s + name_start, len - name_start);
	size_t type_len = name_start;
	const char *type = trim(s, &type_len);
	if (type_len >= 2 && !strncmp(type + type_len - 2, "[]", 2)) {
		type_len -= 2;
		if (f->array_len < 0)
			f->array_len = 0;
		type = trim(type, &type_len);
	}
	if (!type_len)
		return parse_error(p, "field declaration has no type");
	f->type = arena_strndup(p->arena, type, type_len);
	return 0;
}

/* "\tfield:DECL;\toffset:N;\tsize:N;\tsigned:N;" */
static int parse_field(struct parser *p, const char *line, size_t len, struct tp_field *f)
{
	const char *end = line + len;
	const char *semi = memchr(line, ';', len);
	if (!semi)
		return parse_error(p, "field line has no ';'");
	char *decl = arena_strndup(p->arena, line, (size_t)(semi - line));
	int err = parse_decl(p, decl, f);
	if (err)
		return err;
	bool have_offset = false, have_size = false;
	for (const char *item = semi + 1; item < end;) {
		const char *stop = memchr(item, ';', (size_t)(end - item));
		if (!stop)
			stop = end;
		size_t item_len = (size_t)(stop - item);
		const char *text = trim(item, &item_len);
		const char *colon = memchr(text, ':', item_len);
		if (colon) {
			size_t key_len = (size_t)(colon - text);
			const char *value = colon + 1;
			size_t value_len = item_len - key_len - 1;
			uint32_t v;
			if (!parse_u32(value, value_len, &v))
				return parse_error(p, "field attribute is not a number");
			if (key_len == 6 && !strncmp(text, "offset", 6)) {
				f->offset = v;
				have_offset = true;
			} else if (key_len == 4 && !strncmp(text, "size", 4)) {
				f->size = v;
				have_size = true;
			} else if (key_len == 6 && !strncmp(text, "signed", 6)) {
				f->is_signed = v != 0;
			}
		}
		item = stop + 1;
	}
	if (!have_offset || !have_size)
		return parse_error(p, "field line lacks offset or size");
	return 0;
}

/* Appends a zeroed field to `out`, growing its array in the arena. */
static struct tp_field *add_field(struct arena *arena, struct tp_format *out, int *cap)
{
	if (out->nfields == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		struct tp_field *grown = arena_alloc(arena, (size_t)*cap * sizeof(*grown));
		if (out->nfields)
			memcpy(grown, out->fields, (size_t)out->nfields * sizeof(*grown));
		out->fields = grown;
	}
	return &out->fields[out->nfields++];
}

static int parse_line(struct parser *p, const char *body, size_t len, struct tp_format *out,
		      int *cap)
{
	if (len == 0) {
		p->in_header = false;
	} else if (starts_with(body, "name:")) {
		size_t n = len - 5;
		const char *name = trim(body + 5, &n);
		out->name = arena_strndup(p->arena, name, n);
	} else if (starts_with(body, "ID:")) {
		size_t n = len - 3;
		const char *id = trim(body + 3, &n);
		if (!parse_u32(id, n, &out->id))
			return parse_error(p, "ID is not a number");
	} else if (starts_with(body, "format:")) {
		p->in_format = p->in_header = true;
	} else if (p->in_format && starts_with(body, "field:")) {
		struct tp_field *f = add_field(p->arena, out, cap);
		f->common = p->in_header;
		return parse_field(p, body + 6, len - 6, f);
	}
	return 0;
}

int tp_format_parse(struct arena *arena, const char *text, size_t len, struct tp_format *out,
		    const char **err)
{
	struct parser p = { .arena = arena };
	int cap = 0;

	memset(out, 0, sizeof(*out));
	for (const char *line = text, *end = text + len, *next; line < end; line = next) {
		const char *nl = memchr(line, '\n', (size_t)(end - line));
		size_t body_len = nl ? (size_t)(nl - line) : (size_t)(end - line);
		const char *body = trim(line, &body_len);
		next = nl ? nl + 1 : end;
		p.line++;
		if (starts_with(body, "print fmt:"))
			break;
		int ret = parse_line(&p, body, body_len, out, &cap);
		if (ret) {
			*err = p.err;
			return ret;
		}
	}
	if (!p.in_format) {
		*err = "no \"format:\" section";
		return -EINVAL;
	}
	return 0;
}

int tp_format_load(struct arena *arena, const char *category, const char *event,
		   struct tp_format *out, const char **err)
{
	char *rel = arena_printf(arena, "events/%s/%s/format", category, event);
	size_t len;
	char *text = tracefs_read(rel, &len);
	if (!text) {
		int e = errno;
		*err = arena_strdup(arena, tracefs_error());
		return -e;
	}
	const char *parse_err = NULL;
	int ret = tp_format_parse(arena, text, len, out, &parse_err);
	free(text);
	if (ret)
		*err = arena_printf(arena, "tracepoint %s:%s: bad format file: %s", category, event,
				    parse_err);
	return ret;
}

const struct tp_field *tp_format_field(const struct tp_format *f, const char *name)
{
	for (int i = 0; i < f->nfields; i++)
		if (!strcmp(f->fields[i].name, name))
			return &f->fields[i];
	return NULL;
}
