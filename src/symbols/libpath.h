/* Where a uprobe's binary is: a path as given, a program name found
 * through $PATH (`uprobe:bash:readline`), or a library name found the way
 * the dynamic loader finds it, through /etc/ld.so.cache (`libc`,
 * `libc.so.6`), then the usual library directories. */
#ifndef BPFSCOPE_SYMBOLS_LIBPATH_H
#define BPFSCOPE_SYMBOLS_LIBPATH_H

#include <stddef.h>

/* Writes the absolute path of `name` into `out`. Returns 0, or -ENOENT
 * when nothing matches (out then says what was searched). */
int libpath_resolve(const char *name, char *out, size_t size);

#endif
