/* Source text and diagnostics: `file:line:col: error: message`, the source
 * line, and a caret under the span. */
#ifndef BPFSCOPE_FRONTEND_DIAG_H
#define BPFSCOPE_FRONTEND_DIAG_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct span {
	uint32_t off, len;          /* byte offset and length in the source */
};

struct source {
	const char *name;           /* file name, or "stdin" for -e and - */
	const char *text;           /* NUL-terminated */
	uint32_t len;
	uint32_t *line_starts;      /* offsets of each line's first byte */
	uint32_t nlines;
};

struct diag {
	const struct source *src;
	FILE *out;
	bool color;
	int errors, warnings;
	int max_errors;             /* stop reporting after this many */
};

enum diag_level { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE };

/* Takes ownership of nothing: `text` must outlive the source. */
void source_init(struct source *s, const char *name, const char *text, uint32_t len);
void source_free(struct source *s);
void source_position(const struct source *s, uint32_t off, int *line, int *col);

void diag_init(struct diag *d, const struct source *src, FILE *out, bool color);
void diag_report(struct diag *d, enum diag_level level, struct span at,
		 const char *fmt, ...) __attribute__((format(printf, 4, 5)));
#define diag_error(d, at, ...) diag_report((d), DIAG_ERROR, (at), __VA_ARGS__)
#define diag_warning(d, at, ...) diag_report((d), DIAG_WARNING, (at), __VA_ARGS__)
#define diag_note(d, at, ...) diag_report((d), DIAG_NOTE, (at), __VA_ARGS__)

static inline struct span span_join(struct span a, struct span b)
{
	uint32_t end = b.off + b.len > a.off + a.len ? b.off + b.len : a.off + a.len;
	uint32_t start = a.off < b.off ? a.off : b.off;
	return (struct span){ start, end - start };
}

#endif
