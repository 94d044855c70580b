#include "runtime/printf_format.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size);
	if (!p) {
		fprintf(stderr, "bpfscope: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static int fail(struct printf_error *err, uint32_t offset, uint32_t len, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int fail(struct printf_error *err, uint32_t offset, uint32_t len, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	err->offset = offset;
	err->len = len;
	return -EINVAL;
}

static const struct { const char *name; enum printf_conv conv; } conversions[] = {
	{ "d", PRINTF_SIGNED }, { "i", PRINTF_SIGNED }, { "u", PRINTF_UNSIGNED },
	{ "o", PRINTF_OCTAL }, { "x", PRINTF_HEX }, { "X", PRINTF_HEX_UPPER },
	{ "c", PRINTF_CHAR }, { "s", PRINTF_STRING }, { "p", PRINTF_POINTER },
	{ "rh", PRINTF_BUFFER_SPACED }, { "rx", PRINTF_BUFFER_HEX }, { "r", PRINTF_BUFFER },
};

static const struct { const char *letters; enum printf_length length; } lengths[] = {
	{ "hh", PRINTF_LEN_HH }, { "h", PRINTF_LEN_H }, { "l", PRINTF_LEN_L },
	{ "ll", PRINTF_LEN_LL }, { "j", PRINTF_LEN_J }, { "z", PRINTF_LEN_Z },
	{ "t", PRINTF_LEN_T },
};

/* A field width or precision: '*' (refused later) or decimal digits. */
static size_t scan_number(const char *s, size_t len, size_t q, int *value, bool *star)
{
	if (q < len && s[q] == '*') {
		*star = true;
		return q + 1;
	}
	long n = 0;
	while (q < len && s[q] >= '0' && s[q] <= '9') {
		if (n <= PRINTF_MAX_WIDTH)
			n = n * 10 + (s[q] - '0');
		q++;
	}
	*value = (int)(n > PRINTF_MAX_WIDTH ? PRINTF_MAX_WIDTH + 1 : n);
	return q;
}

static bool is_digit_or_star(const char *s, size_t len, size_t q)
{
	return q < len && (s[q] == '*' || (s[q] >= '0' && s[q] <= '9'));
}

/* Matches one conversion at s[at] == '%', the way bpftrace's pattern does:
 * each part optional and in a fixed order. Returns the end of the match and
 * fills *spec (spec->name "%" for "%%"), or returns `at` when no conversion
 * starts here. */
static size_t match_conversion(const char *s, size_t len, size_t at, struct printf_spec *spec,
			       bool *star)
{
	static const char flag_chars[] = "-+ #0";
	size_t q = at + 1;
	*spec = (struct printf_spec){ .width = -1, .precision = -1, .offset = (uint32_t)at };
	for (unsigned i = 0; flag_chars[i]; i++)
		if (q < len && s[q] == flag_chars[i]) {
			spec->flags |= 1u << i;
			q++;
		}
	if (is_digit_or_star(s, len, q))
		q = scan_number(s, len, q, &spec->width, star);
	if (q < len && s[q] == '.' && is_digit_or_star(s, len, q + 1))
		q = scan_number(s, len, q + 1, &spec->precision, star);
	size_t length_at = q;
	while (q < len && s[q] && strchr("hlLjzt", s[q]))
		q++;
	for (size_t i = 0; i < sizeof(lengths) / sizeof(lengths[0]); i++)
		if (strlen(lengths[i].letters) == q - length_at &&
		    !memcmp(lengths[i].letters, s + length_at, q - length_at))
			spec->length = lengths[i].length;
	if (q >= len)
		return at;
	if (s[q] == 'r') {
		size_t n = q + 1 < len && (s[q + 1] == 'h' || s[q + 1] == 'x') ? 2 : 1;
		memcpy(spec->name, s + q, n);
		q += n;
	} else if (s[q] && strchr("diouxXeEfFgGaAcspn%", s[q])) {
		spec->name[0] = s[q++];
	} else {
		return at;
	}
	spec->len = (uint32_t)(q - at);
	return q;
}

/* Checks a matched conversion and sets spec->conv. bpftrace accepts a '*'
 * width or precision and then ignores it (no width, no argument taken);
 * refusing it is better than printing something the user did not ask for. */
static int classify(struct printf_spec *spec, bool star, struct printf_error *err)
{
	bool known = false;
	for (size_t i = 0; i < sizeof(conversions) / sizeof(conversions[0]); i++)
		if (!strcmp(spec->name, conversions[i].name)) {
			spec->conv = conversions[i].conv;
			known = true;
		}
	/* %gr prints GFP allocation flags by name, decoded with the kernel's
	 * own flag values from BTF: that needs the type pass. */
	if (!known && !strcmp(spec->name, "g"))
		return fail(err, spec->offset, spec->len + 1,
			    "%%gr (GFP flag names) is not implemented yet: print the value with %%x");
	if (!known)
		return fail(err, spec->offset, spec->len, "unsupported format specifier: %s",
			    spec->name);
	if (star)
		return fail(err, spec->offset, spec->len,
			    "a '*' field width or precision is not supported");
	if (spec->width > PRINTF_MAX_WIDTH || spec->precision > PRINTF_MAX_WIDTH)
		return fail(err, spec->offset, spec->len,
			    "field width or precision larger than %d", PRINTF_MAX_WIDTH);
	return 0;
}

static void push_piece_end(struct printf_format *f, size_t end)
{
	f->piece_at = xrealloc(f->piece_at, (f->nspecs + 2) * sizeof(*f->piece_at));
	f->piece_at[f->nspecs + 1] = end;
}

int printf_format_parse(struct printf_format *f, const char *fmt, size_t len,
			struct printf_error *err)
{
	struct strbuf text = STRBUF_INIT;
	*f = (struct printf_format){ 0 };
	f->piece_at = xrealloc(NULL, sizeof(*f->piece_at));
	f->piece_at[0] = 0;
	size_t i = 0;
	while (i < len) {
		struct printf_spec spec;
		bool star = false;
		size_t end = fmt[i] == '%' ? match_conversion(fmt, len, i, &spec, &star) : i;
		if (end == i) {
			strbuf_putc(&text, fmt[i++]);
			continue;
		}
		i = end;
		if (spec.name[0] == '%') {
			strbuf_putc(&text, '%');
			continue;
		}
		if (classify(&spec, star, err)) {
			strbuf_free(&text);
			printf_format_free(f);
			return -EINVAL;
		}
		push_piece_end(f, text.len);
		f->specs = xrealloc(f->specs, (f->nspecs + 1) * sizeof(*f->specs));
		f->specs[f->nspecs++] = spec;
	}
	push_piece_end(f, text.len);
	strbuf_putc(&text, '\0');
	f->text = text.data;
	f->format_len = (uint32_t)len;
	return 0;
}

void printf_format_free(struct printf_format *f)
{
	free(f->specs);
	free(f->text);
	free(f->piece_at);
	*f = (struct printf_format){ 0 };
}

enum printf_arg_class printf_spec_arg_class(const struct printf_spec *spec)
{
	switch (spec->conv) {
	case PRINTF_STRING:
		return PRINTF_ARG_ANY;
	case PRINTF_BUFFER:
	case PRINTF_BUFFER_HEX:
	case PRINTF_BUFFER_SPACED:
		return PRINTF_ARG_BUFFER;
	default:
		return PRINTF_ARG_INTEGER;
	}
}

int printf_format_check_count(const struct printf_format *f, size_t nargs,
			      struct printf_error *err)
{
	if (nargs < f->nspecs)
		return fail(err, 0, f->format_len,
			    "not enough arguments for format string (%zu supplied, %zu expected)",
			    nargs, f->nspecs);
	if (nargs > f->nspecs)
		return fail(err, 0, f->format_len,
			    "too many arguments for format string (%zu supplied, %zu expected)",
			    nargs, f->nspecs);
	return 0;
}

static bool integer_bits(const struct out_value *v, uint64_t *bits)
{
	switch (v->kind) {
	case OV_INT:     *bits = (uint64_t)v->i; return true;
	case OV_UINT:
	case OV_POINTER: *bits = v->u; return true;
	case OV_BOOL:    *bits = v->b; return true;
	case OV_SYMBOL:  *bits = v->sym.num; return true;
	default:         return false;
	}
}

/* The C conversion for one integer spec, always with "ll": the value is
 * narrowed to what the length letters ask for before it is passed. */
static void c_format(char *buf, size_t size, const struct printf_spec *spec, unsigned flags,
		     const char *length, char conv)
{
	static const char flag_chars[] = "-+ #0";
	size_t n = 0;
	buf[n++] = '%';
	for (unsigned i = 0; flag_chars[i]; i++)
		if (flags & (1u << i))
			buf[n++] = flag_chars[i];
	if (spec->width >= 0)
		n += (size_t)snprintf(buf + n, size - n, "%d", spec->width);
	if (spec->precision >= 0)
		n += (size_t)snprintf(buf + n, size - n, ".%d", spec->precision);
	snprintf(buf + n, size - n, "%s%c", length, conv);
}

static int64_t narrow_signed(uint64_t bits, enum printf_length length)
{
	switch (length) {
	case PRINTF_LEN_HH:   return (signed char)bits;
	case PRINTF_LEN_H:    return (short)bits;
	case PRINTF_LEN_NONE: return (int)bits;
	default:              return (int64_t)bits;
	}
}

static uint64_t narrow_unsigned(uint64_t bits, enum printf_length length)
{
	switch (length) {
	case PRINTF_LEN_HH:   return (unsigned char)bits;
	case PRINTF_LEN_H:    return (unsigned short)bits;
	case PRINTF_LEN_NONE: return (unsigned int)bits;
	default:              return bits;
	}
}

static void pad_to_width(struct strbuf *out, const struct printf_spec *spec, const char *s,
			 size_t len)
{
	size_t width = spec->width > 0 ? (size_t)spec->width : 0;
	size_t pad = width > len ? width - len : 0;
	if (!(spec->flags & PRINTF_FLAG_LEFT))
		strbuf_repeat(out, ' ', pad);
	strbuf_append(out, s, len);
	if (spec->flags & PRINTF_FLAG_LEFT)
		strbuf_repeat(out, ' ', pad);
}

/* %s and the buffer conversions: the text, cut to the precision, padded to
 * the width. */
static void render_text(struct strbuf *out, const struct printf_spec *spec,
			const struct out_value *arg)
{
	struct strbuf text = STRBUF_INIT;
	static const enum hex_style styles[] = {
		[PRINTF_BUFFER] = HEX_KEEP_ASCII,
		[PRINTF_BUFFER_HEX] = HEX_ESCAPED,
		[PRINTF_BUFFER_SPACED] = HEX_SPACED,
	};
	if (arg->kind == OV_BUFFER && spec->conv != PRINTF_STRING)
		out_value_hex(&text, arg->bytes.ptr, arg->bytes.len, styles[spec->conv]);
	else
		out_value_text(&text, arg);
	size_t len = text.len;
	if (spec->precision >= 0 && (size_t)spec->precision < len)
		len = (size_t)spec->precision;
	pad_to_width(out, spec, strbuf_str(&text), len);
	strbuf_free(&text);
}

/* %p: bpftrace streams a void *, which is 0x-prefixed hex, and a bare 0
 * for a null pointer. */
static void render_pointer(struct strbuf *out, const struct printf_spec *spec, uint64_t addr)
{
	char buf[24];
	int n = addr ? snprintf(buf, sizeof(buf), "0x%" PRIx64, addr) : snprintf(buf, sizeof(buf), "0");
	pad_to_width(out, spec, buf, (size_t)n);
}

static void render_integer(struct strbuf *out, const struct printf_spec *spec, uint64_t bits)
{
	static const char unsigned_conv[] = {
		[PRINTF_UNSIGNED] = 'u', [PRINTF_OCTAL] = 'o',
		[PRINTF_HEX] = 'x', [PRINTF_HEX_UPPER] = 'X',
	};
	char cfmt[48];
	switch (spec->conv) {
	case PRINTF_SIGNED:
		c_format(cfmt, sizeof(cfmt), spec, spec->flags, "ll", 'd');
		strbuf_printf(out, cfmt, (long long)narrow_signed(bits, spec->length));
		break;
	case PRINTF_CHAR: {
		/* C gives %c only the '-' flag and a width. */
		struct printf_spec width_only = *spec;
		width_only.precision = -1;
		c_format(cfmt, sizeof(cfmt), &width_only, spec->flags & PRINTF_FLAG_LEFT, "", 'c');
		strbuf_printf(out, cfmt, (int)(unsigned char)bits);
		break;
	}
	case PRINTF_POINTER:
		render_pointer(out, spec, bits);
		break;
	default:
		c_format(cfmt, sizeof(cfmt), spec, spec->flags, "ll", unsigned_conv[spec->conv]);
		strbuf_printf(out, cfmt, (unsigned long long)narrow_unsigned(bits, spec->length));
		break;
	}
}

static void render_spec(struct strbuf *out, const struct printf_spec *spec,
			const struct out_value *arg)
{
	uint64_t bits;
	if (printf_spec_arg_class(spec) != PRINTF_ARG_INTEGER) {
		render_text(out, spec, arg);
	} else if (integer_bits(arg, &bits)) {
		render_integer(out, spec, bits);
	} else {
		/* bpftrace embeds the failure where the value would go. */
		strbuf_puts(out, "!{invalid integer conversion: ");
		out_value_text(out, arg);
		strbuf_puts(out, "}");
	}
}

void printf_format_render(struct strbuf *out, const struct printf_format *f,
			  const struct out_value *args, size_t nargs)
{
	for (size_t i = 0; i <= f->nspecs; i++) {
		strbuf_append(out, f->text + f->piece_at[i], f->piece_at[i + 1] - f->piece_at[i]);
		if (i < f->nspecs && i < nargs)
			render_spec(out, &f->specs[i], &args[i]);
	}
}
