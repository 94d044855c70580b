/* Histogram buckets and rows (src/runtime/hist.c, hist_render.c). Expected
 * output is copied from bpftrace's tests and docs, cited on each test. */
#include <stdio.h>

#include "runtime/hist.h"
#include "unit.h"

static struct strbuf out = STRBUF_INIT;

static const struct hist_shape log2_shape = { .kind = HIST_LOG2 };

static const char *rows_text(const struct hist_shape *shape, const uint64_t *buckets,
			     size_t n, uint64_t div)
{
	struct hist_rows rows;
	strbuf_reset(&out);
	hist_rows_build(&rows, shape, buckets, n, div);
	hist_rows_text(&out, &rows);
	hist_rows_free(&rows);
	return strbuf_str(&out);
}

static const char *rows_json(const struct hist_shape *shape, const uint64_t *buckets, size_t n)
{
	struct hist_rows rows;
	strbuf_reset(&out);
	hist_rows_build(&rows, shape, buckets, n, 1);
	hist_rows_json(&out, &rows);
	hist_rows_free(&rows);
	return strbuf_str(&out);
}

/* The label of the single row a histogram holding one value prints. */
static const char *one_value_label(const struct hist_shape *shape, int64_t v)
{
	static char label[32];
	uint64_t buckets[512] = { 0 };
	size_t i = shape->kind == HIST_LOG2
		? hist_bucket_index(v, shape->bits)
		: lhist_bucket_index(v, shape->min, shape->max, shape->step);
	buckets[i] = 1;
	const char *text = rows_text(shape, buckets, 512, 1);
	size_t len = strcspn(text, " ");
	snprintf(label, sizeof(label), "%.*s", (int)len, text);
	return label;
}

/* bpftrace codegen's log2(): "Index 0 is for values less than 0, index 1 is
 * for 0, and indexes 2 onwards is the power-of-2 histogram index." */
UNIT_TEST(hist_log2_bucket_index)
{
	CHECK_INT(hist_bucket_index(-5, 0), 0);
	CHECK_INT(hist_bucket_index(0, 0), 1);
	CHECK_INT(hist_bucket_index(1, 0), 2);
	CHECK_INT(hist_bucket_index(2, 0), 3);
	CHECK_INT(hist_bucket_index(3, 0), 3);
	CHECK_INT(hist_bucket_index(4, 0), 4);
	CHECK_INT(hist_bucket_index(1023, 0), 11);
	CHECK_INT(hist_bucket_index(1024, 0), 12);
	CHECK_INT(hist_bucket_index(INT64_MAX, 0), 64);
	CHECK_INT(hist_bucket_count(0), 65);
}

/* tests/runtime/outputs/hist_2args.json (hist($i, 3) for 0..1023): one
 * bucket per value below 16, then 8 buckets per power of two. */
UNIT_TEST(hist_log2_bucket_index_with_bits)
{
	CHECK_INT(hist_bucket_index(0, 3), 1);
	CHECK_INT(hist_bucket_index(15, 3), 16);
	CHECK_INT(hist_bucket_index(16, 3), 17);
	CHECK_INT(hist_bucket_index(17, 3), 17);
	CHECK_INT(hist_bucket_index(18, 3), 18);
	CHECK_INT(hist_bucket_index(960, 3), hist_bucket_index(1023, 3));
	CHECK(hist_bucket_index(959, 3) + 1 == hist_bucket_index(960, 3));
	CHECK_INT(hist_bucket_index(INT64_MAX, 5) + 1, hist_bucket_count(5));
}

/* bpftrace codegen's linear function and tests/runtime/outputs/lhist.json
 * (lhist(2|50|1000, 0, 100, 10)): below min is bucket 0, max and above the
 * last one. */
UNIT_TEST(hist_linear_bucket_index)
{
	CHECK_INT(lhist_bucket_index(-1, 0, 100, 10), 0);
	CHECK_INT(lhist_bucket_index(2, 0, 100, 10), 1);
	CHECK_INT(lhist_bucket_index(50, 0, 100, 10), 6);
	CHECK_INT(lhist_bucket_index(99, 0, 100, 10), 10);
	CHECK_INT(lhist_bucket_index(100, 0, 100, 10), 11);
	CHECK_INT(lhist_bucket_index(1000, 0, 100, 10), 11);
	CHECK_INT(lhist_bucket_count(0, 100, 10), 12);
	CHECK_INT(lhist_bucket_index(-7, -10, 10, 5), 1);
}

