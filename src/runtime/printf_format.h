/* printf-style format strings, as bpftrace's printf(), cat(), system(),
 * errorf() and warnf() take them. A format is parsed once, when the
 * program is compiled, into literal pieces and conversion specs; each event
 * is then rendered from its typed arguments.
 *
 * A conversion is '%', flags in the order "-+ #0", an optional width,
 * an optional ".precision", length letters (hh h l ll j z t, L) and one of
 * d i u o x X c s p r rx rh. "%%" is a literal '%'. As in bpftrace, a '%'
 * that does not start a conversion (a lone "%" or "%y") is literal text;
 * e E f F g G a A and n are recognised and refused.
 *
 * Integer conversions follow C: without a length letter %d, %u, %x, %o
 * take the low 32 bits, h and hh narrow further, l ll j z t take all 64.
 * %s prints any value in its text form; %r, %rx, %rh print a buffer
 * (anything else as %s would). */
#ifndef BPFSCOPE_RUNTIME_PRINTF_FORMAT_H
#define BPFSCOPE_RUNTIME_PRINTF_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/out_value.h"
#include "util/strbuf.h"

enum printf_conv {
	PRINTF_SIGNED,        /* d i */
	PRINTF_UNSIGNED,      /* u */
	PRINTF_OCTAL,         /* o */
	PRINTF_HEX,           /* x */
	PRINTF_HEX_UPPER,     /* X */
	PRINTF_CHAR,          /* c */
	PRINTF_STRING,        /* s */
	PRINTF_POINTER,       /* p */
	PRINTF_BUFFER,        /* r:  printable ASCII kept, other bytes \xNN */
	PRINTF_BUFFER_HEX,    /* rx: every byte \xNN */
	PRINTF_BUFFER_SPACED, /* rh: every byte NN, space separated */
};

enum printf_length {
	PRINTF_LEN_NONE,      /* also L, and letter runs C does not define */
	PRINTF_LEN_HH,
	PRINTF_LEN_H,
	PRINTF_LEN_L,
	PRINTF_LEN_LL,
	PRINTF_LEN_J,
	PRINTF_LEN_Z,
	PRINTF_LEN_T,
};

/* What a conversion accepts, for the type checker. */
enum printf_arg_class {
	PRINTF_ARG_INTEGER,   /* an integer, bool or pointer: d i u o x X c p */
	PRINTF_ARG_BUFFER,    /* a buffer: r rx rh */
	PRINTF_ARG_ANY,       /* anything: s */
};

enum {
	PRINTF_FLAG_LEFT  = 1u << 0,  /* - */
	PRINTF_FLAG_PLUS  = 1u << 1,  /* + */
	PRINTF_FLAG_SPACE = 1u << 2,  /* ' ' */
	PRINTF_FLAG_ALT   = 1u << 3,  /* # */
	PRINTF_FLAG_ZERO  = 1u << 4,  /* 0 */
};

#define PRINTF_MAX_WIDTH 65535

struct printf_spec {
	enum printf_conv conv;
	enum printf_length length;
	unsigned flags;
	int width;              /* -1 when absent */
	int precision;          /* -1 when absent */
	uint32_t offset, len;   /* the conversion's bytes in the format string */
	char name[3];           /* the conversion as written: "d", "rx" */
};

struct printf_format {
	struct printf_spec *specs;
	size_t nspecs;
	/* nspecs + 1 literal pieces around the specs, "%%" already turned into
	 * '%': piece i is text[piece_at[i] .. piece_at[i + 1]). */
	char *text;
	size_t *piece_at;
	uint32_t format_len;    /* bytes in the format string as written */
};

struct printf_error {
	char message[160];
	uint32_t offset, len;   /* the offending bytes in the format string */
};

/* 0, or -EINVAL with *err filled (message and where). On error nothing
 * needs freeing; on success call printf_format_free(). */
int printf_format_parse(struct printf_format *f, const char *fmt, size_t len,
			struct printf_error *err);
void printf_format_free(struct printf_format *f);  /* accepts a zeroed format */

enum printf_arg_class printf_spec_arg_class(const struct printf_spec *spec);

/* 0, or -EINVAL with bpftrace's message ("not enough arguments for format
 * string (1 supplied, 2 expected)"); the error covers the whole format. */
int printf_format_check_count(const struct printf_format *f, size_t nargs,
			      struct printf_error *err);

/* Appends the formatted text. Arguments a conversion cannot take are shown
 * as "!{invalid integer conversion: VALUE}", as bpftrace does; arguments
 * beyond those the format has are ignored, missing ones print nothing. */
void printf_format_render(struct strbuf *out, const struct printf_format *f,
			  const struct out_value *args, size_t nargs);

#endif
