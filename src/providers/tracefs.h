/* tracefs: where it is, mounting it when it is not, and reading its files. */
#ifndef BPFSCOPE_PROVIDERS_TRACEFS_H
#define BPFSCOPE_PROVIDERS_TRACEFS_H

#include <stddef.h>

/* The tracefs mount point: /sys/kernel/tracing, else the debugfs path
 * /sys/kernel/debug/tracing. When neither holds tracefs, mounts it at
 * /sys/kernel/tracing (which needs root). The answer is kept for the life of
 * the process. Returns NULL with errno set on failure; tracefs_error() then
 * says why in one line, starting "tracefs: ". */
const char *tracefs_root(void);

/* The message for the last failure of a tracefs_* call. */
const char *tracefs_error(void);

/* Writes "<root>/<relpath>" into buf. Returns 0 or a negative errno. */
int tracefs_path(char *buf, size_t size, const char *relpath);

/* Reads the whole of <root>/<relpath> (e.g. "available_events") into a
 * malloc'd, NUL-terminated buffer and stores its length in *len (len may be
 * NULL). Returns NULL with errno set and tracefs_error() on failure. */
char *tracefs_read(const char *relpath, size_t *len);

#endif
