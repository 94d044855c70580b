/* printf format strings (src/runtime/printf_format.c). Expected strings come
 * from bpftrace's own tests and docs, cited on each test; "C printf" marks
 * cases where bpftrace's docs promise C's behaviour ("It behaves similar to
 * printf() found in C", docs/stdlib.md printf). */
#include <errno.h>

#include "runtime/printf_format.h"
#include "unit.h"

static struct strbuf out = STRBUF_INIT;

/* Parses `fmt`, renders it with `args` and returns the text. */
static const char *render(const char *fmt, const struct out_value *args, size_t nargs)
{
	struct printf_format f;
	struct printf_error err;
	strbuf_reset(&out);
	if (printf_format_parse(&f, fmt, strlen(fmt), &err)) {
		unit_fail(__FILE__, __LINE__, "parsing \"%s\": %s", fmt, err.message);
		return "";
	}
	printf_format_render(&out, &f, args, nargs);
	printf_format_free(&f);
	return strbuf_str(&out);
}

#define RENDER(fmt, ...)                                                          \
	render(fmt, (const struct out_value[]){ __VA_ARGS__ },                        \
	       sizeof((const struct out_value[]){ __VA_ARGS__ }) / sizeof(struct out_value))

/* tests/runtime/call: printf_argument. */
UNIT_TEST(printf_integer_followed_by_letters)
{
	CHECK_STR(RENDER("value: %dms100\n", out_value_int(100)), "value: 100ms100\n");
	CHECK_STR(render("hi!\n", NULL, 0), "hi!\n");
}

/* tests/runtime/call: printf_more_arguments. */
UNIT_TEST(printf_mixed_integers_and_strings)
{
	CHECK_STR(RENDER("%dst: %sa; %dnd: %sb;; %drd: %sc;;; %dth: %sd;;;;\n",
			 out_value_int(1), out_value_str("a"), out_value_int(2), out_value_str("ab"),
			 out_value_int(3), out_value_str("abc"), out_value_int(4), out_value_str("abcd")),
		  "1st: aa; 2nd: abb;; 3rd: abcc;;; 4th: abcdd;;;;\n");
}

/* tests/runtime/call: printf_length_modifiers. */
UNIT_TEST(printf_length_modifiers_narrow_the_value)
{
	struct out_value x = out_value_int(0x12345678abcdefLL);
	CHECK_STR(RENDER("%hhx %hx %x %jx\n", x, x, x, x), "ef cdef 78abcdef 12345678abcdef\n");
}

/* tests/runtime/call: printf_llu; tests/runtime/other: positional unsigned hex. */
UNIT_TEST(printf_64_bit_conversions)
{
	CHECK_STR(RENDER("Elapsed time: %llus\n", out_value_uint(1)), "Elapsed time: 1s\n");
	CHECK_STR(RENDER("%lu", out_value_uint(UINT64_MAX)), "18446744073709551615");
	CHECK_STR(RENDER("%lld", out_value_int(-5000000000LL)), "-5000000000");
}

/* C printf: without a length letter %d takes an int, as bpftrace's
 * format_string.cpp casts it (as_signed_integer<long long, int>). */
UNIT_TEST(printf_plain_d_takes_32_bits)
{
	CHECK_STR(RENDER("%d", out_value_uint(5000000000ULL)), "705032704");
	CHECK_STR(RENDER("%d", out_value_int(-1)), "-1");
	CHECK_STR(RENDER("%u", out_value_int(-1)), "4294967295");
	CHECK_STR(RENDER("%hhd", out_value_int(200)), "-56");
}

/* tests/runtime/call: printf_char. */
UNIT_TEST(printf_char)
{
	CHECK_STR(RENDER("%c%c%c%c\n", out_value_int(0x41), out_value_int(0x42),
			 out_value_int(0x43), out_value_int(0x44)), "ABCD\n");
	CHECK_STR(RENDER("[%3c|%-3c]", out_value_int('x'), out_value_int('y')), "[  x|y  ]");
}

/* tests/runtime/other: positional multiple bases (123, 0775, 0x123). */
UNIT_TEST(printf_octal_and_hex)
{
	CHECK_STR(RENDER("got: %d %o 0x%x\n", out_value_int(123), out_value_int(0775),
			 out_value_int(0x123)), "got: 123 775 0x123\n");
	CHECK_STR(RENDER("%X %#x %#o", out_value_int(0xabc), out_value_int(255), out_value_int(8)),
		  "ABC 0xff 010");
}

