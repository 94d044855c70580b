#include "runtime/output.h"

#include <inttypes.h>

#include "runtime/json.h"

static const char *const event_types[] = {
	[OUTPUT_PRINTF] = "printf",
	[OUTPUT_TIME] = "time",
	[OUTPUT_CAT] = "cat",
	[OUTPUT_JOIN] = "join",
	[OUTPUT_SYSCALL] = "syscall",
};

void output_event(struct strbuf *out, enum output_mode mode, enum output_event event,
		  const char *s, size_t len)
{
	if (mode == OUTPUT_JSON) {
		strbuf_printf(out, "{\"type\": \"%s\", \"data\": ", event_types[event]);
		json_string(out, s, len);
		strbuf_puts(out, "}\n");
		return;
	}
	strbuf_append(out, s, len);
	if (event == OUTPUT_JOIN || event == OUTPUT_SYSCALL)
		strbuf_putc(out, '\n');
}

void output_value(struct strbuf *out, enum output_mode mode, const struct out_value *v)
{
	if (mode == OUTPUT_JSON) {
		strbuf_puts(out, "{\"type\": \"value\", \"data\": ");
		out_value_json(out, v);
		strbuf_puts(out, "}\n");
		return;
	}
	out_value_text(out, v);
	strbuf_putc(out, '\n');
}

void output_lost_events(struct strbuf *out, enum output_mode mode, uint64_t lost)
{
	if (mode == OUTPUT_JSON)
		strbuf_printf(out, "{\"type\": \"lost_events\", \"count\": %" PRIu64
			      ", \"data\": {\"events\": %" PRIu64 "}}\n", lost, lost);
	else
		strbuf_printf(out, "Lost %" PRIu64 " events\n", lost);
}

void output_attached_probes(struct strbuf *out, enum output_mode mode, uint64_t probes)
{
	if (mode == OUTPUT_JSON)
		strbuf_printf(out, "{\"type\": \"attached_probes\", \"count\": %" PRIu64
			      ", \"data\": {\"probes\": %" PRIu64 "}}\n", probes, probes);
	else
		strbuf_printf(out, "Attached %" PRIu64 " probe%s\n", probes, probes == 1 ? "" : "s");
}

void output_end(struct strbuf *out, enum output_mode mode)
{
	if (mode == OUTPUT_TEXT)
		strbuf_puts(out, "\n\n");
}
