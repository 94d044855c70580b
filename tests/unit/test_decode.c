/* The storage layout of codegen/image.c and the decoder of runtime/decode.c:
 * bytes laid out as image.h documents them decode back to the values. */
#include <arpa/inet.h>
#include <sys/socket.h>

#include "codegen/image.h"
#include "runtime/decode.h"
#include "runtime/hist.h"
#include "sema/types.h"
#include "unit.h"
#include "util/arena.h"

static struct strbuf sb = STRBUF_INIT;

static const char *text_of(struct out_value v)
{
	strbuf_reset(&sb);
	out_value_text(&sb, &v);
	return strbuf_str(&sb);
}

UNIT_TEST(image_storage_scalars)
{
	struct arena a = { 0 };
	struct type_table t;
	types_init(&t, &a);
	CHECK_INT(image_storage_size(type_int(&t, 1, false)), 8);
	CHECK_INT(image_storage_size(type_int(&t, 4, true)), 8);
	CHECK_INT(image_storage_size(type_bool(&t)), 8);
	CHECK_INT(image_storage_size(type_string(&t, 16)), 16);
	CHECK_INT(image_storage_align(type_string(&t, 16)), 1);
	CHECK_INT(image_storage_size(type_buffer(&t, 5)), 5);
	CHECK_INT(image_storage_size(type_pointer(&t, type_int(&t, 4, false))), 8);
	CHECK_INT(image_storage_size(type_simple(&t, TY_KSYM)), 8);
	CHECK_INT(image_storage_size(type_simple(&t, TY_USYM)), 16);   /* address, pid */
	CHECK_INT(image_storage_size(type_simple(&t, TY_TIMESTAMP)), 8);
	CHECK_INT(image_storage_size(type_simple(&t, TY_INET)), 24);
	CHECK_INT(image_storage_size(type_stack(&t, true, STACK_MODE_BPFTRACE, 127)), 8);
	arena_free(&a);
}

UNIT_TEST(image_storage_aggregations)
{
	struct arena a = { 0 };
	struct type_table t;
	types_init(&t, &a);
	const struct type *i64 = type_int(&t, 8, true);
	CHECK_INT(image_storage_size(type_simple(&t, TY_COUNT)), 8);
	CHECK_INT(image_storage_size(type_aggregate(&t, TY_SUM, i64)), 8);
	CHECK_INT(image_storage_size(type_aggregate(&t, TY_MIN, i64)), 16);
	CHECK_INT(image_storage_size(type_aggregate(&t, TY_MAX, i64)), 16);
	CHECK_INT(image_storage_size(type_aggregate(&t, TY_AVG, i64)), 16);
	CHECK_INT(image_storage_size(type_aggregate(&t, TY_STATS, i64)), 16);
	CHECK_INT(image_storage_size(type_hist(&t, 0)), 8 * hist_bucket_count(0));
	CHECK_INT(image_storage_size(type_hist(&t, 2)), 8 * hist_bucket_count(2));
	CHECK_INT(image_storage_size(type_lhist(&t, 0, 100, 10)), 8 * lhist_bucket_count(0, 100, 10));
	arena_free(&a);
}

/* (uint8, string[3], int32): 0..8, 8..11, padded to 16 for the int, 24 in all. */
UNIT_TEST(image_storage_tuple_layout)
{
	struct arena a = { 0 };
	struct type_table t;
	types_init(&t, &a);
	const struct type *f[3] = { type_int(&t, 1, false), type_string(&t, 3), type_int(&t, 4, true) };
	const struct type *tup = type_tuple(&t, 3, f);
	CHECK_INT(image_field_offset(tup, 0), 0);
	CHECK_INT(image_field_offset(tup, 1), 8);
	CHECK_INT(image_field_offset(tup, 2), 16);
	CHECK_INT(image_storage_size(tup), 24);
	CHECK_INT(image_storage_align(tup), 8);

	/* Only strings: byte aligned, no padding. */
	const struct type *s[2] = { type_string(&t, 3), type_string(&t, 2) };
	const struct type *strs = type_tuple(&t, 2, s);
	CHECK_INT(image_field_offset(strs, 1), 3);
	CHECK_INT(image_storage_size(strs), 5);
	CHECK_INT(image_storage_align(strs), 1);

	/* A string then a nested tuple holding an int: the tuple is 8-aligned. */
	const struct type *n[2] = { type_string(&t, 3), tup };
	const struct type *nested = type_tuple(&t, 2, n);
	CHECK_INT(image_field_offset(nested, 1), 8);
	CHECK_INT(image_storage_size(nested), 32);
	/* A string after an int: the total rounds up to the int's alignment. */
	const struct type *m[2] = { type_int(&t, 8, false), type_string(&t, 3) };
	CHECK_INT(image_storage_size(type_tuple(&t, 2, m)), 16);
	arena_free(&a);
}

UNIT_TEST(image_map_by_role_finds_first)
{
	struct image_map maps[3] = {
		{ .name = "ringbuf", .role = MAPROLE_RINGBUF },
		{ .name = "@x", .role = MAPROLE_USER },
		{ .name = "lost", .role = MAPROLE_LOST },
	};
	struct image img = { .maps = maps, .nmaps = 3 };
	CHECK_STR(image_map_by_role(&img, MAPROLE_LOST)->name, "lost");
	CHECK_STR(image_map_by_role(&img, MAPROLE_USER)->name, "@x");
	CHECK(image_map_by_role(&img, MAPROLE_SCRATCH) == NULL);
}

