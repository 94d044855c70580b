/* Subcommand command-line helpers (see cmdline.h). */
#include "util/cmdline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int cmdline_error(const char *cmd, const char *fmt, const char *arg)
{
	fprintf(stderr, "bpfscope %s: ", cmd);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (see bpfscope %s --help)\n", cmd);
	return 1;
}

bool cmdline_number(const char *s, long min, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < min)
		return false;
	*out = v;
	return true;
}
