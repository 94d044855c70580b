/* Tracepoint format files (events/<category>/<event>/format): the layout of
 * the record a tracepoint program gets, field by field. */
#ifndef BPFSCOPE_PROVIDERS_TRACEPOINT_FORMAT_H
#define BPFSCOPE_PROVIDERS_TRACEPOINT_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;

struct tp_field {
	const char *decl;    /* as written: "char prev_comm[16]", "__data_loc char[] filename" */
	const char *type;    /* the C type, without name or array suffix: "char", "const char *" */
	const char *name;
	uint32_t offset, size;
	bool is_signed;
	/* -1 when not an array; N for [N]; 0 for [] (flexible, or __data_loc)
	 * and for a length not written as a number, where `size` tells the bytes. */
	int array_len;
	/* __data_loc T[]: the field is a u32, (length << 16) | offset, that
	 * locates the dynamic data within the record. __rel_loc (rel_loc too)
	 * counts that offset from the end of this field instead. */
	bool data_loc, rel_loc;
	bool common;         /* in the common header (common_type, common_pid, ...) */
};

struct tp_format {
	const char *name;    /* "sched_switch" */
	uint32_t id;         /* the perf event id, for perf_event_open */
	struct tp_field *fields;
	int nfields;
};

/* Parses the text of a format file. Everything lives in `arena`. Returns 0,
 * or -EINVAL with *err set to "line N: what is wrong". */
int tp_format_parse(struct arena *arena, const char *text, size_t len, struct tp_format *out,
		    const char **err);

/* Reads and parses events/<category>/<event>/format under tracefs. Returns
 * 0, or a negative errno with *err set to a one-line message. */
int tp_format_load(struct arena *arena, const char *category, const char *event,
		   struct tp_format *out, const char **err);

/* The field called `name`, or NULL. */
const struct tp_field *tp_format_field(const struct tp_format *f, const char *name);

#endif
