/* Printing whole maps (src/runtime/map_print.c). Expected output is copied
 * from bpftrace's tests and docs, cited on each test. */
#include "runtime/map_print.h"
#include "unit.h"

static struct strbuf out = STRBUF_INIT;

static const char *print_map(const struct map_view *m, enum output_mode mode, size_t top,
			     uint32_t div)
{
	strbuf_reset(&out);
	map_print(&out, m, mode, top, div);
	return strbuf_str(&out);
}

static const char *text(const struct map_view *m)
{
	return print_map(m, OUTPUT_TEXT, 0, 0);
}

static const char *json(const struct map_view *m)
{
	return print_map(m, OUTPUT_JSON, 0, 0);
}

#define VIEW(name_, agg_, ...)                                                    \
	((struct map_view){ .name = (name_), .agg = (agg_),                           \
			    .entries = (const struct map_entry[]){ __VA_ARGS__ },         \
			    .nentries = sizeof((const struct map_entry[]){ __VA_ARGS__ }) / \
					sizeof(struct map_entry) })

#define PLAIN(k, v) { .key = k, .value = v }
#define NUM(k, n) { .key = k, .num = n }
#define AVG(k, c, t) { .key = k, .avg = { c, t } }

/* tests/runtime/map ("map scalar") and tests/runtime/aggregations (count,
 * min_negative, max_negative, sum, avg on 1..100). */
UNIT_TEST(map_scalar_values)
{
	struct map_view a = VIEW("@a", MAP_PLAIN, PLAIN({ 0 }, out_value_int(0)));
	a.scalar = true;
	CHECK_STR(text(&a), "@a: 0\n");
	struct map_view cnt = VIEW("@cnt", MAP_COUNT, NUM({ 0 }, 100));
	cnt.scalar = true;
	CHECK_STR(text(&cnt), "@cnt: 100\n");
	struct map_view min = VIEW("@min", MAP_MIN, NUM({ 0 }, -100));
	min.scalar = min.is_signed = true;
	CHECK_STR(text(&min), "@min: -100\n");
	struct map_view sum = VIEW("@sum", MAP_SUM, NUM({ 0 }, 5050));
	sum.scalar = true;
	CHECK_STR(text(&sum), "@sum: 5050\n");
	struct map_view avg = VIEW("@avg", MAP_AVG, AVG({ 0 }, 100, 5050));
	avg.scalar = true;
	CHECK_STR(text(&avg), "@avg: 50\n");
}

/* tests/runtime/aggregations "stats" (stats(arg0) on 1..100). */
UNIT_TEST(map_scalar_stats_text)
{
	struct map_view m = VIEW("@stats", MAP_STATS, AVG({ 0 }, 100, 5050));
	m.scalar = true;
	CHECK_STR(text(&m), "@stats: count 100, average 50, total 5050\n");
}

/* docs/stdlib.md stats: keyed stats print in order of their average. */
UNIT_TEST(map_keyed_stats_sorted_by_average)
{
	struct map_view m = VIEW("@bytes", MAP_STATS,
				 AVG(out_value_str("ls"), 7, 6208),
				 AVG(out_value_str("bash"), 7, 7),
				 AVG(out_value_str("sleep"), 5, 4160));
	CHECK_STR(text(&m), "@bytes[bash]: count 7, average 1, total 7\n"
			    "@bytes[sleep]: count 5, average 832, total 4160\n"
			    "@bytes[ls]: count 7, average 886, total 6208\n");
}

/* docs/stdlib.md print: @[1..10] = elem - 1; print(@, 2) keeps the two
 * largest, smallest first. */
UNIT_TEST(map_sorted_by_value_and_top)
{
	struct map_entry entries[10];
	for (int i = 0; i < 10; i++)
		entries[i] = (struct map_entry){ .key = out_value_int(10 - i),
						 .value = out_value_int(9 - i) };
	struct map_view m = { .name = "@", .agg = MAP_PLAIN, .entries = entries, .nentries = 10 };
	CHECK_STR(print_map(&m, OUTPUT_TEXT, 2, 0), "@[9]: 8\n@[10]: 9\n");
	CHECK(strncmp(text(&m), "@[1]: 0\n@[2]: 1\n", 16) == 0);
}

/* tests/runtime/call print_avg_map_args and print_avg_map_with_large_top;
 * tests/runtime/json-output, the same two. */
