#include "runtime/json.h"

#include <inttypes.h>

void json_string(struct strbuf *sb, const char *s, size_t len)
{
	strbuf_putc(sb, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"':  strbuf_puts(sb, "\\\""); break;
		case '\\': strbuf_puts(sb, "\\\\"); break;
		case '\n': strbuf_puts(sb, "\\n"); break;
		case '\r': strbuf_puts(sb, "\\r"); break;
		case '\t': strbuf_puts(sb, "\\t"); break;
		default:
			if (c < 0x20)
				strbuf_printf(sb, "\\u%04x", c);
			else
				strbuf_putc(sb, (char)c);
		}
	}
	strbuf_putc(sb, '"');
}

/* A double has a 53-bit significand: the magnitude is exact when its bits,
 * trailing zeros dropped, fit in 53. */
static int exact_as_double(uint64_t magnitude)
{
	if (magnitude == 0)
		return 1;
	while (!(magnitude & 1))
		magnitude >>= 1;
	return magnitude < (UINT64_C(1) << 53);
}

void json_int(struct strbuf *sb, int64_t v)
{
	uint64_t magnitude = v < 0 ? -(uint64_t)v : (uint64_t)v;
	if (exact_as_double(magnitude))
		strbuf_printf(sb, "%" PRId64, v);
	else
		strbuf_printf(sb, "\"%" PRId64 "\"", v);
}

void json_uint(struct strbuf *sb, uint64_t v)
{
	if (exact_as_double(v))
		strbuf_printf(sb, "%" PRIu64, v);
	else
		strbuf_printf(sb, "\"%" PRIu64 "\"", v);
}
