/* A growable byte string that output is built in before it is written:
 * the text and JSON printers append here so one event becomes one write. */
#ifndef BPFSCOPE_RUNTIME_STRBUF_H
#define BPFSCOPE_RUNTIME_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *data;                 /* NUL-terminated once anything was appended */
	size_t len, cap;
};

#define STRBUF_INIT { 0 }

/* Appending never fails: running out of memory aborts with a message. */
void strbuf_append(struct strbuf *sb, const char *s, size_t n);
void strbuf_puts(struct strbuf *sb, const char *s);
void strbuf_putc(struct strbuf *sb, char c);
void strbuf_repeat(struct strbuf *sb, char c, size_t n);
void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
const char *strbuf_str(struct strbuf *sb); /* "" for an empty buffer */
void strbuf_reset(struct strbuf *sb);       /* empty it, keep the memory */
void strbuf_free(struct strbuf *sb);        /* accepts an empty buffer */

#endif
