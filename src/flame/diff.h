/* difffolded: two folded profiles into one "stack COUNT1 COUNT2" file, the
 * input of a differential flame graph. */
#ifndef BPFSCOPE_FLAME_DIFF_H
#define BPFSCOPE_FLAME_DIFF_H

#include <stdbool.h>
#include <stdio.h>

struct difffolded_opts {
	bool normalize;             /* scale the first profile to the second's total */
	bool strip_hex;             /* drop "+0x1f" offsets from frame names */
};

/* Writes every stack of either file, sorted, to out; returns the exit status. */
int difffolded_run(const char *path1, const char *path2, const struct difffolded_opts *o,
		   FILE *out);

#endif