UNIT_TEST(decode_integers)
{
	struct arena a = { 0 };
	struct type_table t;
	types_init(&t, &a);
	uint64_t v = (uint64_t)-5;
	CHECK_STR(text_of(decode_value(&a, type_int(&t, 8, true), &v, 8)), "-5");
	CHECK_STR(text_of(decode_value(&a, type_int(&t, 8, false), &v, 8)), "18446744073709551611");
	/* Narrow types are stored already extended to 64 bits: read as they are. */
	v = (uint64_t)-1;
	CHECK_STR(text_of(decode_value(&a, type_int(&t, 1, true), &v, 8)), "-1");
	v = 0xffu;
	CHECK_STR(text_of(decode_value(&a, type_int(&t, 1, false), &v, 8)), "255");
	v = 300;
	CHECK_STR(text_of(decode_value(&a, type_int(&t, 1, false), &v, 8)), "300");
	v = 2;
	CHECK_STR(text_of(decode_value(&a, type_bool(&t), &v, 8)), "true");
	v = 0xffffffff81000000ull;
	CHECK_STR(text_of(decode_value(&a, type_pointer(&t, type_int(&t, 1, false)), &v, 8)),
		  "0xffffffff81000000");
	/* Too few bytes: no value rather than a read past the end. */
	CHECK_INT(decode_value(&a, type_int(&t, 8, true), &v, 4).kind, OV_NONE);
	CHECK_INT(decode_value(&a, NULL, &v, 8).kind, OV_NONE);
	arena_free(&a);
}

UNIT_TEST(decode_strings_and_buffers)
{
	struct arena a = { 0 };
	struct type_table t;
	types_init(&t, &a);
	char s[16] = "bash";
	struct out_value v = decode_value(&a, type_string(&t, 16), s, sizeof(s));
	CHECK_INT(v.kind, OV_STRING);
	CHECK_INT(v.bytes.len, 4);
	/* No NUL within the capacity: the whole capacity. */
	char full[4] = { 'a', 'b', 'c', 'd' };
	CHECK_INT(decode_value(&a, type_string(&t, 4), full, 4).bytes.len, 4);
	unsigned char raw[3] = { 'h', 0, 'i' };
	v = decode_value(&a, type_buffer(&t, 3), raw, 3);
	CHECK_INT(v.kind, OV_BUFFER);
	CHECK_INT(v.bytes.len, 3);
	arena_free(&a);
}

UNIT_TEST(decode_tuples_and_records)
{
	struct arena a = { 0 };
	struct type_table t;
	types_init(&t, &a);
	const struct type *f[3] = { type_int(&t, 4, true), type_string(&t, 3), type_int(&t, 2, false) };
	const struct type *tup = type_tuple(&t, 3, f);
	unsigned char buf[24] = { 0 };
	int64_t x = -7;
	uint64_t y = 9;
	memcpy(buf, &x, 8);
	memcpy(buf + 8, "ab", 3);
	memcpy(buf + 16, &y, 8);
	CHECK_INT(image_storage_size(tup), 24);
	CHECK_STR(text_of(decode_value(&a, tup, buf, sizeof(buf))), "(-7, ab, 9)");

	const char *names[2] = { "x", "y" };
	const struct type *rf[2] = { type_int(&t, 8, true), type_int(&t, 8, true) };
	const struct type *rec = type_record(&t, 2, names, rf);
	int64_t pair[2] = { 1, 2 };
	struct out_value r = decode_value(&a, rec, pair, sizeof(pair));
	CHECK_INT(r.kind, OV_RECORD);
	CHECK_INT(r.list.n, 2);
	CHECK_STR(r.list.names[1], "y");
	CHECK_INT(r.list.items[1].i, 2);
	arena_free(&a);
}

UNIT_TEST(decode_inet_addresses)
{
	struct arena a = { 0 };
	struct type_table t;
	types_init(&t, &a);
	const struct type *inet = type_simple(&t, TY_INET);
	unsigned char buf[24] = { 0 };
	uint64_t fam = AF_INET;
	memcpy(buf, &fam, 8);
	inet_pton(AF_INET, "127.0.0.1", buf + 8);
	CHECK_STR(text_of(decode_value(&a, inet, buf, sizeof(buf))), "127.0.0.1");
	fam = AF_INET6;
	memcpy(buf, &fam, 8);
	inet_pton(AF_INET6, "fe80::1", buf + 8);
	CHECK_STR(text_of(decode_value(&a, inet, buf, sizeof(buf))), "fe80::1");
	arena_free(&a);
	strbuf_free(&sb);
}

UNIT_TEST(decode_username_from_passwd)
{
	struct arena a = { 0 };
	struct type_table t;
	types_init(&t, &a);
	const struct type *user = type_simple(&t, TY_USERNAME);
	CHECK_INT(image_storage_size(user), 8);
	uint64_t uid = 0;
	CHECK_STR(text_of(decode_value(&a, user, &uid, sizeof(uid))), "root");
	/* No /etc/passwd entry names this uid: the number is shown. */
	uid = 4000000000u;
	CHECK_STR(text_of(decode_value(&a, user, &uid, sizeof(uid))), "4000000000");
	arena_free(&a);
	strbuf_free(&sb);
}
