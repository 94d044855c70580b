/* Output events and the text/JSON forms of values (src/runtime/output.c,
 * out_value.c, json.c). Expected output is copied from bpftrace's tests and
 * docs, cited on each test. */
#include "runtime/output.h"
#include "unit.h"

static struct strbuf out = STRBUF_INIT;

static const char *value_text(struct out_value v)
{
	strbuf_reset(&out);
	output_value(&out, OUTPUT_TEXT, &v);
	return strbuf_str(&out);
}

static const char *value_json(struct out_value v)
{
	strbuf_reset(&out);
	output_value(&out, OUTPUT_JSON, &v);
	return strbuf_str(&out);
}

static const char *event(enum output_mode mode, enum output_event e, const char *s)
{
	strbuf_reset(&out);
	output_event(&out, mode, e, s, strlen(s));
	return strbuf_str(&out);
}

/* tests/runtime/json-output printf and printf_escaping. */
UNIT_TEST(output_printf_json)
{
	CHECK_STR(event(OUTPUT_JSON, OUTPUT_PRINTF, "test 5"),
		  "{\"type\": \"printf\", \"data\": \"test 5\"}\n");
	CHECK_STR(event(OUTPUT_JSON, OUTPUT_PRINTF, "test \r \n \t \\ \" bar"),
		  "{\"type\": \"printf\", \"data\": \"test \\r \\n \\t \\\\ \\\" bar\"}\n");
	CHECK_STR(event(OUTPUT_TEXT, OUTPUT_PRINTF, "hi!\n"), "hi!\n");
}

/* tests/runtime/json-output syscall, join_delim, time and cat; bpftrace
 * output/text.cpp: join and system output end with a newline in text. */
UNIT_TEST(output_string_events)
{
	CHECK_STR(event(OUTPUT_JSON, OUTPUT_SYSCALL, "a b c\n"),
		  "{\"type\": \"syscall\", \"data\": \"a b c\\n\"}\n");
	CHECK_STR(event(OUTPUT_JSON, OUTPUT_JOIN, "/bin/echo,'A'"),
		  "{\"type\": \"join\", \"data\": \"/bin/echo,'A'\"}\n");
	CHECK_STR(event(OUTPUT_JSON, OUTPUT_TIME, "10:41:46\n"),
		  "{\"type\": \"time\", \"data\": \"10:41:46\\n\"}\n");
	CHECK_STR(event(OUTPUT_JSON, OUTPUT_CAT, "1.5 2.5\n"),
		  "{\"type\": \"cat\", \"data\": \"1.5 2.5\\n\"}\n");
	CHECK_STR(event(OUTPUT_TEXT, OUTPUT_JOIN, "/bin/echo A"), "/bin/echo A\n");
	CHECK_STR(event(OUTPUT_TEXT, OUTPUT_TIME, "10:41:46 "), "10:41:46 ");
}

/* tests/runtime/json-output "attached probes"; docs/stdlib.md system
 * ("Attached 3 probes") and tests/runtime/other ("Attached 1 probe"). */
UNIT_TEST(output_attached_probes)
{
	strbuf_reset(&out);
	output_attached_probes(&out, OUTPUT_JSON, 1);
	CHECK_STR(strbuf_str(&out), "{\"type\": \"attached_probes\", \"count\": 1, \"data\": {\"probes\": 1}}\n");
	strbuf_reset(&out);
	output_attached_probes(&out, OUTPUT_TEXT, 1);
	output_attached_probes(&out, OUTPUT_TEXT, 3);
	CHECK_STR(strbuf_str(&out), "Attached 1 probe\nAttached 3 probes\n");
}

/* bpftrace output/json.cpp lost_events (count and data, like
 * attached_probes) and output/text.cpp ("Lost N events"). */
UNIT_TEST(output_lost_events)
{
	strbuf_reset(&out);
	output_lost_events(&out, OUTPUT_JSON, 67190);
	CHECK_STR(strbuf_str(&out), "{\"type\": \"lost_events\", \"count\": 67190, \"data\": {\"events\": 67190}}\n");
	strbuf_reset(&out);
	output_lost_events(&out, OUTPUT_TEXT, 3);
	CHECK_STR(strbuf_str(&out), "Lost 3 events\n");
}

/* docs/stdlib.md tseries examples: "Attached 2 probes", two empty lines,
 * then the maps; JSON prints nothing (output/json.cpp end()). */
UNIT_TEST(output_end_of_tracing)
{
	strbuf_reset(&out);
	output_end(&out, OUTPUT_TEXT);
	CHECK_STR(strbuf_str(&out), "\n\n");
	strbuf_reset(&out);
	output_end(&out, OUTPUT_JSON);
	CHECK_STR(strbuf_str(&out), "");
}

/* tests/runtime/json-output print_non_map, strerror, print_non_map_tuple,
 * tuple, print bool type. */
UNIT_TEST(output_value_json)
{
	CHECK_STR(value_json(out_value_int(5)), "{\"type\": \"value\", \"data\": 5}\n");
	CHECK_STR(value_json(out_value_str("Argument list too long")),
		  "{\"type\": \"value\", \"data\": \"Argument list too long\"}\n");
	struct out_value t[] = { out_value_int(1), out_value_int(2), out_value_str("string") };
	CHECK_STR(value_json(out_value_tuple(t, 3)), "{\"type\": \"value\", \"data\": [1,2,\"string\"]}\n");
	struct out_value inner[] = { out_value_int(4), out_value_int(5) };
	struct out_value nested[] = { out_value_int(1), out_value_int(2), out_value_str("string"),
				      out_value_tuple(inner, 2) };
	CHECK_STR(value_json(out_value_tuple(nested, 4)),
		  "{\"type\": \"value\", \"data\": [1,2,\"string\",[4,5]]}\n");
	struct out_value b[] = { out_value_bool(true), out_value_bool(false) };
	CHECK_STR(value_json(out_value_tuple(b, 2)), "{\"type\": \"value\", \"data\": [true,false]}\n");
}

