/* The renderers' buffered writer. */
#include "flame/out.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define OUT_BUFFER (256u << 10)

void out_init(struct out *o, FILE *f)
{
	o->f = f;
	o->cap = OUT_BUFFER;
	o->buf = malloc(o->cap);
	o->len = 0;
	o->err = o->buf ? 0 : ENOMEM;
}

static void flush(struct out *o)
{
	if (o->len && !o->err && fwrite(o->buf, 1, o->len, o->f) != o->len)
		o->err = errno ? errno : EIO;
	o->len = 0;
}

int out_finish(struct out *o)
{
	if (o->buf)
		flush(o);
	if (!o->err && fflush(o->f))
		o->err = errno ? errno : EIO;
	free(o->buf);
	o->buf = NULL;
	return -o->err;
}

/* Room for n more bytes, or NULL after an allocation failure. */
static char *reserve(struct out *o, size_t n)
{
	if (!o->buf)
		return NULL;
	if (o->len + n > o->cap) {
		flush(o);
		if (n > o->cap) {
			char *grown = realloc(o->buf, n);
			if (!grown) {
				o->err = ENOMEM;
				return NULL;
			}
			o->buf = grown;
			o->cap = n;
		}
	}
	return o->buf + o->len;
}

void out_mem(struct out *o, const char *s, size_t n)
{
	char *p = reserve(o, n);
	if (!p)
		return;
	memcpy(p, s, n);
	o->len += n;
}

void out_str(struct out *o, const char *s)
{
	out_mem(o, s, strlen(s));
}

void out_char(struct out *o, char c)
{
	char *p = reserve(o, 1);
	if (!p)
		return;
	*p = c;
	o->len++;
}

void out_printf(struct out *o, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof(small)) {
		out_mem(o, small, (size_t)n);
		return;
	}
	char *big = malloc((size_t)n + 1);
	if (!big) {
		o->err = ENOMEM;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	out_mem(o, big, (size_t)n);
	free(big);
}

static size_t format_uint(char *end, unsigned long long v)
{
	char *p = end;
	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	return (size_t)(end - p);
}

void out_uint(struct out *o, unsigned long long v)
{
	char tmp[24];
	size_t n = format_uint(tmp + sizeof(tmp), v);
	out_mem(o, tmp + sizeof(tmp) - n, n);
}

static const double decimal_scale[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };

/* |v| scaled to `decimals` places and rounded as printf's "%.*f" rounds the
 * exact value of v; false when that needs printf itself: out of range, or
 * so near a tie that the scaling's own rounding could decide it. */
static bool round_units(double v, int decimals, unsigned long long *units, bool *negative)
{
	double scaled = v * decimal_scale[decimals];
	if (!(scaled > -9e18 && scaled < 9e18))
		return false;
	*negative = scaled < 0;
	double mag = *negative ? -scaled : scaled;
	*units = (unsigned long long)mag;
	double frac = mag - (double)*units;
	/* The product is within half an ulp of the exact one. */
	double margin = mag * 0x1p-52 + 0x1p-70;
	if (frac > 0.5 - margin && frac < 0.5 + margin)
		return false;
	*units += frac > 0.5;
	return true;
}

static int clamp_decimals(int decimals)
{
	return decimals < 0 ? 0 : decimals > 6 ? 6 : decimals;
}

void out_fixed(struct out *o, double v, int decimals)
{
	decimals = clamp_decimals(decimals);
	unsigned long long units;
	bool negative;
	if (!round_units(v, decimals, &units, &negative)) {
		out_printf(o, "%.*f", decimals, v);
		return;
	}
	if (negative && units)
		out_char(o, '-');
	unsigned long long scale = (unsigned long long)decimal_scale[decimals];
	out_uint(o, units / scale);
	if (!decimals)
		return;
	unsigned long long frac = units % scale;
	char digits[8];
	for (int i = decimals - 1; i >= 0; i--) {
		digits[i] = (char)('0' + frac % 10);
		frac /= 10;
	}
	out_char(o, '.');
	out_mem(o, digits, (size_t)decimals);
}

