/* Tracepoints: which exist. Their record layout is tracepoint_format.h. */
#ifndef BPFSCOPE_PROVIDERS_TRACEPOINT_H
#define BPFSCOPE_PROVIDERS_TRACEPOINT_H

#include "providers/probe_names.h"

struct arena;

/* Every tracepoint, as "category:event", sorted: one read of tracefs
 * available_events rather than a walk of events/. Returns 0, or a negative
 * errno with *err set. */
int tracepoint_events(struct arena *arena, struct probe_names *out, const char **err);

/* Adds the "category:event" lines of `text` (available_events) to `out`,
 * sorted. `text` is kept and modified: the names point into it. */
void tracepoint_parse_events(struct arena *arena, char *text, struct probe_names *out);

#endif
