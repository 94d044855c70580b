/* What the two heat maps share: reading their input, numbers in it, time
 * units, and the colour of a cell. */
#ifndef BPFSCOPE_HEATMAP_COMMON_H
#define BPFSCOPE_HEATMAP_COMMON_H

#include <stdbool.h>
#include <stddef.h>

/* The whole of `path` ("-" or NULL: standard input), NUL-terminated.
 * Returns NULL with errno set. */
char *heat_read_input(const char *path, size_t *len);

/* A decimal number ("12", "-3.5", "1e6") at p, ended by a space, tab or
 * line end. Returns the byte after it, or NULL when there is none. */
const char *heat_parse_number(const char *p, double *v);

/* Whether p starts like a number ("7", "-3", "+.5"): the lines that are
 * data; others (comments, the tracer's messages) are skipped. */
bool heat_starts_number(const char *p);

/* Units per second of a time unit name (s, ms, us, ns); 0 if unknown. */
double heat_time_unit(const char *name);

/* The colour of a cell holding `count` (>= 1) when the fullest holds
 * `max`, as "#rrggbb": light yellow for the fewest to dark red for the
 * most, on a log scale unless `linear`. */
void heat_color(char out[8], double count, double max, bool linear);

/* A count at fraction f (0..1) of the colour scale: the inverse of the
 * scale heat_color uses, for the legend. */
double heat_scale_count(double f, double max, bool linear);

#endif
