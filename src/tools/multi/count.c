/* What funccount and stackcount share: one pattern and its options, the
 * probes it lists, and a map printed every -i seconds and at the end. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "tools/multi/multi_impl.h"

/* A -r pattern, and a library pattern that takes in IFUNCs or functions
 * no uprobe can go on, is listed probe by probe; the others attach as
 * written. */
static int list_targets(const char *tool, struct multi_count *m)
{
	if (!m->probe.re && m->probe.kind != BCC_UPROBE)
		return 0;
	if (bcc_probe_expand(tool, m->pattern, &m->probe, &m->targets))
		return 1;
	bool listed = m->probe.re || m->targets.skipped;
	for (size_t i = 0; i < m->targets.n; i++)
		listed |= m->targets.items[i].renamed;
	if (!listed)
		bcc_targets_free(&m->targets);
	return 0;
}

int multi_count_parse(const struct multi_tool *t, const struct multi_cmdline *c,
		      struct multi_count *m)
{
	memset(m, 0, sizeof(*m));
	if (multi_one_pattern(t, c, &m->pattern))
		return 1;
	m->pid = multi_opt_number(t, c, "pid");
	m->interval = multi_opt_number(t, c, "interval");
	m->duration = multi_opt_number(t, c, "duration");
	if (m->pid < 0 || m->interval < 0 || m->duration < 0)
		return 1;
	m->timestamp = multi_opt_set(t, c, "timestamp");
	enum bcc_form form = multi_opt_set(t, c, "regexp") ? BCC_FORM_REGEX : BCC_FORM_PATTERN;
	if (bcc_probe_parse(t->name, m->pattern, form, &m->probe))
		return 1;
	if (list_targets(t->name, m)) {
		bcc_probe_free(&m->probe);
		return 1;
	}
	return 0;
}

void multi_count_free(struct multi_count *m)
{
	bcc_probe_free(&m->probe);
	bcc_targets_free(&m->targets);
}

static void put_print(const struct multi_count *m, struct strbuf *p, const char *header)
{
	strbuf_puts(p, "\tprintf(\"\\n\");\n");
	if (m->timestamp)
		strbuf_puts(p, "\ttime(\"%H:%M:%S\\n\");\n");
	if (header)
		strbuf_puts(p, header);
	strbuf_puts(p, "\tprint(@);\n\tclear(@);\n");
}

void multi_count_put_output(const struct multi_count *m, struct strbuf *p, const char *header)
{
	if (m->interval) {
		strbuf_printf(p, "\ninterval:s:%ld\n{\n", m->interval);
		/* the last interval is printed by END */
		if (m->duration)
			strbuf_printf(p, "\t@ticks = @ticks + 1;\n"
				      "\tif (@ticks * %ld >= %ld) {\n\t\texit();\n\t\treturn;\n\t}\n",
				      m->interval, m->duration);
		put_print(m, p, header);
		strbuf_puts(p, "}\n");
	}
	strbuf_puts(p, "\nEND\n{\n");
	if (m->interval && m->duration)
		strbuf_puts(p, "\tclear(@ticks);\n");
	put_print(m, p, header);
	strbuf_puts(p, "}\n");
}

int multi_count_exec(const struct multi_count *m, struct multi_run *r, bool banner)
{
	char text[PATH_MAX + 128];
	snprintf(text, sizeof(text), "Tracing functions for \"%s\"... Hit Ctrl-C to end.",
		 m->pattern);
	r->banner = banner ? text : NULL;
	r->pid = m->pid;
	/* with -i, the interval probe counts the duration down */
	r->duration = m->interval ? 0 : m->duration;
	return multi_exec(r);
}