/* ajor/bpftrace PR #22 "support printf() format widths" (the example output). */
UNIT_TEST(printf_widths_and_left_alignment)
{
	CHECK_STR(RENDER("%-8s %8s %s\n", out_value_str("TID"), out_value_str("PID"),
			 out_value_str("COMM")), "TID           PID COMM\n");
	CHECK_STR(RENDER("%-8d %8d %s\n", out_value_int(3669), out_value_int(3645),
			 out_value_str("mysqld")), "3669         3645 mysqld\n");
}

/* bpftrace issue #4501 and PR #4510 "Add 0 flag for printf": %02hhx of 2 is
 * "02", as in C. */
UNIT_TEST(printf_zero_flag_pads_with_zeros)
{
	CHECK_STR(RENDER(":%02hhx:\n", out_value_uint(2)), ":02:\n");
	CHECK_STR(RENDER("%05d|%-5d|%+d|% d", out_value_int(42), out_value_int(42),
			 out_value_int(7), out_value_int(7)), "00042|42   |+7| 7");
}

/* bpftrace issue #3791: "%10s %10.3s" of "hello", "jello". */
UNIT_TEST(printf_string_precision_truncates)
{
	CHECK_STR(RENDER("%10s %10.3s\n", out_value_str("hello"), out_value_str("jello")),
		  "     hello        jel\n");
}

/* tests/runtime/call: buf (the first bytes of each buffer) and docs/stdlib.md
 * buf: %r keeps printable ASCII and writes other bytes as \xNN. */
UNIT_TEST(printf_r_buffer)
{
	static const char bytes[] = { 9, 8, 7, 6 };
	static const char avenrun[] = { 0, 3, 0, 0, 0, 0, 0, 0 };
	CHECK_STR(RENDER("P: %r\n", out_value_buffer(bytes, 4)), "P: \\x09\\x08\\x07\\x06\n");
	CHECK_STR(RENDER("%r", out_value_buffer(avenrun, 8)), "\\x00\\x03\\x00\\x00\\x00\\x00\\x00\\x00");
	CHECK_STR(RENDER("%r", out_value_buffer("ok_key\0\0", 8)), "ok_key\\x00\\x00");
}

/* tests/runtime/call: buf_no_ascii and buf_no_ascii_no_escaping. */
UNIT_TEST(printf_rx_and_rh_buffers)
{
	struct out_value hello = out_value_buffer("Hello\0", 6);
	CHECK_STR(RENDER("%rx", hello), "\\x48\\x65\\x6c\\x6c\\x6f\\x00");
	CHECK_STR(RENDER("%rh", hello), "48 65 6c 6c 6f 00");
}

/* tests/runtime/json-output: enum_symbolized_printf; docs/stdlib.md printf
 * ("6, SKB_DROP_REASON_SOCKET_FILTER, CUSTOM_ENUM"). */
UNIT_TEST(printf_enum_by_name_and_number)
{
	struct out_value one = out_value_symbol("ONE", 1), other = out_value_symbol("OTHER", 99999);
	CHECK_STR(RENDER("%d %s %d %s\n", one, one, other, other), "1 ONE 99999 OTHER\n");
}

/* bpftrace format_string.cpp: %s prints any value in its text form
 * (as_string); tuples as in tests/runtime/call print_non_map_tuple. */
UNIT_TEST(printf_s_of_any_value)
{
	struct out_value items[] = { out_value_int(1), out_value_int(2), out_value_str("string") };
	CHECK_STR(RENDER("%s|%s|%s", out_value_int(-3), out_value_bool(true),
			 out_value_tuple(items, 3)), "-3|true|(1, 2, string)");
}

/* tests/runtime/other: map_assign_map_ptr expects 0x[0-9a-f]+ for %p; a
 * null pointer is "0", as the C++ stream bpftrace prints through writes it. */
UNIT_TEST(printf_pointer)
{
	CHECK_STR(RENDER("%p %p", out_value_pointer(0xffff8881234abcd0ULL), out_value_pointer(0)),
		  "0xffff8881234abcd0 0");
	CHECK_STR(RENDER("[%8p]", out_value_pointer(0x1a)), "[    0x1a]");
}

