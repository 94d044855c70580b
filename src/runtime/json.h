/* JSON scalars as bpftrace's -f json writes them. */
#ifndef BPFSCOPE_RUNTIME_JSON_H
#define BPFSCOPE_RUNTIME_JSON_H

#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

/* A quoted string. ", \, \n, \r and \t get their short escapes, other
 * control bytes \u00XX; bytes from 0x80 up pass through, so UTF-8 stays
 * UTF-8 (bpftrace mangles them through a signed char; we do not copy that). */
void json_string(struct strbuf *sb, const char *s, size_t len);

/* An integer, or its decimal digits in quotes when a JSON reader (which
 * holds numbers as doubles) would not get the exact value back. */
void json_int(struct strbuf *sb, int64_t v);
void json_uint(struct strbuf *sb, uint64_t v);

#endif
