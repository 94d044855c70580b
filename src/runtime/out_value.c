#include "runtime/out_value.h"

#include <inttypes.h>
#include <string.h>

#include "runtime/json.h"

struct out_value out_value_str(const char *s)
{
	return out_value_strn(s, strlen(s));
}

void out_value_hex(struct strbuf *sb, const void *p, size_t len, enum hex_style style)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < len; i++) {
		if (style == HEX_KEEP_ASCII && b[i] >= 32 && b[i] <= 126)
			strbuf_putc(sb, (char)b[i]);
		else if (style == HEX_SPACED)
			strbuf_printf(sb, i + 1 < len ? "%02x " : "%02x", b[i]);
		else
			strbuf_printf(sb, "\\x%02x", b[i]);
	}
}

static void list_text(struct strbuf *sb, const struct out_value *v)
{
	const char *open = "(", *sep = ", ", *close = ")";
	if (v->kind == OV_ARRAY) {
		/* Arrays are unspaced, tuples and structs are not. */
		open = "[", sep = ",", close = "]";
	} else if (v->kind == OV_RECORD) {
		if (v->list.n == 0) {
			strbuf_puts(sb, "{}");
			return;
		}
		open = "{ ", close = " }";
	}
	strbuf_puts(sb, open);
	for (size_t i = 0; i < v->list.n; i++) {
		if (i)
			strbuf_puts(sb, sep);
		if (v->kind == OV_RECORD)
			strbuf_printf(sb, ".%s = ", v->list.names[i]);
		else if (v->list.names)
			strbuf_printf(sb, "%s = ", v->list.names[i]);
		out_value_text(sb, &v->list.items[i]);
	}
	strbuf_puts(sb, close);
}

void out_value_text(struct strbuf *sb, const struct out_value *v)
{
	switch (v->kind) {
	case OV_NONE:    strbuf_puts(sb, "null"); break;
	case OV_INT:     strbuf_printf(sb, "%" PRId64, v->i); break;
	case OV_UINT:    strbuf_printf(sb, "%" PRIu64, v->u); break;
	case OV_BOOL:    strbuf_puts(sb, v->b ? "true" : "false"); break;
	case OV_STRING:  strbuf_append(sb, v->bytes.ptr, v->bytes.len); break;
	case OV_BUFFER:  out_value_hex(sb, v->bytes.ptr, v->bytes.len, HEX_KEEP_ASCII); break;
	case OV_POINTER: strbuf_printf(sb, "0x%" PRIx64, v->u); break;
	case OV_SYMBOL:  strbuf_puts(sb, v->sym.name); break;
	case OV_TUPLE:
	case OV_RECORD:
	case OV_ARRAY:   list_text(sb, v); break;
	}
}

static void object_json(struct strbuf *sb, const struct out_value *v)
{
	strbuf_putc(sb, '{');
	for (size_t i = 0; i < v->list.n; i++) {
		if (i)
			strbuf_puts(sb, ", ");
		json_string(sb, v->list.names[i], strlen(v->list.names[i]));
		strbuf_puts(sb, ": ");
		out_value_json(sb, &v->list.items[i]);
	}
	strbuf_putc(sb, '}');
}

void out_value_json(struct strbuf *sb, const struct out_value *v)
{
	switch (v->kind) {
	case OV_NONE:    strbuf_puts(sb, "null"); break;
	case OV_INT:     json_int(sb, v->i); break;
	case OV_UINT:
	case OV_POINTER: json_uint(sb, v->u); break;
	case OV_BOOL:    strbuf_puts(sb, v->b ? "true" : "false"); break;
	case OV_STRING:  json_string(sb, v->bytes.ptr, v->bytes.len); break;
	case OV_SYMBOL:  json_uint(sb, v->sym.num); break;
	case OV_BUFFER:
		/* bpftrace writes a buffer as its bytes, each a signed char. */
		strbuf_putc(sb, '[');
		for (size_t i = 0; i < v->bytes.len; i++)
			strbuf_printf(sb, i ? ",%d" : "%d", (int)(signed char)v->bytes.ptr[i]);
		strbuf_putc(sb, ']');
		break;
	case OV_RECORD:
		object_json(sb, v);
		break;
	case OV_TUPLE:
	case OV_ARRAY:
		if (v->list.names) {
			object_json(sb, v);
			break;
		}
		strbuf_putc(sb, '[');
		for (size_t i = 0; i < v->list.n; i++) {
			if (i)
				strbuf_putc(sb, ',');
			out_value_json(sb, &v->list.items[i]);
		}
		strbuf_putc(sb, ']');
		break;
	}
}

/* bpftrace renders the key as text and then drops a leading '(' and trailing
 * ')' if both are there, which is what turns (1, a) into 1, a. */
void out_value_key_text(struct strbuf *sb, const struct out_value *key)
{
	struct strbuf tmp = STRBUF_INIT;
	out_value_text(&tmp, key);
	const char *s = strbuf_str(&tmp);
	size_t len = tmp.len;
	if (len >= 2 && s[0] == '(' && s[len - 1] == ')')
		strbuf_append(sb, s + 1, len - 2);
	else
		strbuf_append(sb, s, len);
	strbuf_free(&tmp);
}

void out_value_key_json(struct strbuf *sb, const struct out_value *key)
{
	struct strbuf text = STRBUF_INIT, squeezed = STRBUF_INIT;
	out_value_key_text(&text, key);
	for (size_t i = 0; i < text.len; i++)
		if (text.data[i] != ' ')
			strbuf_putc(&squeezed, text.data[i]);
	json_string(sb, strbuf_str(&squeezed), squeezed.len);
	strbuf_free(&text);
	strbuf_free(&squeezed);
}

static bool integer_like(const struct out_value *v, int64_t *as_signed)
{
	switch (v->kind) {
	case OV_INT:    *as_signed = v->i; return true;
	case OV_UINT:   *as_signed = (int64_t)v->u; return true;
	case OV_SYMBOL: *as_signed = (int64_t)v->sym.num; return true;
	default:        return false;
	}
}

static int bytes_compare(const struct out_value *a, const struct out_value *b)
{
	size_t n = a->bytes.len < b->bytes.len ? a->bytes.len : b->bytes.len;
	int c = memcmp(a->bytes.ptr, b->bytes.ptr, n);
	if (c)
		return c < 0 ? -1 : 1;
	return (a->bytes.len > b->bytes.len) - (a->bytes.len < b->bytes.len);
}

int out_value_key_compare(const struct out_value *a, const struct out_value *b)
{
	int64_t x, y;
	if (integer_like(a, &x) && integer_like(b, &y))
		return (x > y) - (x < y);
	if (a->kind == OV_STRING && b->kind == OV_STRING)
		return bytes_compare(a, b);
	if (a->kind == OV_TUPLE && b->kind == OV_TUPLE && a->list.n == b->list.n) {
		for (size_t i = 0; i < a->list.n; i++) {
			int c = out_value_key_compare(&a->list.items[i], &b->list.items[i]);
			if (c)
				return c;
		}
	}
	return 0;
}
