/* -l and -lv: listing probes as bpftrace does, one "provider:name" a line,
 * with the arguments under each probe for -lv. */
#ifndef BPFSCOPE_PROVIDERS_LIST_H
#define BPFSCOPE_PROVIDERS_LIST_H

#include <stdbool.h>
#include <stdio.h>

struct node;

struct list_options {
	bool verbose;      /* -v: each probe's arguments too */
	bool no_warnings;  /* --no-warnings */
	int pid;           /* -p: usdt probes of this process's files */
};

/* Lists the probes that match `pattern` (NULL or "" for all of them), such
 * as "tracepoint:sched:*", "t:syscalls:*openat*", "*sleep*", or several
 * joined by commas. Errors and warnings go to stderr. Returns the exit
 * status: 0 even when nothing matches (as in bpftrace), 1 after an error. */
int list_probes_matching(const char *pattern, const struct list_options *o, FILE *out);

/* Lists the probes the attach points of a checked program expand to. */
int list_program_probes(const struct node *program, const struct list_options *o, FILE *out);

#endif