UNIT_TEST(map_avg_with_top_and_div)
{
	struct map_view m = VIEW("@", MAP_AVG,
				 AVG(out_value_str("d"), 1, 40), AVG(out_value_str("a"), 1, 10),
				 AVG(out_value_str("c"), 1, 30), AVG(out_value_str("b"), 1, 20));
	CHECK_STR(print_map(&m, OUTPUT_TEXT, 2, 10), "@[c]: 3\n@[d]: 4\n");
	CHECK_STR(print_map(&m, OUTPUT_TEXT, 10, 10), "@[a]: 1\n@[b]: 2\n@[c]: 3\n@[d]: 4\n");
	CHECK_STR(print_map(&m, OUTPUT_JSON, 2, 10),
		  "{\"type\": \"stats\", \"data\": {\"@\": {\"c\": 3, \"d\": 4}}}\n");
	CHECK_STR(print_map(&m, OUTPUT_JSON, 10, 10),
		  "{\"type\": \"stats\", \"data\": {\"@\": {\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4}}}\n");
}

/* tests/runtime/outputs/stats.json (stats(2), stats(10)) and
 * stats_multiple.json. */
UNIT_TEST(map_stats_json)
{
	struct map_view one = VIEW("@stats", MAP_STATS, AVG({ 0 }, 2, 12));
	one.scalar = true;
	CHECK_STR(json(&one), "{\"type\": \"stats\", \"data\": {\"@stats\": "
			      "{\"count\": 2, \"average\": 6, \"total\": 12}}}\n");
	struct map_view two = VIEW("@stats", MAP_STATS, AVG(out_value_str("zsh"), 1, 10),
				   AVG(out_value_str("curl"), 1, 2));
	CHECK_STR(json(&two), "{\"type\": \"stats\", \"data\": {\"@stats\": "
			      "{\"curl\": {\"count\": 1, \"average\": 2, \"total\": 2}, "
			      "\"zsh\": {\"count\": 1, \"average\": 10, \"total\": 10}}}}\n");
}

/* tests/runtime/other per_cpu_map_as_map_key ("@[1, 5, 1, 10, 7]: 1") and
 * tests/runtime/outputs/complex.json (@complex[comm, 2] = 5). */
UNIT_TEST(map_tuple_keys)
{
	struct out_value k1[] = { out_value_uint(1), out_value_int(5), out_value_int(1),
				  out_value_int(10), out_value_int(7) };
	struct map_view m = VIEW("@", MAP_PLAIN, PLAIN(out_value_tuple(k1, 5), out_value_int(1)));
	CHECK_STR(text(&m), "@[1, 5, 1, 10, 7]: 1\n");
	struct out_value k2[] = { out_value_str("bpftrace"), out_value_int(2) };
	struct map_view c = VIEW("@complex", MAP_PLAIN, PLAIN(out_value_tuple(k2, 2), out_value_int(5)));
	CHECK_STR(text(&c), "@complex[bpftrace, 2]: 5\n");
	CHECK_STR(json(&c), "{\"type\": \"map\", \"data\": {\"@complex\": {\"bpftrace,2\": 5}}}\n");
}

/* tests/runtime/outputs/map.json, scalar.json and multiple_maps.ndjson. */
UNIT_TEST(map_json_plain)
{
	struct map_view m = VIEW("@map", MAP_PLAIN, PLAIN(out_value_str("key2"), out_value_int(3)),
				 PLAIN(out_value_str("key1"), out_value_int(2)));
	CHECK_STR(json(&m), "{\"type\": \"map\", \"data\": {\"@map\": {\"key1\": 2, \"key2\": 3}}}\n");
	struct map_view s = VIEW("@scalar", MAP_PLAIN, PLAIN({ 0 }, out_value_int(5)));
	s.scalar = true;
	CHECK_STR(json(&s), "{\"type\": \"map\", \"data\": {\"@scalar\": 5}}\n");
	struct map_view m1 = VIEW("@map1", MAP_PLAIN, PLAIN(out_value_str("key1"), out_value_int(2)));
	struct map_view m2 = VIEW("@map2", MAP_PLAIN, PLAIN(out_value_str("key2"), out_value_int(3)));
	strbuf_reset(&out);
	map_print(&out, &m1, OUTPUT_JSON, 0, 0);
	map_print(&out, &m2, OUTPUT_JSON, 0, 0);
	CHECK_STR(strbuf_str(&out), "{\"type\": \"map\", \"data\": {\"@map1\": {\"key1\": 2}}}\n"
				    "{\"type\": \"map\", \"data\": {\"@map2\": {\"key2\": 3}}}\n");
}

/* tests/runtime/outputs/scalar_str.json ("a b \n d e") and
 * tests/runtime/json-output print_hex_values (a pointer is a number). */