/* C printf, and bpftrace's parser (format_string.cpp): "%%" is '%'; a '%'
 * that starts no conversion is left as it is. "% s" does start one: the
 * space is a flag, as in C. */
UNIT_TEST(printf_percent_literals)
{
	CHECK_STR(RENDER("%d%% done, 100%! %y\n", out_value_int(50)), "50% done, 100%! %y\n");
	CHECK_STR(render("%", NULL, 0), "%");
	CHECK_STR(RENDER("100% sure", out_value_str("X")), "100Xure");
}

/* bpftrace format_string.cpp format(): a value a conversion cannot take is
 * shown in place as !{...}. */
UNIT_TEST(printf_invalid_integer_conversion_is_embedded)
{
	CHECK_STR(RENDER("[%d]", out_value_str("hello")), "[!{invalid integer conversion: hello}]");
}

/* bpftrace format_string.cpp check(): floating point and %n are refused with
 * "unsupported format specifier: f". */
UNIT_TEST(printf_parse_refuses_unsupported_conversions)
{
	struct printf_format f;
	struct printf_error err;
	const char *fmt = "x=%d y=%5.2f\n";
	CHECK_INT(printf_format_parse(&f, fmt, strlen(fmt), &err), -EINVAL);
	CHECK_STR(err.message, "unsupported format specifier: f");
	CHECK_INT(err.offset, 7);
	CHECK_INT(err.len, 5);
	CHECK_INT(printf_format_parse(&f, "%n", 2, &err), -EINVAL);
	CHECK_STR(err.message, "unsupported format specifier: n");
	CHECK_INT(printf_format_parse(&f, "ab %*d", 6, &err), -EINVAL);
	CHECK_INT(err.offset, 3);
}

/* bpftrace format_string.cpp check(): the argument count messages. */
UNIT_TEST(printf_argument_count_messages)
{
	struct printf_format f;
	struct printf_error err;
	const char *fmt = "%d %s\n";
	CHECK_INT(printf_format_parse(&f, fmt, strlen(fmt), &err), 0);
	CHECK_INT(f.nspecs, 2);
	CHECK_INT(printf_format_check_count(&f, 2, &err), 0);
	CHECK_INT(printf_format_check_count(&f, 1, &err), -EINVAL);
	CHECK_STR(err.message, "not enough arguments for format string (1 supplied, 2 expected)");
	CHECK_INT(err.len, 6);
	CHECK_INT(printf_format_check_count(&f, 3, &err), -EINVAL);
	CHECK_STR(err.message, "too many arguments for format string (3 supplied, 2 expected)");
	printf_format_free(&f);
}

/* bpftrace format_string.cpp check(): which values each conversion takes. */
UNIT_TEST(printf_spec_details_for_the_type_checker)
{
	struct printf_format f;
	struct printf_error err;
	const char *fmt = "%-08.3lld %s %rh %c %%";
	CHECK_INT(printf_format_parse(&f, fmt, strlen(fmt), &err), 0);
	CHECK_INT(f.nspecs, 4);
	CHECK_INT(f.specs[0].conv, PRINTF_SIGNED);
	CHECK_INT(f.specs[0].flags, PRINTF_FLAG_LEFT | PRINTF_FLAG_ZERO);
	CHECK_INT(f.specs[0].width, 8);
	CHECK_INT(f.specs[0].precision, 3);
	CHECK_INT(f.specs[0].length, PRINTF_LEN_LL);
	CHECK_INT(f.specs[0].offset, 0);
	CHECK_INT(f.specs[0].len, 9);
	CHECK_INT(printf_spec_arg_class(&f.specs[0]), PRINTF_ARG_INTEGER);
	CHECK_INT(printf_spec_arg_class(&f.specs[1]), PRINTF_ARG_ANY);
	CHECK_INT(printf_spec_arg_class(&f.specs[2]), PRINTF_ARG_BUFFER);
	CHECK_STR(f.specs[2].name, "rh");
	CHECK_INT(printf_spec_arg_class(&f.specs[3]), PRINTF_ARG_INTEGER);
	printf_format_free(&f);
}
