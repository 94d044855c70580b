#include "frontend/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void source_init(struct source *s, const char *name, const char *text, uint32_t len)
{
	s->name = name;
	s->text = text;
	s->len = len;
	uint32_t n = 1;
	for (uint32_t i = 0; i < len; i++)
		n += text[i] == '\n';
	s->line_starts = malloc(sizeof(uint32_t) * n);
	if (!s->line_starts)
		abort();
	s->nlines = 0;
	s->line_starts[s->nlines++] = 0;
	for (uint32_t i = 0; i < len; i++)
		if (text[i] == '\n')
			s->line_starts[s->nlines++] = i + 1;
}

void source_free(struct source *s)
{
	free(s->line_starts);
	s->line_starts = NULL;
}

static uint32_t line_index(const struct source *s, uint32_t off)
{
	uint32_t lo = 0, hi = s->nlines;
	while (hi - lo > 1) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (s->line_starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

void source_position(const struct source *s, uint32_t off, int *line, int *col)
{
	if (off > s->len)
		off = s->len;
	uint32_t li = line_index(s, off);
	*line = (int)li + 1;
	*col = (int)(off - s->line_starts[li]) + 1;
}

void diag_init(struct diag *d, const struct source *src, FILE *out, bool color)
{
	memset(d, 0, sizeof(*d));
	d->src = src;
	d->out = out;
	d->color = color;
	d->max_errors = 20;
}

static const char *level_name[] = { "error", "warning", "note" };
static const char *level_color[] = { "\033[1;31m", "\033[1;35m", "\033[1;36m" };

/* One column per character, not per byte. */
static bool is_utf8_continuation(char c)
{
	return ((unsigned char)c & 0xc0) == 0x80;
}

/* Prints the line holding `at` and a caret, with tildes over the rest of the
 * span on that line. Tabs are copied into the marker line so columns align. */
static void print_excerpt(struct diag *d, struct span at)
{
	const struct source *s = d->src;
	uint32_t li = line_index(s, at.off > s->len ? s->len : at.off);
	uint32_t start = s->line_starts[li];
	uint32_t end = start;
	while (end < s->len && s->text[end] != '\n')
		end++;
	fprintf(d->out, "%.*s\n", (int)(end - start), s->text + start);
	uint32_t col = at.off > end ? end : at.off;
	for (uint32_t i = start; i < col; i++)
		if (!is_utf8_continuation(s->text[i]))
			fputc(s->text[i] == '\t' ? '\t' : ' ', d->out);
	if (d->color)
		fputs("\033[1;32m", d->out);
	fputc('^', d->out);
	uint32_t stop = at.off + at.len;
	if (stop > end)
		stop = end;
	for (uint32_t i = col + 1; i < stop; i++)
		if (!is_utf8_continuation(s->text[i]))
			fputc('~', d->out);
	if (d->color)
		fputs("\033[0m", d->out);
	fputc('\n', d->out);
}

void diag_report(struct diag *d, enum diag_level level, struct span at, const char *fmt, ...)
{
	if (level == DIAG_ERROR)
		d->errors++;
	else if (level == DIAG_WARNING)
		d->warnings++;
	if (level == DIAG_ERROR && d->errors > d->max_errors)
		return;
	int line, col;
	source_position(d->src, at.off, &line, &col);
	if (d->color)
		fprintf(d->out, "\033[1m%s:%d:%d: %s%s:\033[0m\033[1m ", d->src->name, line, col,
			level_color[level], level_name[level]);
	else
		fprintf(d->out, "%s:%d:%d: %s: ", d->src->name, line, col, level_name[level]);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(d->out, fmt, ap);
	va_end(ap);
	if (d->color)
		fputs("\033[0m", d->out);
	fputc('\n', d->out);
	print_excerpt(d, at);
	if (level == DIAG_ERROR && d->errors == d->max_errors)
		fprintf(d->out, "%s: too many errors, stopping\n", d->src->name);
}
