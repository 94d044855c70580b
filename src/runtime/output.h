/* The events a bpftrace program prints, in bpftrace's text form or as one
 * line of its -f json (NDJSON) stream. Each call appends one complete event
 * to `out`; the caller writes it out. Where bpftrace sends the text form to
 * stderr rather than stdout, the function says so. */
#ifndef BPFSCOPE_RUNTIME_OUTPUT_H
#define BPFSCOPE_RUNTIME_OUTPUT_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/out_value.h"
#include "util/strbuf.h"

enum output_mode { OUTPUT_TEXT, OUTPUT_JSON };

/* Events that carry a string. Text: printf, time and cat as they are;
 * join and system output followed by a newline.
 * JSON: {"type": "printf", "data": "..."} (type "time", "cat", "join",
 * "syscall" for the others). */
enum output_event {
	OUTPUT_PRINTF,
	OUTPUT_TIME,
	OUTPUT_CAT,
	OUTPUT_JOIN,
	OUTPUT_SYSCALL,   /* system() */
};

void output_event(struct strbuf *out, enum output_mode mode, enum output_event event,
		  const char *s, size_t len);

/* print() of anything but a map. Text: the value and a newline.
 * JSON: {"type": "value", "data": VALUE}. */
void output_value(struct strbuf *out, enum output_mode mode, const struct out_value *v);

/* Text (stderr): "Lost 3 events".
 * JSON: {"type": "lost_events", "count": 3, "data": {"events": 3}}. */
void output_lost_events(struct strbuf *out, enum output_mode mode, uint64_t lost);

/* Text (stderr): "Attached 1 probe", "Attached 2 probes".
 * JSON: {"type": "attached_probes", "count": 2, "data": {"probes": 2}}. */
void output_attached_probes(struct strbuf *out, enum output_mode mode, uint64_t probes);

/* When tracing stops, before the maps are printed: two newlines in text,
 * nothing in JSON. */
void output_end(struct strbuf *out, enum output_mode mode);

#endif
