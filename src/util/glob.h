/* Shell-style wildcards for probe names. */
#ifndef BPFSCOPE_UTIL_GLOB_H
#define BPFSCOPE_UTIL_GLOB_H

#include <stdbool.h>

/* True if `text` matches `pattern` as a whole: '*' stands for any run of
 * characters (':' included, so "*sleep*" reaches into "syscalls:..."), '?'
 * for one character. There are no escapes or character classes: probe
 * names never contain '*', '?' or '['. */
bool glob_match(const char *pattern, const char *text);

/* True if `s` contains '*' or '?'. */
bool glob_has_wildcard(const char *s);

#endif
