#include "runtime/hist.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

/* Values below 2^bits get a bucket each; past that the index is the power
 * of two (its top bit l) in the high part and the next `bits` bits of the
 * value in the low part. */
size_t hist_bucket_index(int64_t value, unsigned bits)
{
	uint64_t mask = (UINT64_C(1) << bits) - 1;
	if (value < 0)
		return 0;
	uint64_t v = (uint64_t)value;
	if (v <= mask)
		return (size_t)v + 1;
	unsigned l = 63 - (unsigned)__builtin_clzll(v);
	return ((size_t)(l - bits + 1) << bits) + (size_t)((v >> (l - bits)) & mask) + 1;
}

size_t hist_bucket_count(unsigned bits)
{
	return hist_bucket_index(INT64_MAX, bits) + 1;
}

size_t lhist_bucket_index(int64_t value, int64_t min, int64_t max, int64_t step)
{
	if (value < min)
		return 0;
	if (value > max)
		return 1 + (size_t)((max - min) / step);
	return 1 + (size_t)((value - min) / step);
}

size_t lhist_bucket_count(int64_t min, int64_t max, int64_t step)
{
	return 2 + (size_t)((max - min) / step);
}

static struct hist_bound number_bound(int64_t v)
{
	struct hist_bound b = { .kind = HIST_BOUND_NUMBER, .value = v };
	snprintf(b.text, sizeof(b.text), "%" PRId64, v);
	return b;
}

/* The upper end of log2 bucket `index` (past the one-value buckets), with
 * the largest of K, M, G, T, P, E that keeps it whole: 1K, 12K, 2M. */
static struct hist_bound log2_bound(size_t index, unsigned bits)
{
	uint64_t n = UINT64_C(1) << bits;
	uint64_t sub = index & (n - 1);
	unsigned power = (unsigned)(index >> bits) - 1;
	unsigned decade = power / 10;
	struct hist_bound b = { .kind = HIST_BOUND_LABEL };
	b.value = (int64_t)((UINT64_C(1) << power) * (n + sub));
	int len = snprintf(b.text, sizeof(b.text), "%" PRIu64,
			   (UINT64_C(1) << (power - 10 * decade)) * (n + sub));
	if (decade)
		b.text[len] = " KMGTPE"[decade], b.text[len + 1] = '\0';
	return b;
}

static struct hist_bound log2_index_bound(size_t index, unsigned bits)
{
	if (index <= (size_t)2 << bits)
		return number_bound((int64_t)index);
	return log2_bound(index, bits);
}

/* Linear bounds get K/M labels only when the step is a multiple of 1024. */
static struct hist_bound linear_bound(int64_t v, int64_t step)
{
	const int64_t kilo = 1024, mega = 1024 * 1024;
	if (step % kilo != 0)
		return number_bound(v);
	struct hist_bound b = { .kind = HIST_BOUND_LABEL, .value = v };
	if (v != 0 && v % mega == 0)
		snprintf(b.text, sizeof(b.text), "%" PRId64 "M", v / mega);
	else if (v != 0 && v % kilo == 0)
		snprintf(b.text, sizeof(b.text), "%" PRId64 "K", v / kilo);
	else
		snprintf(b.text, sizeof(b.text), "%" PRId64, v);
	return b;
}

static int nonempty_range(const uint64_t *buckets, size_t n, size_t *first, size_t *last)
{
	int found = 0;
	for (size_t i = 0; i < n; i++)
		if (buckets[i]) {
			if (!found)
				*first = i;
			*last = i;
			found = 1;
		}
	return found;
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p) {
		fprintf(stderr, "bpfscope: out of memory (%zu bytes)\n", n * size);
		abort();
	}
	return p;
}

void hist_rows_build(struct hist_rows *rows, const struct hist_shape *shape,
		     const uint64_t *buckets, size_t nbuckets, uint64_t div)
{
	size_t first = 0, last = 0;
	*rows = (struct hist_rows){ 0 };
	if (!nonempty_range(buckets, nbuckets, &first, &last))
		return;
	rows->nrows = last - first + 1;
	rows->counts = xcalloc(rows->nrows, sizeof(*rows->counts));
	rows->bounds = xcalloc(rows->nrows, sizeof(*rows->bounds));
	if (shape->kind == HIST_LINEAR) {
		if (first != 0) {
			rows->has_lower = 1;
			rows->lower = linear_bound(shape->min + (int64_t)(first - 1) * shape->step,
						   shape->step);
		}
		for (size_t i = first; i <= last; i++) {
			int64_t end = shape->min + (int64_t)i * shape->step;
			if (end <= shape->max)
				rows->bounds[rows->nbounds++] = linear_bound(end, shape->step);
			rows->counts[i - first] = buckets[i];
		}
		return;
	}
	if (div == 0)
		div = 1;
	if (first != 0) {
		rows->has_lower = 1;
		rows->lower = log2_index_bound(first - 1, shape->bits);
	}
	for (size_t i = first; i <= last; i++) {
		rows->bounds[rows->nbounds++] = log2_index_bound(i, shape->bits);
		rows->counts[i - first] = buckets[i] / div;
	}
}

void hist_rows_free(struct hist_rows *rows)
{
	free(rows->counts);
	free(rows->bounds);
	*rows = (struct hist_rows){ 0 };
}
