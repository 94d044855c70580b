/* hist() and lhist(): which bucket a value falls in (the kernel side
 * computes the same index), and how bpftrace prints a histogram.
 *
 * log2, hist(v, k), k in 0..5: bucket 0 holds negative values; below 2^k
 * every value has its own bucket (bucket v + 1, so 0 is bucket 1); above,
 * each power of two [2^p, 2^(p+1)) is split into 2^k equal buckets.
 * With k = 0 that is (..., 0) [0] [1] [2, 4) [4, 8) ... [1K, 2K) ...
 *
 * linear, lhist(v, min, max, step): bucket 0 holds v < min, buckets 1..M
 * hold [min + (i-1)*step, min + i*step) with M = (max - min) / step, and
 * bucket M + 1 holds v >= max. */
#ifndef BPFSCOPE_RUNTIME_HIST_H
#define BPFSCOPE_RUNTIME_HIST_H

#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

#define HIST_MAX_BITS 5

size_t hist_bucket_index(int64_t value, unsigned bits);
size_t hist_bucket_count(unsigned bits);

/* min < max and step > 0: the type checker refuses other arguments. */
size_t lhist_bucket_index(int64_t value, int64_t min, int64_t max, int64_t step);
size_t lhist_bucket_count(int64_t min, int64_t max, int64_t step);

struct hist_shape {
	enum { HIST_LOG2, HIST_LINEAR } kind;
	unsigned bits;                  /* log2 */
	int64_t min, max, step;         /* linear */
};

/* One bucket boundary: a plain number, or a number with a K/M/G... label. */
struct hist_bound {
	enum { HIST_BOUND_NUMBER, HIST_BOUND_LABEL } kind;
	int64_t value;                  /* a LABEL's value is unsigned: read as uint64_t */
	char text[24];
};

/* The rows bpftrace prints for one histogram: the buckets from the first
 * to the last non-empty one. Row i covers [bound i - 1, bound i), row 0
 * starts at `lower` (or is the open (..., bound 0) row when there is no
 * lower bound), and a last row without a bound of its own is [bound, ...). */
struct hist_rows {
	size_t nrows;
	uint64_t *counts;               /* nrows */
	struct hist_bound *bounds;      /* nbounds <= nrows */
	size_t nbounds;
	int has_lower;
	struct hist_bound lower;
};

/* Log2 counts are divided by `div` (print()'s third argument, 0 meaning 1);
 * linear ones never are, as in bpftrace. */
void hist_rows_build(struct hist_rows *rows, const struct hist_shape *shape,
		     const uint64_t *buckets, size_t nbuckets, uint64_t div);
void hist_rows_free(struct hist_rows *rows);

/* Text: one line per row, "[4, 8)" left in 16 columns, the count right in
 * 8, then a bar of '@' 52 wide scaled to the largest count. */
void hist_rows_text(struct strbuf *sb, const struct hist_rows *rows);
/* JSON: [{"min": 4, "max": 7, "count": 1},...], "min" left out of an
 * open first row and "max" of an open last one. */
void hist_rows_json(struct strbuf *sb, const struct hist_rows *rows);

#endif