double out_rounded(double v, int decimals)
{
	decimals = clamp_decimals(decimals);
	unsigned long long units;
	bool negative;
	if (!round_units(v, decimals, &units, &negative)) {
		char text[400];
		snprintf(text, sizeof(text), "%.*f", decimals, v);
		return strtod(text, NULL);
	}
	double r = (double)units / decimal_scale[decimals];
	return negative ? -r : r;
}

void out_count(struct out *o, double v, int grouped)
{
	char tmp[64];
	size_t n;
	if (v >= 0 && v < 1e15 && v == (double)(long long)v) {
		n = format_uint(tmp + sizeof(tmp), (unsigned long long)v);
		memmove(tmp, tmp + sizeof(tmp) - n, n);
	} else if (v > -9e15 && v < 9e15 && v == (double)(long long)v)
		n = (size_t)snprintf(tmp, sizeof(tmp), "%.0f", v);
	else
		n = (size_t)snprintf(tmp, sizeof(tmp), "%.6g", v);
	if (!grouped) {
		out_mem(o, tmp, n);
		return;
	}
	size_t sign = tmp[0] == '-', digits = sign;
	while (digits < n && tmp[digits] >= '0' && tmp[digits] <= '9')
		digits++;
	if (memchr(tmp, 'e', n)) {
		out_mem(o, tmp, n);
		return;
	}
	out_mem(o, tmp, sign);
	for (size_t i = sign; i < digits; i++) {
		out_char(o, tmp[i]);
		size_t left = digits - i - 1;
		if (left && left % 3 == 0)
			out_char(o, ',');
	}
	out_mem(o, tmp + digits, n - digits);
}

/* The length of the valid UTF-8 sequence at s, or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	if (s[0] < 0x80)
		return 1;
	size_t len;
	uint32_t cp;
	if ((s[0] & 0xe0) == 0xc0) {
		len = 2;
		cp = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		len = 3;
		cp = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		len = 4;
		cp = s[0] & 0x07;
	} else {
		return 0;
	}
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	static const uint32_t min_cp[] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (cp < min_cp[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ||
	    cp == 0xfffe || cp == 0xffff)
		return 0;
	return len;
}

void out_xml(struct out *o, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t run = 0, i = 0;
	while (i < n) {
		unsigned char c = u[i];
		const char *rep = NULL;
		size_t len = 1;
		switch (c) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		default:
			if (c < 0x20 && c != '\t')
				rep = "?";
			else if (c >= 0x80 && !(len = utf8_seq(u + i, n - i)))
				rep = "?", len = 1;
		}
		if (rep) {
			out_mem(o, s + run, i - run);
			out_str(o, rep);
			run = i + len;
		}
		i += len;
	}
	out_mem(o, s + run, n - run);
}

void out_notes(struct out *o, const char *text)
{
	out_str(o, "<!-- NOTES: ");
	for (const char *s = text; *s; s++) {
		out_xml(o, s, 1);
		if (s[0] == '-' && s[1] == '-')
			out_char(o, ' ');
	}
	out_str(o, " -->\n");
}

void out_json_string(struct out *o, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t run = 0, i = 0;
	out_char(o, '"');
	while (i < n) {
		unsigned char c = u[i];
		size_t len = 1;
		const char *rep = NULL;
		char esc[8];
		if (c == '"')
			rep = "\\\"";
		else if (c == '\\')
			rep = "\\\\";
		else if (c == '<')
			rep = "\\u003c";
		else if (c == '>')
			rep = "\\u003e";
		else if (c < 0x20) {
			snprintf(esc, sizeof(esc), "\\u%04x", c);
			rep = esc;
		} else if (c >= 0x80 && !(len = utf8_seq(u + i, n - i))) {
			rep = "?";
			len = 1;
		}
		if (rep) {
			out_mem(o, s + run, i - run);
			out_str(o, rep);
			run = i + len;
		}
		i += len;
	}
	out_mem(o, s + run, n - run);
	out_char(o, '"');
}

size_t utf8_chars(const char *s, size_t n)
{
	size_t chars = 0;
	for (size_t i = 0; i < n; i++)
		chars += ((unsigned char)s[i] & 0xc0) != 0x80;
	return chars;
}

size_t utf8_prefix(const char *s, size_t n, size_t chars)
{
	size_t i = 0;
	while (i < n) {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (chars == 0)
				break;
			chars--;
		}
		i++;
	}
	return i;
}
