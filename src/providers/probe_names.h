/* A list of probe names as -l prints them after "provider:", e.g.
 * "sched:sched_switch" for a tracepoint. Providers fill one, sorted
 * (bytewise, as bpftrace sorts) and without duplicates. */
#ifndef BPFSCOPE_PROVIDERS_PROBE_NAMES_H
#define BPFSCOPE_PROVIDERS_PROBE_NAMES_H

#include <stddef.h>

struct arena;

struct probe_names {
	const char **names;
	size_t len, cap;
};

/* Appends `name`, which must outlive the list. The array grows in `arena`. */
void probe_names_add(struct arena *arena, struct probe_names *l, const char *name);

/* Sorts the names bytewise and drops duplicates. */
void probe_names_sort(struct probe_names *l);

#endif
