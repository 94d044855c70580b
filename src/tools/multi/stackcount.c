/* stackcount: count the stacks that led to the events matching a
 * pattern, as bcc's stackcount. */
#include <stdlib.h>
#include <string.h>

#include "fold/fold.h"
#include "tools/multi/multi_impl.h"

static const struct multi_opt opts[] = {
	{ 'p', "pid", "PID", "trace this PID only" },
	{ 'i', "interval", "INTERVAL", "summary interval, seconds" },
	{ 'D', "duration", "DURATION", "total duration of trace, seconds" },
	{ 'T', "timestamp", NULL, "include timestamp on output" },
	{ 'r', "regexp", NULL, "use regular expressions. Default is \"*\" wildcards only." },
	{ 's', "offset", NULL, "show address offsets" },
	{ 'P', "perpid", NULL, "display stacks separately for each process" },
	{ 'K', "kernel-stacks-only", NULL, "kernel stack only" },
	{ 'U', "user-stacks-only", NULL, "user stack only" },
	{ 'd', "delimited", NULL, "insert delimiter between kernel/user stacks" },
	{ 'f', "folded", NULL, "output folded format" },
	{ 0, "debug", NULL, "print the generated program and exit (as -v)" },
	{ 0, NULL, NULL, NULL },
};

#define MAX_FRAMES 256

/* Reads the map as bpfscope prints it, @[kstack, ustack, comm, pid]: N
 * with each stack one frame a line, and writes bcc's layout. */
struct stack_filter {
	bool kernel, user, comm_pid;    /* the key's fields */
	bool show_comm, offsets, delimit, folded;
	/* the entry being read */
	bool in_entry;
	int field;                      /* which stack the frames go to: 0 or 1 */
	char *frames[2][MAX_FRAMES];
	int nframes[2];
	/* -f: the entries of one print, folded when it ends */
	char *text;
	size_t text_len;
	FILE *collect;
};

static void put_frame(const struct stack_filter *f, const char *line, FILE *out)
{
	while (*line == ' ' || *line == '\t')
		line++;
	if (!strncmp(line, "0x", 2)) {
		fputs("  [unknown]\n", out);
		return;
	}
	size_t n = strlen(line);
	const char *plus = strrchr(line, '+');
	if (!f->offsets && plus && plus[1] >= '0' && plus[1] <= '9')
		n = (size_t)(plus - line);
	/* "clock_nanosleep@GLIBC_2.2.5": bcc names the function alone */
	const char *at = memchr(line, '@', n);
	if (at && at > line)
		n = (size_t)(at - line);
	fprintf(out, "  %.*s\n", (int)n, line);
}

static void entry_free(struct stack_filter *f)
{
	for (int s = 0; s < 2; s++) {
		for (int i = 0; i < f->nframes[s]; i++)
			free(f->frames[s][i]);
		f->nframes[s] = 0;
	}
	f->in_entry = false;
}

/* "sh, 6764]: 3" or "]: 3" ends the entry. */
static void entry_end(struct stack_filter *f, const char *rest, FILE *out)
{
	const char *close = strstr(rest, "]: ");
	const char *count = close ? close + 3 : "0";
	int stacks = f->kernel + f->user;
	for (int s = 0; s < stacks; s++) {
		if (s == 1 && f->delimit)
			fputs("    --\n", out);
		for (int i = 0; i < f->nframes[s]; i++)
			put_frame(f, f->frames[s][i], out);
	}
	if (f->comm_pid && f->show_comm && close) {
		const char *comma = NULL;
		for (const char *c = rest; c < close; c++)
			if (c[0] == ',' && c[1] == ' ')
				comma = c;
		if (comma)
			fprintf(out, "    %.*s [%.*s]\n", (int)(comma - rest), rest,
				(int)(close - comma - 2), comma + 2);
	}
	fprintf(out, "    %s\n\n", count);
	entry_free(f);
}

static void flush_folded(struct stack_filter *f, FILE *out)
{
	if (!f->collect)
		return;
	fclose(f->collect);
	f->collect = NULL;
	FILE *in = fmemopen(f->text, f->text_len, "r");
	struct fold_options o = { .delimit = f->delimit };
	if (in && f->text_len) {
		fold_stream(in, out, &o);
	}
	if (in)
		fclose(in);
	free(f->text);
	f->text = NULL;
	f->text_len = 0;
}

static void filter_line(void *ctx, const char *line, FILE *out)
{
	struct stack_filter *f = ctx;
	bool entry_line = f->in_entry || !strncmp(line, "@[", 2);
	if (f->folded) {
		if (entry_line) {
			if (!f->collect)
				f->collect = open_memstream(&f->text, &f->text_len);
			if (f->collect)
				fprintf(f->collect, "%s\n", line);
			f->in_entry = !strstr(line, "]: ");
			return;
		}
		flush_folded(f, out);
		if (line[0])
			fprintf(out, "%s\n", line);
		return;
	}
	if (!entry_line) {
		fprintf(out, "%s\n", line);
		return;
	}
	const char *rest;
	if (!strncmp(line, "@[", 2)) {
		f->in_entry = true;
		f->field = 0;
		rest = line + 2;
	} else if (!strncmp(line, ", ", 2)) {
		f->field++;
		rest = line + 2;
		/* an empty stack between two fields */
		while (!strncmp(rest, ", ", 2) && f->field < f->kernel + f->user) {
			f->field++;
			rest += 2;
		}
	} else if (!strncmp(line, "]: ", 3)) {
		entry_end(f, line, out);
		return;
	} else {
		char *frame = f->field < 2 && f->nframes[f->field] < MAX_FRAMES ? strdup(line) : NULL;
		if (frame)
			f->frames[f->field][f->nframes[f->field]++] = frame;
		return;
	}
	if (*rest)
		entry_end(f, rest, out);
}