/* tests/runtime/aggregations "hist": hist(arg0) for arg0 = 1..100. */
UNIT_TEST(hist_text_one_to_hundred)
{
	uint64_t buckets[65] = { 0 };
	for (int v = 1; v <= 100; v++)
		buckets[hist_bucket_index(v, 0)]++;
	CHECK_STR(rows_text(&log2_shape, buckets, 65, 1),
		"[1]                    1 |@                                                   |\n"
		"[2, 4)                 2 |@@                                                  |\n"
		"[4, 8)                 4 |@@@@@                                               |\n"
		"[8, 16)                8 |@@@@@@@@@@@                                         |\n"
		"[16, 32)              16 |@@@@@@@@@@@@@@@@@@@@@@                              |\n"
		"[32, 64)              32 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@        |\n"
		"[64, 128)             37 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n");
}

/* tests/runtime/aggregations "lhist": lhist(arg0, 0, 100, 20) for 1..100. */
UNIT_TEST(hist_text_linear_one_to_hundred)
{
	struct hist_shape shape = { .kind = HIST_LINEAR, .min = 0, .max = 100, .step = 20 };
	uint64_t buckets[7] = { 0 };
	for (int v = 1; v <= 100; v++)
		buckets[lhist_bucket_index(v, 0, 100, 20)]++;
	CHECK_STR(rows_text(&shape, buckets, 7, 1),
		"[0, 20)               19 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@   |\n"
		"[20, 40)              20 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[40, 60)              20 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[60, 80)              20 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[80, 100)             20 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[100, ...)             1 |@@                                                  |\n");
}

/* docs/stdlib.md print: the hist(rand) example, M and G labels. */
UNIT_TEST(hist_text_large_values_docs_example)
{
	static const int64_t starts[] = { 1 << 24, 1 << 25, 1 << 26, 1 << 27, 1 << 28, 1 << 29,
					  1LL << 30, 1LL << 31 };
	static const uint64_t counts[] = { 3, 2, 1, 4, 3, 14, 22, 51 };
	uint64_t buckets[65] = { 0 };
	for (int i = 0; i < 8; i++)
		buckets[hist_bucket_index(starts[i], 0)] = counts[i];
	CHECK_STR(rows_text(&log2_shape, buckets, 65, 1),
		"[16M, 32M)             3 |@@@                                                 |\n"
		"[32M, 64M)             2 |@@                                                  |\n"
		"[64M, 128M)            1 |@                                                   |\n"
		"[128M, 256M)           4 |@@@@                                                |\n"
		"[256M, 512M)           3 |@@@                                                 |\n"
		"[512M, 1G)            14 |@@@@@@@@@@@@@@                                      |\n"
		"[1G, 2G)              22 |@@@@@@@@@@@@@@@@@@@@@@                              |\n"
		"[2G, 4G)              51 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n");
}

/* tests/runtime/outputs/hist.txt: a negative value, empty [0] and [1] rows
 * between filled ones, and bars scaled to the largest count. */
UNIT_TEST(hist_text_negative_zero_and_gaps)
{
	uint64_t buckets[65] = { 0 };
	static const int64_t values[] = { -1, 2, 3, 4, 16 };
	for (int i = 0; i < 5; i++)
		buckets[hist_bucket_index(values[i], 0)]++;
	CHECK_STR(rows_text(&log2_shape, buckets, 65, 1),
		"(..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n"
		"[0]                    0 |                                                    |\n"
		"[1]                    0 |                                                    |\n"
		"[2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n"
		"[8, 16)                0 |                                                    |\n"
		"[16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n");
}

/* tests/runtime/outputs/lhist.txt: lhist(v, 0, 10, 2) with a value below
 * min and one at max. */