/* tests/runtime/json-output print_non_map_struct, print_non_map_nested_struct,
 * "none type" (a union member bpftrace cannot read is null) and
 * tuple_with_escaped_string. */
UNIT_TEST(output_struct_json)
{
	static const char *const mn[] = { "m", "n" };
	struct out_value f[] = { out_value_int(2), out_value_int(3) };
	CHECK_STR(value_json(out_value_record(f, mn, 2)),
		  "{\"type\": \"value\", \"data\": {\"m\": 2, \"n\": 3}}\n");
	static const char *const yname[] = { "m" }, *const aname[] = { "n" }, *const ya[] = { "y", "a" };
	struct out_value arr[] = { out_value_int(2) };
	struct out_value ym[] = { out_value_array(arr, 1) };
	struct out_value an[] = { out_value_int(3) };
	struct out_value top[] = { out_value_record(ym, yname, 1), out_value_record(an, aname, 1) };
	CHECK_STR(value_json(out_value_record(top, ya, 2)),
		  "{\"type\": \"value\", \"data\": {\"y\": {\"m\": [2]}, \"a\": {\"n\": 3}}}\n");
	static const char *const fi[] = { "i", "f" };
	struct out_value u[] = { out_value_int(5), { .kind = OV_NONE } };
	CHECK_STR(value_json(out_value_record(u, fi, 2)),
		  "{\"type\": \"value\", \"data\": {\"i\": 5, \"f\": null}}\n");
	struct out_value q[] = { out_value_int(1), out_value_str("string with \"quotes\"") };
	CHECK_STR(value_json(out_value_tuple(q, 2)),
		  "{\"type\": \"value\", \"data\": [1,\"string with \\\"quotes\\\"\"]}\n");
}

/* tests/runtime/call print_non_map_tuple, print_non_map_array,
 * print_non_map_multi_dimensional_array, print_non_map_struct;
 * tests/runtime/other ternary_tuple. */
UNIT_TEST(output_value_text)
{
	struct out_value t[] = { out_value_int(1), out_value_int(2), out_value_str("string") };
	CHECK_STR(value_text(out_value_tuple(t, 3)), "(1, 2, string)\n");
	struct out_value a[] = { out_value_int(1), out_value_int(2), out_value_int(3), out_value_int(4) };
	CHECK_STR(value_text(out_value_array(a, 4)), "[1,2,3,4]\n");
	struct out_value r0[] = { out_value_int(5), out_value_int(6) };
	struct out_value r1[] = { out_value_int(7), out_value_int(8) };
	struct out_value rows[] = { out_value_array(r0, 2), out_value_array(r1, 2) };
	CHECK_STR(value_text(out_value_array(rows, 2)), "[[5,6],[7,8]]\n");
	static const char *const mn[] = { "m", "n" };
	struct out_value f[] = { out_value_int(2), out_value_int(3) };
	CHECK_STR(value_text(out_value_record(f, mn, 2)), "{ .m = 2, .n = 3 }\n");
	struct out_value s[] = { out_value_str("hellolongstr"), out_value_str("a") };
	CHECK_STR(value_text(out_value_tuple(s, 2)), "(hellolongstr, a)\n");
	CHECK_STR(value_text(out_value_str("bpftrace")), "bpftrace\n");
	CHECK_STR(value_text(out_value_buffer("hi", 2)), "hi\n");
}

/* bpftrace output/text.cpp: named tuples print their names, empty structs
 * print {}, bool as true/false. */
UNIT_TEST(output_named_tuple_and_empty_struct_text)
{
	static const char *const xy[] = { "x", "y" };
	struct out_value v[] = { out_value_int(1), out_value_str("a") };
	CHECK_STR(value_text(out_value_named_tuple(v, xy, 2)), "(x = 1, y = a)\n");
	CHECK_STR(value_json(out_value_named_tuple(v, xy, 2)),
		  "{\"type\": \"value\", \"data\": {\"x\": 1, \"y\": \"a\"}}\n");
	CHECK_STR(value_text(out_value_record(NULL, NULL, 0)), "{}\n");
	CHECK_STR(value_text(out_value_bool(false)), "false\n");
}

/* bpftrace output/json.cpp: control bytes become \u00XX; integers a double
 * cannot hold exactly become strings; buffers are lists of signed bytes. */
UNIT_TEST(output_json_escapes_numbers_and_buffers)
{
	CHECK_STR(value_json(out_value_str("\x01\x1f")),
		  "{\"type\": \"value\", \"data\": \"\\u0001\\u001f\"}\n");
	CHECK_STR(value_json(out_value_uint(UINT64_MAX)),
		  "{\"type\": \"value\", \"data\": \"18446744073709551615\"}\n");
	CHECK_STR(value_json(out_value_uint(1ULL << 63)),
		  "{\"type\": \"value\", \"data\": 9223372036854775808}\n");
	CHECK_STR(value_json(out_value_int(-(1LL << 53) - 1)),
		  "{\"type\": \"value\", \"data\": \"-9007199254740993\"}\n");
	CHECK_STR(value_json(out_value_buffer("hi\xff", 3)),
		  "{\"type\": \"value\", \"data\": [104,105,-1]}\n");
}
