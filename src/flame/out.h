/* A buffered writer for the renderers: big outputs (hundreds of thousands
 * of frames) are mostly numbers and names, so both are formatted here
 * without printf. */
#ifndef BPFSCOPE_FLAME_OUT_H
#define BPFSCOPE_FLAME_OUT_H

#include <stddef.h>
#include <stdio.h>

struct out {
	FILE *f;
	char *buf;
	size_t len, cap;
	int err;                    /* the first write error, as errno */
};

void out_init(struct out *o, FILE *f);
int out_finish(struct out *o);             /* flushes and frees; 0 or -errno */

void out_mem(struct out *o, const char *s, size_t n);
void out_str(struct out *o, const char *s);
void out_char(struct out *o, char c);
void out_printf(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void out_uint(struct out *o, unsigned long long v);
/* v rounded to `decimals` (0-6) places as printf's "%.*f" does (the exact
 * value, ties to even), e.g. out_fixed(o, 2.345, 1) → "2.3"; but a value
 * that rounds to zero is never "-0". */
void out_fixed(struct out *o, double v, int decimals);
/* The number out_fixed prints for v, as the nearest double (what a Perl
 * script gets back from sprintf "%0.1f"). */
double out_rounded(double v, int decimals);
/* A count as flame graph tools print it: an integer when whole, otherwise
 * up to 6 significant decimals; grouped puts thousands separators in. */
void out_count(struct out *o, double v, int grouped);

/* Text for XML (SVG) content and attributes: & < > " escaped, bytes that
 * are not valid UTF-8 or not allowed in XML written as '?'. */
void out_xml(struct out *o, const char *s, size_t n);
/* "<!-- NOTES: text -->" and a newline; "--", which a comment cannot
 * hold, becomes "- -". */
void out_notes(struct out *o, const char *text);
/* A JSON string with its quotes; '<' and '>' escaped so it can sit in a
 * <script> element or an XML CDATA section. */
void out_json_string(struct out *o, const char *s, size_t n);

/* The number of characters (UTF-8 code points) in s[0..n). */
size_t utf8_chars(const char *s, size_t n);
/* The byte length of the first `chars` characters of s[0..n). */
size_t utf8_prefix(const char *s, size_t n, size_t chars);

#endif
