/* Bump allocation for one compilation: everything is freed at once. */
#ifndef BPFSCOPE_UTIL_ARENA_H
#define BPFSCOPE_UTIL_ARENA_H

#include <stdarg.h>
#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
};

/* Never returns NULL: running out of memory aborts with a message. */
void *arena_alloc(struct arena *a, size_t size);      /* zeroed */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap);
void arena_free(struct arena *a);                     /* accepts an empty arena */

#endif
