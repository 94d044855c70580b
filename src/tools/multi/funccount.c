/* funccount: count the events that match a pattern, as bcc's funccount. */
#include <stdlib.h>
#include <string.h>

#include "tools/multi/multi_impl.h"

static const struct multi_opt opts[] = {
	{ 'p', "pid", "PID", "trace this PID only" },
	{ 'i', "interval", "INTERVAL", "summary interval, seconds" },
	{ 'd', "duration", "DURATION", "total duration of trace, seconds" },
	{ 'T', "timestamp", NULL, "include timestamp on output" },
	{ 'r', "regexp", NULL, "use regular expressions. Default is \"*\" wildcards only." },
	{ 'D', "debug", NULL, "print the generated program and exit (as -v)" },
	{ 0, NULL, NULL, NULL },
};

/* "uprobe:/lib/x86_64-linux-gnu/libc.so.6:strlen" -> "strlen",
 * "tracepoint:block:block_rq_issue" -> "block:block_rq_issue", as bcc
 * names them. */
static const char *display_name(const char *probe)
{
	const char *rest = strchr(probe, ':');
	if (!rest)
		return probe;
	rest++;
	if (!strncmp(probe, "tracepoint:", 11) || !strncmp(probe, "kprobe:", 7) ||
	    !strncmp(probe, "kretprobe:", 10))
		return rest;
	const char *last = strrchr(rest, ':');
	return last ? last + 1 : rest;
}

/* "@[uprobe:/lib/...:strlen]: 12" -> "strlen                                 12" */
static void filter_line(void *ctx, const char *line, FILE *out)
{
	(void)ctx;
	const char *close = strrchr(line, ']');
	if (strncmp(line, "@[", 2) || !close || strncmp(close, "]: ", 3)) {
		fprintf(out, "%s\n", line);
		return;
	}
	char *key = strndup(line + 2, (size_t)(close - line - 2));
	fprintf(out, "%-36s %8s\n", key ? display_name(key) : "", close + 3);
	free(key);
}

/* The pattern listed probe by probe: the IFUNCs' uprobes sit on their
 * implementations but count under their own names. */
static void put_targets(const struct bcc_targets *t, long pid, struct strbuf *p)
{
	char filter[48] = "";
	if (pid)
		snprintf(filter, sizeof(filter), "/pid == %ld/\n", pid);
	if (t->skipped)
		strbuf_printf(p, "/* %zu function%s left out: %s with an AVX instruction, where "
			      "uprobes cannot go */\n", t->skipped, t->skipped == 1 ? "" : "s",
			      t->skipped == 1 ? "it starts" : "they start");
	const char *sep = "";
	for (size_t i = 0; i < t->n; i++) {
		if (t->items[i].renamed)
			continue;
		strbuf_printf(p, "%s%s", sep, t->items[i].attach);
		sep = ",\n";
	}
	if (*sep)
		strbuf_printf(p, "\n%s{\n\t@[probe] = count();\n}\n", filter);
	for (size_t i = 0; i < t->n; i++) {
		const char *attach = t->items[i].attach;
		if (!t->items[i].renamed)
			continue;
		/* the key names the function as if the probe were on it */
		const char *impl = strrchr(attach, ':');
		strbuf_printf(p, "\n%s\n%s{\n\t@[\"%.*s:%s\"] = count();\n}\n", attach, filter,
			      (int)(impl - attach), attach, t->items[i].display);
	}
}

static int run(const struct multi_tool *t, const struct multi_cmdline *c)
{
	struct multi_count m;
	if (multi_count_parse(t, c, &m))
		return 1;
	struct multi_run r = { .tool = t->name, .cmdline = c, .filter_line = filter_line,
			       .print = multi_opt_set(t, c, "debug") };
	struct strbuf *p = &r.program;
	strbuf_puts(p, "/* bpfscope funccount '");
	multi_put_in_comment(p, m.pattern);
	strbuf_puts(p, "' */\n");
	if (m.targets.n) {
		put_targets(&m.targets, m.pid, p);
	} else {
		bcc_probe_attach_point(&m.probe, p);
		strbuf_putc(p, '\n');
		if (m.pid)
			strbuf_printf(p, "/pid == %ld/\n", m.pid);
		strbuf_puts(p, "{\n\t@[probe] = count();\n}\n");
	}
	multi_count_put_output(&m, p, "\tprintf(\"%-36s %8s\\n\", \"FUNC\", \"COUNT\");\n");
	int status = multi_count_exec(&m, &r, true);
	multi_count_free(&m);
	strbuf_free(p);
	return status;
}

const struct multi_tool multi_funccount = {
	.name = "funccount",
	.summary = "count the tracepoints, user functions or USDT probes that match a pattern.",
	.cls = 'P',
	.usage = "[-p PID] [-i INTERVAL] [-d DURATION] [-T] [-r] [-v] pattern",
	.details =
		"pattern, as bcc's funccount takes it:\n"
		"  t:CATEGORY:EVENT     tracepoints, wildcards allowed (t:block:*)\n"
		"  LIB:FUNC, p:LIB:FUNC user functions of a library or program (c:malloc, bash:read*)\n"
		"  u:LIB:PROBE          USDT probes of LIB; where LIB has none of that name, its\n"
		"                       functions (u:libc:str*)\n"
		"  FUNC, p::FUNC        kernel functions: need kprobes (this kernel may lack them)\n"
		"With -r the name is a regular expression (t: over \"category:event\"), matched\n"
		"from its start, as bcc does.\n"
		"\nClass P: kernel-function patterns need kprobes.\n"
		"Differs from upstream: glibc's IFUNC functions (strlen, memcpy, ...) are counted\n"
		"on the implementation this CPU uses; those that start with an AVX instruction\n"
		"(strcmp here) cannot take a uprobe and are left out; the banner goes to stderr.\n",
	.opts = opts,
	.run = run,
};