UNIT_TEST(hist_text_linear_both_ends)
{
	struct hist_shape shape = { .kind = HIST_LINEAR, .min = 0, .max = 10, .step = 2 };
	uint64_t buckets[7] = { 0 };
	static const int64_t values[] = { -1, 2, 3, 6, 10 };
	for (int i = 0; i < 5; i++)
		buckets[lhist_bucket_index(values[i], 0, 10, 2)]++;
	CHECK_STR(rows_text(&shape, buckets, 7, 1),
		"(..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n"
		"[0, 2)                 0 |                                                    |\n"
		"[2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[4, 6)                 0 |                                                    |\n"
		"[6, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n"
		"[8, 10)                0 |                                                    |\n"
		"[10, ...)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n");
}

/* bpftrace types_format.cpp hist_index_label: K, M, G ... suffixes; labels
 * of one-value buckets are plain numbers (docs/stdlib.md hist example). */
UNIT_TEST(hist_labels_with_suffixes)
{
	struct hist_shape fine = { .kind = HIST_LOG2, .bits = 3 };
	CHECK_STR(one_value_label(&log2_shape, -3), "(...,");
	CHECK_STR(one_value_label(&log2_shape, 0), "[0]");
	CHECK_STR(one_value_label(&log2_shape, 1), "[1]");
	CHECK_STR(one_value_label(&log2_shape, 1500), "[1K,");
	CHECK_STR(one_value_label(&log2_shape, 1 << 20), "[1M,");
	CHECK_STR(one_value_label(&log2_shape, INT64_MAX), "[4E,");
	CHECK_STR(one_value_label(&fine, 15), "[15]");
	CHECK_STR(one_value_label(&fine, 17), "[16,");
	CHECK_STR(one_value_label(&fine, 12000), "[11K,");
}

/* bpftrace types_format.cpp lhist_index_label: K and M labels only when
 * the step is a multiple of 1024. */
UNIT_TEST(hist_linear_labels_with_suffixes)
{
	struct hist_shape kilo = { .kind = HIST_LINEAR, .min = 0, .max = 4096, .step = 1024 };
	struct hist_shape mega = { .kind = HIST_LINEAR, .min = 0, .max = 4 << 20, .step = 1 << 20 };
	struct hist_shape plain = { .kind = HIST_LINEAR, .min = 0, .max = 4000, .step = 1000 };
	uint64_t buckets[8] = { 0, 0, 1 };
	CHECK_STR(rows_text(&kilo, buckets, 6, 1),
		  "[1K, 2K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n");
	CHECK_STR(one_value_label(&kilo, 10), "[0,");
	CHECK_STR(one_value_label(&kilo, 9000), "[4K,");
	CHECK_STR(one_value_label(&mega, 3 << 20), "[3M,");
	CHECK_STR(one_value_label(&plain, 1500), "[1000,");
}

/* bpftrace output/text.cpp: a bucket holding one number prints as [n], so a
 * step-1 lhist shows [0] [1] ... (docs/stdlib.md still shows [0, 1) from
 * older releases); a lone overflow bucket prints as [max, ...). */
UNIT_TEST(hist_linear_single_values_and_overflow_only)
{
	struct hist_shape step1 = { .kind = HIST_LINEAR, .min = 0, .max = 10, .step = 1 };
	struct hist_shape tens = { .kind = HIST_LINEAR, .min = 0, .max = 100, .step = 10 };
	CHECK_STR(one_value_label(&step1, 0), "[0]");
	CHECK_STR(one_value_label(&step1, 9), "[9]");
	CHECK_STR(one_value_label(&step1, -1), "(...,");
	CHECK_STR(one_value_label(&tens, 200), "[100,");
	uint64_t buckets[12] = { [11] = 3 };
	CHECK_STR(rows_text(&tens, buckets, 12, 1),
		  "[100, ...)             3 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n");
}

/* bpftrace types_format.cpp build_histogram: print()'s div divides log2
 * counts; an all-empty histogram has no rows. */
UNIT_TEST(hist_div_and_empty)
{
	uint64_t buckets[65] = { 0 };
	CHECK_STR(rows_text(&log2_shape, buckets, 65, 1), "");
	buckets[hist_bucket_index(2, 0)] = 9;
	CHECK_STR(rows_text(&log2_shape, buckets, 65, 4),
		  "[2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n");
}

