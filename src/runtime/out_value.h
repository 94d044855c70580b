/* The value model of the output engine: one typed value (a printf argument,
 * a map key, a map value, the argument of print()) and its two printed
 * forms, bpftrace's text form and its JSON form. The runtime decodes raw
 * bytes from the kernel into these; nothing here knows about the AST.
 *
 * Values do not own memory: strings, buffers and item arrays point into
 * storage the caller keeps alive while the value is printed. */
#ifndef BPFSCOPE_RUNTIME_OUT_VALUE_H
#define BPFSCOPE_RUNTIME_OUT_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

enum out_value_kind {
	OV_NONE,      /* no value: "null" in both forms */
	OV_INT,       /* signed integer */
	OV_UINT,      /* unsigned integer */
	OV_BOOL,      /* true / false */
	OV_STRING,    /* bytes printed as they are; quoted and escaped in JSON */
	OV_BUFFER,    /* buf(): printable ASCII kept, other bytes \xNN */
	OV_POINTER,   /* 0x-prefixed hex in text, a number in JSON */
	OV_SYMBOL,    /* a name standing for a number (enum values): the name
	               * in text and in %s, the number in JSON and in %d */
	OV_TUPLE,     /* (1, a); with names: (x = 1, y = a); JSON [1,"a"] or {"x": 1, ...} */
	OV_RECORD,    /* a struct: { .x = 1, .y = a }; JSON {"x": 1, "y": "a"} */
	OV_ARRAY,     /* [1,2,3] in both forms */
};

struct out_value {
	enum out_value_kind kind;
	union {
		int64_t i;                                  /* INT */
		uint64_t u;                                 /* UINT, POINTER */
		bool b;                                     /* BOOL */
		struct { const char *ptr; size_t len; } bytes;  /* STRING, BUFFER */
		struct { const char *name; uint64_t num; } sym; /* SYMBOL */
		struct {
			const struct out_value *items;
			const char *const *names;   /* TUPLE: NULL unless named; RECORD: field names */
			size_t n;
		} list;                                     /* TUPLE, RECORD, ARRAY */
	};
};

static inline struct out_value out_value_int(int64_t v)
{
	return (struct out_value){ .kind = OV_INT, .i = v };
}

static inline struct out_value out_value_uint(uint64_t v)
{
	return (struct out_value){ .kind = OV_UINT, .u = v };
}

static inline struct out_value out_value_bool(bool v)
{
	return (struct out_value){ .kind = OV_BOOL, .b = v };
}

static inline struct out_value out_value_strn(const char *s, size_t len)
{
	return (struct out_value){ .kind = OV_STRING, .bytes = { s, len } };
}

struct out_value out_value_str(const char *s);   /* NUL-terminated */

static inline struct out_value out_value_buffer(const void *p, size_t len)
{
	return (struct out_value){ .kind = OV_BUFFER, .bytes = { p, len } };
}

static inline struct out_value out_value_pointer(uint64_t addr)
{
	return (struct out_value){ .kind = OV_POINTER, .u = addr };
}

static inline struct out_value out_value_symbol(const char *name, uint64_t num)
{
	return (struct out_value){ .kind = OV_SYMBOL, .sym = { name, num } };
}

static inline struct out_value out_value_tuple(const struct out_value *items, size_t n)
{
	return (struct out_value){ .kind = OV_TUPLE, .list = { items, NULL, n } };
}

static inline struct out_value out_value_named_tuple(const struct out_value *items,
						     const char *const *names, size_t n)
{
	return (struct out_value){ .kind = OV_TUPLE, .list = { items, names, n } };
}

static inline struct out_value out_value_record(const struct out_value *fields,
						const char *const *names, size_t n)
{
	return (struct out_value){ .kind = OV_RECORD, .list = { fields, names, n } };
}

static inline struct out_value out_value_array(const struct out_value *items, size_t n)
{
	return (struct out_value){ .kind = OV_ARRAY, .list = { items, NULL, n } };
}

/* The three ways bytes of a buffer are shown (printf %r, %rx, %rh). */
enum hex_style {
	HEX_KEEP_ASCII,  /* %r:  printable ASCII (32..126) as is, others \xNN */
	HEX_ESCAPED,     /* %rx: every byte \xNN */
	HEX_SPACED,      /* %rh: every byte NN, separated by one space */
};

void out_value_hex(struct strbuf *sb, const void *p, size_t len, enum hex_style style);

/* bpftrace's text form (print(), %s, map values). */
void out_value_text(struct strbuf *sb, const struct out_value *v);
/* bpftrace's JSON form. */
void out_value_json(struct strbuf *sb, const struct out_value *v);

/* A map key between the brackets of `@m[...]`: the text form, with the
 * parentheses of a tuple dropped (`@m[1, a]`). */
void out_value_key_text(struct strbuf *sb, const struct out_value *key);
/* A map key as a JSON object key: the same string with every space removed
 * ("1,a"). bpftrace removes spaces inside string keys too; so do we. */
void out_value_key_json(struct strbuf *sb, const struct out_value *key);

/* The order bpftrace prints keys in when values do not decide it: integer
 * (and enum) keys as signed 64-bit numbers, strings bytewise, tuples field
 * by field. Keys of other kinds compare equal, so a stable sort keeps them
 * in the order given. */
int out_value_key_compare(const struct out_value *a, const struct out_value *b);

#endif