static void filter_end(void *ctx, FILE *out)
{
	struct stack_filter *f = ctx;
	flush_folded(f, out);
	entry_free(f);
}

/* @[kstack, ustack, comm, pid], as far as the options keep them */
static void put_key(struct strbuf *p, const struct stack_filter *f)
{
	const char *sep = "";
	strbuf_puts(p, "\t@[");
	if (f->kernel) {
		strbuf_puts(p, "kstack");
		sep = ", ";
	}
	if (f->user) {
		strbuf_printf(p, "%sustack", sep);
		sep = ", ";
	}
	if (f->comm_pid)
		strbuf_printf(p, f->folded ? "%scomm" : "%scomm, pid", sep);
	strbuf_puts(p, "] = count();\n");
}

static int run(const struct multi_tool *t, const struct multi_cmdline *c)
{
	bool kernel_only = multi_opt_set(t, c, "kernel-stacks-only");
	bool user_only = multi_opt_set(t, c, "user-stacks-only");
	if (kernel_only && user_only)
		return multi_error(t->name, NULL, 0, 0, "-K and -U are mutually exclusive: without "
				   "either, both stacks are counted");
	struct multi_count m;
	if (multi_count_parse(t, c, &m))
		return 1;
	struct stack_filter f = {
		.kernel = !user_only,
		.user = !kernel_only,
		.offsets = multi_opt_set(t, c, "offset"),
		.folded = multi_opt_set(t, c, "folded"),
		.show_comm = !m.pid,
	};
	/* bcc keys user-space events and user stacks by process too: their
	 * symbols depend on it. */
	f.comm_pid = multi_opt_set(t, c, "perpid") || !bcc_probe_is_kernel(&m.probe) || f.user;
	f.delimit = multi_opt_set(t, c, "delimited") && f.kernel && f.user;
	m.timestamp &= !f.folded;

	struct multi_run r = { .tool = t->name, .cmdline = c, .filter_line = filter_line,
			       .filter_end = filter_end, .filter_ctx = &f,
			       .print = multi_opt_set(t, c, "debug") };
	struct strbuf *p = &r.program;
	strbuf_puts(p, "/* bpfscope stackcount '");
	multi_put_in_comment(p, m.pattern);
	strbuf_puts(p, "' */\n");
	if (m.targets.skipped)
		strbuf_printf(p, "/* %zu function%s left out: no uprobe can go on an AVX "
			      "instruction */\n", m.targets.skipped, m.targets.skipped == 1 ? "" : "s");
	for (size_t i = 0; i < m.targets.n; i++)
		strbuf_printf(p, "%s%s", i ? ",\n" : "", m.targets.items[i].attach);
	if (!m.targets.n)
		bcc_probe_attach_point(&m.probe, p);
	strbuf_putc(p, '\n');
	if (m.pid)
		strbuf_printf(p, "/pid == %ld/\n", m.pid);
	strbuf_puts(p, "{\n");
	put_key(p, &f);
	strbuf_puts(p, "}\n");
	multi_count_put_output(&m, p, NULL);
	int status = multi_count_exec(&m, &r, !f.folded);
	multi_count_free(&m);
	strbuf_free(p);
	return status;
}

const struct multi_tool multi_stackcount = {
	.name = "stackcount",
	.summary = "count the stacks that lead to events matching a pattern.",
	.cls = 'P',
	.usage = "[-p PID] [-i INTERVAL] [-D DURATION] [-T] [-r] [-s] [-P] [-K|-U] [-d] [-f] [-v] "
		 "pattern",
	.details =
		"pattern, as bcc's stackcount takes it:\n"
		"  t:CATEGORY:EVENT     tracepoints, wildcards allowed\n"
		"  LIB:FUNC, p:LIB:FUNC user functions of a library or program (c:malloc)\n"
		"  u:LIB:PROBE          USDT probes of LIB; where LIB has none of that name, its\n"
		"                       functions\n"
		"  FUNC, p::FUNC        kernel functions: need kprobes (this kernel may lack them)\n"
		"\nClass P: kernel-function patterns need kprobes.\n"
		"With -r the name is a regular expression (t: over \"category:event\"), matched\n"
		"from its start, as bcc does.\n"
		"Differs from upstream: -v prints the generated program (bcc: raw addresses);\n"
		"the banner goes to stderr; functions that start with an AVX instruction (glibc's\n"
		"strcmp here) cannot take a uprobe and are left out.\n",
	.opts = opts,
	.run = run,
};