/* tests/runtime/outputs/hist.json (hist(2), hist(1025)): closed [min, max]
 * ranges, empty buckets between included. */
UNIT_TEST(hist_json_log2)
{
	uint64_t buckets[65] = { 0 };
	buckets[hist_bucket_index(2, 0)]++;
	buckets[hist_bucket_index(1025, 0)]++;
	CHECK_STR(rows_json(&log2_shape, buckets, 65),
		  "[{\"min\": 2, \"max\": 3, \"count\": 1},{\"min\": 4, \"max\": 7, \"count\": 0},"
		  "{\"min\": 8, \"max\": 15, \"count\": 0},{\"min\": 16, \"max\": 31, \"count\": 0},"
		  "{\"min\": 32, \"max\": 63, \"count\": 0},{\"min\": 64, \"max\": 127, \"count\": 0},"
		  "{\"min\": 128, \"max\": 255, \"count\": 0},{\"min\": 256, \"max\": 511, \"count\": 0},"
		  "{\"min\": 512, \"max\": 1023, \"count\": 0},{\"min\": 1024, \"max\": 2047, \"count\": 1}]");
}

/* tests/runtime/outputs/hist_multiple.json ("curl": -1, 0) and
 * hist_10g.json (hist(10G)). */
UNIT_TEST(hist_json_negative_and_huge)
{
	uint64_t buckets[65] = { 0 };
	buckets[hist_bucket_index(-1, 0)]++;
	buckets[hist_bucket_index(0, 0)]++;
	CHECK_STR(rows_json(&log2_shape, buckets, 65),
		  "[{\"max\": -1, \"count\": 1},{\"min\": 0, \"max\": 0, \"count\": 1}]");
	uint64_t big[65] = { 0 };
	big[hist_bucket_index(10LL << 30, 0)] = 1;
	CHECK_STR(rows_json(&log2_shape, big, 65),
		  "[{\"min\": 8589934592, \"max\": 17179869183, \"count\": 1}]");
}

/* tests/runtime/outputs/hist_2args.json: hist($i, 3), the rows around 16. */
UNIT_TEST(hist_json_with_bits)
{
	struct hist_shape fine = { .kind = HIST_LOG2, .bits = 3 };
	uint64_t buckets[100] = { 0 };
	for (int v = 14; v <= 19; v++)
		buckets[hist_bucket_index(v, 3)]++;
	CHECK_STR(rows_json(&fine, buckets, 100),
		  "[{\"min\": 14, \"max\": 14, \"count\": 1},{\"min\": 15, \"max\": 15, \"count\": 1},"
		  "{\"min\": 16, \"max\": 17, \"count\": 2},{\"min\": 18, \"max\": 19, \"count\": 2}]");
}

/* tests/runtime/outputs/lhist.json: lhist(2|50|1000, 0, 100, 10); the
 * overflow bucket has no "max". */
UNIT_TEST(hist_json_linear)
{
	struct hist_shape shape = { .kind = HIST_LINEAR, .min = 0, .max = 100, .step = 10 };
	uint64_t buckets[12] = { 0 };
	buckets[lhist_bucket_index(2, 0, 100, 10)]++;
	buckets[lhist_bucket_index(50, 0, 100, 10)]++;
	buckets[lhist_bucket_index(1000, 0, 100, 10)]++;
	CHECK_STR(rows_json(&shape, buckets, 12),
		  "[{\"min\": 0, \"max\": 9, \"count\": 1},{\"min\": 10, \"max\": 19, \"count\": 0},"
		  "{\"min\": 20, \"max\": 29, \"count\": 0},{\"min\": 30, \"max\": 39, \"count\": 0},"
		  "{\"min\": 40, \"max\": 49, \"count\": 0},{\"min\": 50, \"max\": 59, \"count\": 1},"
		  "{\"min\": 60, \"max\": 69, \"count\": 0},{\"min\": 70, \"max\": 79, \"count\": 0},"
		  "{\"min\": 80, \"max\": 89, \"count\": 0},{\"min\": 90, \"max\": 99, \"count\": 0},"
		  "{\"min\": 100, \"count\": 1}]");
}
