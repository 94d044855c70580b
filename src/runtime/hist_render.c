#include "runtime/hist.h"

#include <inttypes.h>
#include <string.h>

#include "runtime/json.h"

#define HIST_BAR_WIDTH 52
#define HIST_LABEL_WIDTH 16
#define HIST_COUNT_WIDTH 8

/* A bucket that holds one value is printed as [v], not [v, v+1). bpftrace
 * only does this for plain numbers, never for K/M labels. */
static int single_value(const struct hist_bound *from, const struct hist_bound *to)
{
	return from->kind == HIST_BOUND_NUMBER && to->kind == HIST_BOUND_NUMBER &&
	       (uint64_t)from->value + 1 == (uint64_t)to->value;
}

static void range_label(struct strbuf *sb, const struct hist_bound *from,
			const struct hist_bound *to)
{
	if (!to)
		strbuf_printf(sb, "[%s, ...)", from->text);
	else if (single_value(from, to))
		strbuf_printf(sb, "[%s]", from->text);
	else
		strbuf_printf(sb, "[%s, %s)", from->text, to->text);
}

static void row_label(struct strbuf *sb, const struct hist_rows *rows, size_t i)
{
	const struct hist_bound *to = i < rows->nbounds ? &rows->bounds[i] : NULL;
	if (i > 0)
		range_label(sb, &rows->bounds[i - 1], to);
	else if (rows->has_lower)
		range_label(sb, &rows->lower, to);
	else
		strbuf_printf(sb, "(..., %s)", to ? to->text : "");
}

/* bpftrace scales in single precision and truncates; doing the same keeps
 * every bar the same length as bpftrace's. */
static size_t bar_length(uint64_t count, uint64_t max)
{
	if (max == 0)
		return 0;
	float scaled = (float)count / (float)max * HIST_BAR_WIDTH;
	return (size_t)scaled;
}

void hist_rows_text(struct strbuf *sb, const struct hist_rows *rows)
{
	uint64_t max = 0;
	for (size_t i = 0; i < rows->nrows; i++)
		if (rows->counts[i] > max)
			max = rows->counts[i];
	struct strbuf label = STRBUF_INIT;
	for (size_t i = 0; i < rows->nrows; i++) {
		strbuf_reset(&label);
		row_label(&label, rows, i);
		size_t bar = bar_length(rows->counts[i], max);
		strbuf_printf(sb, "%-*s%*" PRIu64 " |", HIST_LABEL_WIDTH, strbuf_str(&label),
			      HIST_COUNT_WIDTH, rows->counts[i]);
		strbuf_repeat(sb, '@', bar);
		strbuf_repeat(sb, ' ', HIST_BAR_WIDTH - bar);
		strbuf_puts(sb, "|\n");
	}
	strbuf_free(&label);
}

static void bound_json(struct strbuf *sb, const struct hist_bound *b)
{
	if (b->kind == HIST_BOUND_LABEL)
		json_uint(sb, (uint64_t)b->value);
	else
		json_int(sb, b->value);
}

/* JSON ranges are closed: "max" is one less than the next bucket's start. */
void hist_rows_json(struct strbuf *sb, const struct hist_rows *rows)
{
	strbuf_putc(sb, '[');
	for (size_t i = 0; i < rows->nrows; i++) {
		if (i)
			strbuf_putc(sb, ',');
		strbuf_putc(sb, '{');
		const struct hist_bound *from = i ? &rows->bounds[i - 1] :
					       rows->has_lower ? &rows->lower : NULL;
		if (from) {
			strbuf_puts(sb, "\"min\": ");
			bound_json(sb, from);
			strbuf_puts(sb, ", ");
		}
		if (i < rows->nbounds) {
			strbuf_puts(sb, "\"max\": ");
			json_int(sb, (int64_t)((uint64_t)rows->bounds[i].value - 1));
			strbuf_puts(sb, ", ");
		}
		strbuf_printf(sb, "\"count\": %" PRIu64 "}", rows->counts[i]);
	}
	strbuf_putc(sb, ']');
}
