/* Printing a whole map the way bpftrace does at exit and on print(@m):
 * the order of the entries, print()'s top and div, how each kind of value
 * is shown, in text and as one -f json line.
 *
 * The runtime fills a map_view from the kernel map: one entry per key,
 * per-CPU values already merged (counts and sums added, min/max reduced,
 * avg/stats as total and count, histogram buckets added). */
#ifndef BPFSCOPE_RUNTIME_MAP_PRINT_H
#define BPFSCOPE_RUNTIME_MAP_PRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/hist.h"
#include "runtime/out_value.h"
#include "runtime/output.h"
#include "util/strbuf.h"

/* What the map's values are: plain values (@m[k] = v) or one aggregation. */
enum map_agg {
	MAP_PLAIN,
	MAP_COUNT,
	MAP_SUM,
	MAP_MIN,
	MAP_MAX,
	MAP_AVG,
	MAP_STATS,
	MAP_HIST,
	MAP_LHIST,
};

struct map_entry {
	struct out_value key;   /* ignored for a scalar map; a tuple for @m[a, b] */
	union {
		struct out_value value;                    /* PLAIN */
		int64_t num;        /* COUNT, SUM, MIN, MAX; an unsigned map stores the bits */
		struct { uint64_t count; int64_t total; } avg;  /* AVG, STATS; total as num */
		struct { const uint64_t *buckets; size_t n; } hist;  /* HIST, LHIST */
	};
};

struct map_view {
	const char *name;             /* "@", "@bytes" */
	enum map_agg agg;
	bool is_signed;               /* SUM, MIN, MAX, AVG, STATS over a signed type */
	bool scalar;                  /* no key: "@x: 5" */
	struct hist_shape shape;      /* HIST, LHIST */
	const struct map_entry *entries;
	size_t nentries;              /* a scalar map has 0 or 1 */
};

/* Appends the map, sorted as bpftrace sorts it:
 *   count, sum and integer values by value, ascending;
 *   min and max by value read as unsigned (bpftrace does so even for
 *     signed maps, so negative values sort last);
 *   avg and stats by the average;
 *   hist and lhist by the sum of their buckets;
 *   anything else by key (see out_value_key_compare).
 * Entries that tie are ordered by key, then as given.
 * top > 0 keeps only the last `top` entries (the largest); div > 1 divides
 * integer values, the average of avg/stats and log2 histogram counts.
 * A map without entries prints nothing. */
void map_print(struct strbuf *out, const struct map_view *map, enum output_mode mode,
	       size_t top, uint32_t div);

#endif