UNIT_TEST(map_json_strings_and_pointers)
{
	struct map_view s = VIEW("@scalar_str", MAP_PLAIN, PLAIN({ 0 }, out_value_str("a b \n d e")));
	s.scalar = true;
	CHECK_STR(json(&s), "{\"type\": \"map\", \"data\": {\"@scalar_str\": \"a b \\n d e\"}}\n");
	struct map_view p = VIEW("@", MAP_PLAIN, PLAIN({ 0 }, out_value_pointer(0x32)));
	p.scalar = true;
	CHECK_STR(json(&p), "{\"type\": \"map\", \"data\": {\"@\": 50}}\n");
	CHECK_STR(text(&p), "@: 0x32\n");
}

/* tests/runtime/outputs/hist_2_values.txt: a scalar histogram is printed
 * under its name and followed by an empty line. */
UNIT_TEST(map_scalar_hist_text)
{
	uint64_t buckets[65] = { 0 };
	buckets[hist_bucket_index(2, 0)] = 1;
	buckets[hist_bucket_index(20, 0)] = 1;
	struct map_view m = VIEW("@", MAP_HIST, { .hist = { buckets, 65 } });
	m.scalar = true;
	CHECK_STR(text(&m),
		"@:\n"
		"[2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[4, 8)                 0 |                                                    |\n"
		"[8, 16)                0 |                                                    |\n"
		"[16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"\n");
}

/* docs/stdlib.md socket_cookie: one histogram per key, each under its key,
 * the one with fewer values first. */
UNIT_TEST(map_keyed_hist_text)
{
	uint64_t small[65] = { 0 }, big[65] = { 0 };
	small[hist_bucket_index(32, 0)] = 4;
	big[hist_bucket_index(32, 0)] = 4;
	big[hist_bucket_index(64, 0)] = 1;
	big[hist_bucket_index(256, 0)] = 1;
	big[hist_bucket_index(2048, 0)] = 1;
	struct map_view m = VIEW("@psize", MAP_HIST,
				 { .key = out_value_uint(504), .hist = { big, 65 } },
				 { .key = out_value_uint(65551), .hist = { small, 65 } });
	CHECK_STR(text(&m),
		"@psize[65551]:\n"
		"[32, 64)               4 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"\n"
		"@psize[504]:\n"
		"[32, 64)               4 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[64, 128)              1 |@@@@@@@@@@@@@                                       |\n"
		"[128, 256)             0 |                                                    |\n"
		"[256, 512)             1 |@@@@@@@@@@@@@                                       |\n"
		"[512, 1K)              0 |                                                    |\n"
		"[1K, 2K)               0 |                                                    |\n"
		"[2K, 4K)               1 |@@@@@@@@@@@@@                                       |\n"
		"\n");
}

/* tests/runtime/json-output print_hist_with_top_arg and
 * print_hist_with_large_top_arg: @[1] = hist(10), @[2] = hist(20), @[3] = hist(30). */
UNIT_TEST(map_keyed_hist_json_with_top)
{
	uint64_t b1[65] = { 0 }, b2[65] = { 0 }, b3[65] = { 0 };
	b1[hist_bucket_index(10, 0)] = 1;
	b2[hist_bucket_index(20, 0)] = 1;
	b3[hist_bucket_index(30, 0)] = 1;
	struct map_view m = VIEW("@", MAP_HIST, { .key = out_value_int(3), .hist = { b3, 65 } },
				 { .key = out_value_int(1), .hist = { b1, 65 } },
				 { .key = out_value_int(2), .hist = { b2, 65 } });
	CHECK_STR(print_map(&m, OUTPUT_JSON, 2, 0),
		  "{\"type\": \"hist\", \"data\": {\"@\": {\"2\": [{\"min\": 16, \"max\": 31, \"count\": 1}], "
		  "\"3\": [{\"min\": 16, \"max\": 31, \"count\": 1}]}}}\n");
	CHECK_STR(print_map(&m, OUTPUT_JSON, 10, 0),
		  "{\"type\": \"hist\", \"data\": {\"@\": {\"1\": [{\"min\": 8, \"max\": 15, \"count\": 1}], "
		  "\"2\": [{\"min\": 16, \"max\": 31, \"count\": 1}], "
		  "\"3\": [{\"min\": 16, \"max\": 31, \"count\": 1}]}}}\n");
}

/* tests/runtime/outputs/hist_zero.json and lhist_zero.json: a zeroed
 * histogram is an empty list. */
UNIT_TEST(map_zeroed_hist_json)
{
	uint64_t zeros[65] = { 0 };
	struct map_view h = VIEW("@hist", MAP_HIST, { .hist = { zeros, 65 } });
	h.scalar = true;
	CHECK_STR(json(&h), "{\"type\": \"hist\", \"data\": {\"@hist\": []}}\n");
	CHECK_STR(text(&h), "@hist:\n\n");
	struct map_view l = VIEW("@h", MAP_LHIST, { .hist = { zeros, 12 } });
	l.scalar = true;
	l.shape = (struct hist_shape){ .kind = HIST_LINEAR, .min = 0, .max = 100, .step = 10 };
	CHECK_STR(json(&l), "{\"type\": \"hist\", \"data\": {\"@h\": []}}\n");
}

/* tests/runtime/outputs/lhist_multiple.json: keyed lhists, the one with
 * fewer values first. */
UNIT_TEST(map_keyed_lhist_json)
{
	uint64_t bpftrace[12] = { 0 }, curl[12] = { 0 };
	bpftrace[lhist_bucket_index(2, 0, 100, 10)]++;
	bpftrace[lhist_bucket_index(1000, 0, 100, 10)]++;
	curl[lhist_bucket_index(50, 0, 100, 10)]++;
	struct map_view m = VIEW("@stats", MAP_LHIST,
				 { .key = out_value_str("bpftrace"), .hist = { bpftrace, 12 } },
				 { .key = out_value_str("curl"), .hist = { curl, 12 } });
	m.shape = (struct hist_shape){ .kind = HIST_LINEAR, .min = 0, .max = 100, .step = 10 };
	CHECK_STR(json(&m),
		  "{\"type\": \"hist\", \"data\": {\"@stats\": {\"curl\": "
		  "[{\"min\": 50, \"max\": 59, \"count\": 1}], \"bpftrace\": "
		  "[{\"min\": 0, \"max\": 9, \"count\": 1},{\"min\": 10, \"max\": 19, \"count\": 0},"
		  "{\"min\": 20, \"max\": 29, \"count\": 0},{\"min\": 30, \"max\": 39, \"count\": 0},"
		  "{\"min\": 40, \"max\": 49, \"count\": 0},{\"min\": 50, \"max\": 59, \"count\": 0},"
		  "{\"min\": 60, \"max\": 69, \"count\": 0},{\"min\": 70, \"max\": 79, \"count\": 0},"
		  "{\"min\": 80, \"max\": 89, \"count\": 0},{\"min\": 90, \"max\": 99, \"count\": 0},"
		  "{\"min\": 100, \"count\": 1}]}}}\n");
}

/* tests/runtime/other: enum symbolization in keys and values, and
 * tests/runtime/json-output enum_not_symbolized (JSON keeps the number). */
UNIT_TEST(map_enum_keys_and_values)
{
	struct map_view m = VIEW("@", MAP_PLAIN,
				 PLAIN(out_value_symbol("TWO", 2), out_value_int(22)),
				 PLAIN(out_value_symbol("ONE", 1), out_value_int(11)));
	CHECK_STR(text(&m), "@[ONE]: 11\n@[TWO]: 22\n");
	struct out_value k[] = { out_value_symbol("ONE", 1), out_value_symbol("TWO", 2),
				 out_value_symbol("ONE", 1) };
	struct map_view t = VIEW("@", MAP_PLAIN, PLAIN(out_value_tuple(k, 3), out_value_int(-1)));
	CHECK_STR(text(&t), "@[ONE, TWO, ONE]: -1\n");
	struct map_view v = VIEW("@", MAP_PLAIN, PLAIN({ 0 }, out_value_symbol("FOO", 333)));
	v.scalar = true;
	CHECK_STR(text(&v), "@: FOO\n");
	CHECK_STR(json(&v), "{\"type\": \"map\", \"data\": {\"@\": 333}}\n");
	struct out_value tv[] = { out_value_symbol("ONE", 1), out_value_symbol("TWO", 2) };
	struct map_view tuple = VIEW("@", MAP_PLAIN, PLAIN({ 0 }, out_value_tuple(tv, 2)));
	tuple.scalar = true;
	CHECK_STR(text(&tuple), "@: (ONE, TWO)\n");
}

/* tests/runtime/map "uint64 key" and tests/runtime/call buf_map_key,
 * buf_map_multikey, buf_map_value. */
UNIT_TEST(map_unsigned_and_buffer_keys)
{
	struct map_view u = VIEW("@a", MAP_PLAIN, PLAIN(out_value_uint(UINT64_MAX), out_value_int(0)));
	CHECK_STR(text(&u), "@a[18446744073709551615]: 0\n");
	struct map_view b = VIEW("@", MAP_PLAIN, PLAIN(out_value_buffer("ok_key", 6), out_value_int(1)));
	CHECK_STR(text(&b), "@[ok_key]: 1\n");
	struct out_value k[] = { out_value_buffer("ok_key\0\0", 8), out_value_int(1) };
	struct map_view bk = VIEW("@", MAP_PLAIN, PLAIN(out_value_tuple(k, 2), out_value_int(1)));
	CHECK_STR(text(&bk), "@[ok_key\\x00\\x00, 1]: 1\n");
	struct map_view bv = VIEW("@", MAP_PLAIN, PLAIN({ 0 }, out_value_buffer("ok_value", 8)));
	bv.scalar = true;
	CHECK_STR(text(&bv), "@: ok_value\n");
}

/* bpftrace types_format.cpp format(): maps whose values are not integers
 * print in key order: integers as numbers, strings bytewise, tuples field
 * by field. */
UNIT_TEST(map_sorted_by_key_when_values_are_not_integers)
{
	struct map_view m = VIEW("@", MAP_PLAIN,
				 PLAIN(out_value_int(3), out_value_str("c")),
				 PLAIN(out_value_int(-1), out_value_str("z")),
				 PLAIN(out_value_int(2), out_value_str("a")));
	CHECK_STR(text(&m), "@[-1]: z\n@[2]: a\n@[3]: c\n");
	struct out_value k1[] = { out_value_str("b"), out_value_int(1) };
	struct out_value k2[] = { out_value_str("a"), out_value_int(2) };
	struct out_value k3[] = { out_value_str("a"), out_value_int(1) };
	struct out_value k4[] = { out_value_str("ab"), out_value_int(0) };
	struct map_view t = VIEW("@", MAP_PLAIN,
				 PLAIN(out_value_tuple(k1, 2), out_value_str("x")),
				 PLAIN(out_value_tuple(k2, 2), out_value_str("x")),
				 PLAIN(out_value_tuple(k3, 2), out_value_str("x")),
				 PLAIN(out_value_tuple(k4, 2), out_value_str("x")));
	CHECK_STR(text(&t), "@[a, 1]: x\n@[a, 2]: x\n@[ab, 0]: x\n@[b, 1]: x\n");
}

/* bpftrace types_format.cpp format(): min and max maps are sorted by their
 * value read as unsigned, even when signed, so negative values come last. */
UNIT_TEST(map_min_sorts_as_unsigned)
{
	struct map_view m = VIEW("@m", MAP_MIN, NUM(out_value_str("neg"), -5),
				 NUM(out_value_str("big"), 300), NUM(out_value_str("small"), 3));
	m.is_signed = true;
	CHECK_STR(text(&m), "@m[small]: 3\n@m[big]: 300\n@m[neg]: -5\n");
}

/* bpftrace types_format.cpp format(): sums sort by their signed value and
 * print()'s div divides them (and count values). */
UNIT_TEST(map_sum_and_count_with_div)
{
	struct map_view s = VIEW("@s", MAP_SUM, NUM(out_value_str("a"), 95),
				 NUM(out_value_str("b"), -40), NUM(out_value_str("c"), 7));
	s.is_signed = true;
	CHECK_STR(print_map(&s, OUTPUT_TEXT, 0, 10), "@s[b]: -4\n@s[c]: 0\n@s[a]: 9\n");
	struct map_view c = VIEW("@c", MAP_COUNT, NUM(out_value_str("x"), 1234));
	CHECK_STR(print_map(&c, OUTPUT_JSON, 0, 100),
		  "{\"type\": \"map\", \"data\": {\"@c\": {\"x\": 12}}}\n");
}

/* bpftrace output/json.cpp: empty maps print nothing (text prints no
 * entries either). */
UNIT_TEST(map_empty_prints_nothing)
{
	struct map_view m = { .name = "@", .agg = MAP_COUNT };
	CHECK_STR(text(&m), "");
	CHECK_STR(json(&m), "");
}

/* bpftrace output/json.cpp: object keys are the text key without spaces;
 * values beyond 2^53 become strings (RFC 8259, as its comment says). */
UNIT_TEST(map_json_keys_and_big_numbers)
{
	struct map_view m = VIEW("@", MAP_SUM, NUM(out_value_str("a \"q\" b"), INT64_MAX));
	m.is_signed = true;
	CHECK_STR(json(&m), "{\"type\": \"map\", \"data\": {\"@\": "
			    "{\"a\\\"q\\\"b\": \"9223372036854775807\"}}}\n");
}
