/* Input, numbers and colours for the heat maps (see common.h). */
#include "heatmap/common.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *heat_read_input(const char *path, size_t *len)
{
	bool is_stdin = !path || !strcmp(path, "-");
	FILE *f = is_stdin ? stdin : fopen(path, "re");
	if (!f)
		return NULL;
	size_t cap = 1 << 20, n = 0;
	char *buf = malloc(cap);
	while (buf) {
		if (cap - n < 2) {
			char *grown = realloc(buf, cap * 2);
			if (!grown) {
				free(buf);
				buf = NULL;
				errno = ENOMEM;
				break;
			}
			buf = grown;
			cap *= 2;
		}
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0) {
			if (ferror(f)) {
				free(buf);
				buf = NULL;
				errno = EIO;
			}
			break;
		}
	}
	int saved = errno;
	if (!is_stdin)
		fclose(f);
	errno = saved;
	if (buf) {
		buf[n] = '\0';
		*len = n;
	}
	return buf;
}

static bool number_end(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0';
}

/* Plain decimals are parsed here: with at most 15 digits the mantissa and
 * the power of ten are exact doubles, so one division rounds exactly as
 * strtod would, at a fraction of its cost on a million lines. Anything
 * else (exponents, long digit strings) goes to strtod. */
const char *heat_parse_number(const char *p, double *v)
{
	static const double pow10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
					1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
	const char *s = p;
	bool neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	uint64_t mant = 0;
	int digits = 0, frac = 0;
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		mant = mant * 10 + (uint64_t)(*s - '0');
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++, digits++, frac++)
			mant = mant * 10 + (uint64_t)(*s - '0');
	}
	if (digits > 0 && digits <= 15 && number_end(*s)) {
		double d = (double)mant / pow10[frac];
		*v = neg ? -d : d;
		return s;
	}
	if (digits == 0)
		return NULL;
	char *end;
	errno = 0;
	double d = strtod(p, &end);
	if (end == p || errno || !number_end(*end) || !isfinite(d))
		return NULL;
	*v = d;
	return end;
}

bool heat_starts_number(const char *p)
{
	if (*p == '-' || *p == '+')
		p++;
	if (*p == '.')
		p++;
	return *p >= '0' && *p <= '9';
}

double heat_time_unit(const char *name)
{
	if (!strcmp(name, "s"))
		return 1;
	if (!strcmp(name, "ms"))
		return 1e3;
	if (!strcmp(name, "us"))
		return 1e6;
	if (!strcmp(name, "ns"))
		return 1e9;
	return 0;
}

/* Where a count sits on the scale, 0 (fewest) to 1 (most). A log scale
 * keeps a cell of 3 visibly apart from an empty one next to a cell of
 * 30000; a linear one shows the bulk in proportion. */
static double scale_fraction(double count, double max, bool linear)
{
	if (max <= 1)
		return 1;
	if (linear)
		return (count - 1) / (max - 1);
	return log(count) / log(max);
}

double heat_scale_count(double f, double max, bool linear)
{
	if (max <= 1)
		return 1;
	return linear ? 1 + f * (max - 1) : exp(f * log(max));
}

void heat_color(char out[8], double count, double max, bool linear)
{
	/* light yellow, orange, dark red */
	static const int stops[3][3] = { { 255, 237, 160 }, { 240, 100, 30 }, { 128, 0, 38 } };
	double f = scale_fraction(count, max, linear);
	if (f < 0)
		f = 0;
	if (f > 1)
		f = 1;
	int seg = f < 0.5 ? 0 : 1;
	double t = f < 0.5 ? f * 2 : (f - 0.5) * 2;
	int rgb[3];
	for (int i = 0; i < 3; i++)
		rgb[i] = (int)lround(stops[seg][i] + t * (stops[seg + 1][i] - stops[seg][i]));
	snprintf(out, 8, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
}
