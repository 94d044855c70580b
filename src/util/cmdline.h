/* Small pieces the subcommands (flame, heat, heatmap, fold, ...) share
 * for their own command lines. */
#ifndef BPFSCOPE_UTIL_CMDLINE_H
#define BPFSCOPE_UTIL_CMDLINE_H

#include <stdbool.h>

/* "bpfscope CMD: <fmt with arg> (see bpfscope CMD --help)" on stderr;
 * returns 1, the exit status of a usage error. */
int cmdline_error(const char *cmd, const char *fmt, const char *arg);

/* A whole decimal number of at least `min`, into *out. */
bool cmdline_number(const char *s, long min, long *out);

#endif
