/* The integer macros of the few C headers that bpftrace's tools #include
 * for their constants (AF_INET from <sys/socket.h>, TASK_RUNNING from
 * <linux/sched.h>). bpftrace runs clang over the real headers; bpfscope
 * has no compiler and needs no headers at run time, so the values come
 * from this table. Types come from BTF, not from headers. */
#ifndef BPFSCOPE_SEMA_HEADER_MACROS_H
#define BPFSCOPE_SEMA_HEADER_MACROS_H

#include <stdbool.h>
#include <stdint.h>

struct arena;

/* Calls fn for every macro that `header` (as written between <> or "",
 * e.g. "sys/socket.h") defines. Returns false for a header the table
 * does not know. */
bool header_macros_each(struct arena *arena, const char *header,
			void (*fn)(void *ctx, const char *name, int64_t value), void *ctx);

#endif
