/* trace: print a line per event, with a filter and a printf-style message
 * built from the event's arguments, as bcc's trace. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tools/multi/multi_impl.h"
#include "util/cmdline.h"
#include "util/glob.h"

static const struct multi_opt opts[] = {
	{ 'p', "pid", "PID", "id of the process to trace" },
	{ 'L', "tid", "TID", "id of the thread to trace" },
	{ 0, "uid", "UID", "id of the user to trace" },
	{ 'M', "max-events", "MAX_EVENTS", "number of events to print before quitting" },
	{ 't', "timestamp", NULL, "print timestamp column (offset from trace start)" },
	{ 'T', "time", NULL, "print time column" },
	{ 'C', "print_cpu", NULL, "print CPU id" },
	{ 'n', "name", "NAME", "only print process names containing this name" },
	{ 'S', "include-self", NULL, "do not filter trace's own pid from the trace" },
	{ 'K', "kernel-stack", NULL, "output kernel stack trace" },
	{ 'U', "user-stack", NULL, "output user stack trace" },
	{ 0, NULL, NULL, NULL },
};

#define MAX_ARGS 16

struct options {
	long pid, tid, uid, max_events;
	bool timestamp, time, cpu, include_self, kstack, ustack;
	const char *name;
};

/* A printf conversion of the message: its letter (d, s, K, ...). */
static int conversions(const char *fmt, size_t len, char *kinds, int max)
{
	int n = 0;
	for (size_t i = 0; i < len; i++) {
		if (fmt[i] != '%')
			continue;
		if (i + 1 < len && fmt[i + 1] == '%') {
			i++;
			continue;
		}
		i++;
		while (i < len && strchr("-+ #0123456789.hlLqjzt", fmt[i]))
			i++;
		if (n < max)
			kinds[n] = i < len ? fmt[i] : '\0';
		n++;
	}
	return n;
}

/* The message with %K and %U (symbols) turned into %s. */
static void put_format(struct strbuf *out, const char *fmt, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		strbuf_putc(out, fmt[i]);
		if (fmt[i] != '%')
			continue;
		if (i + 1 < len && fmt[i + 1] == '%') {
			strbuf_putc(out, '%');
			i++;
			continue;
		}
		while (i + 1 < len && strchr("-+ #0123456789.hlLqjzt", fmt[i + 1]))
			strbuf_putc(out, fmt[++i]);
		if (i + 1 < len && (fmt[i + 1] == 'K' || fmt[i + 1] == 'U')) {
			strbuf_putc(out, 's');
			i++;
		}
	}
}

static size_t skip_blank(const char *s, size_t i)
{
	while (s[i] && isspace((unsigned char)s[i]))
		i++;
	return i;
}

static void add_filter(struct strbuf *f, const char *text)
{
	if (f->len)
		strbuf_puts(f, " && ");
	strbuf_puts(f, text);
}

static void put_filters(struct strbuf *p, const struct options *o, const char *pred)
{
	struct strbuf f = STRBUF_INIT;
	char text[128];
	if (o->pid)
		snprintf(text, sizeof(text), "pid == %ld", o->pid);
	else if (!o->include_self)
		snprintf(text, sizeof(text), "pid != %d", (int)getpid());
	if (o->pid || !o->include_self)
		add_filter(&f, text);
	if (o->tid) {
		snprintf(text, sizeof(text), "tid == %ld", o->tid);
		add_filter(&f, text);
	}
	if (o->uid >= 0) {
		snprintf(text, sizeof(text), "uid == %ld", o->uid);
		add_filter(&f, text);
	}
	if (o->name) {
		snprintf(text, sizeof(text), "strcontains(comm, \"%.64s\")", o->name);
		add_filter(&f, text);
	}
	if (pred) {
		add_filter(&f, "(");
		strbuf_puts(&f, pred);
		strbuf_putc(&f, ')');
	}
	if (f.len)
		strbuf_printf(p, "/%s/\n", strbuf_str(&f));
	strbuf_free(&f);
}

static void put_func(struct strbuf *p, const struct bcc_probe *probe)
{
	if (!glob_has_wildcard(probe->name))
		strbuf_printf(p, "\"%s\"", probe->name);
	else if (probe->kind == BCC_TRACEPOINT || probe->kind == BCC_USDT)
		strbuf_puts(p, "probe");
	else
		strbuf_puts(p, "func");
}

/* What follows the specifier in a probe argument, rewritten. */
struct message {
	struct strbuf pred;         /* the (filter); empty: none */
	const char *fmt;            /* the "format", without its quotes; NULL: none */
	size_t fmt_len, fmt_col;
	struct strbuf values;       /* ", value" for each conversion */
};

/* (filter): arg[*i] is its '('; *i ends up after the ')' and blank space */
static int read_filter(const char *tool, const char *arg, size_t *i, struct bcc_expr_env *env,
		       struct message *m)
{
	size_t start = *i, close = bcc_close_paren(arg, start);
	if (!arg[close])
		return multi_error(tool, arg, start, 1, "unmatched '(' in the filter");
	if (bcc_expr_rewrite(tool, arg, start + 1, arg + start + 1, close - start - 1, env, &m->pred))
		return 1;
	*i = skip_blank(arg, close + 1);
	return 0;
}

/* "format": arg[*i] is its '"' */
static int read_format(const char *tool, const char *arg, size_t *i, struct message *m)
{
	size_t j = *i + 1;
	while (arg[j] && arg[j] != '"') {
		if (arg[j] == '\\' && arg[j + 1])
			j++;
		j++;
	}
	if (!arg[j])
		return multi_error(tool, arg, *i, 1, "the format string is not closed");
	m->fmt_col = *i;
	m->fmt = arg + *i + 1;
	m->fmt_len = j - *i - 1;
	*i = skip_blank(arg, j + 1);
	return 0;
}

/* , argument, ...: one for each conversion of the format */
static int read_values(const char *tool, const char *arg, size_t i, struct bcc_expr_env *env,
		       struct message *m)
{
	char kinds[MAX_ARGS];
	int nconv = m->fmt ? conversions(m->fmt, m->fmt_len, kinds, MAX_ARGS) : 0;
	int nargs = 0;
	for (; arg[i] == ','; nargs++) {
		size_t start = skip_blank(arg, i + 1);
		size_t end = bcc_find_top(arg, strlen(arg), start, ",");
		size_t n = end - start;
		while (n && isspace((unsigned char)arg[start + n - 1]))
			n--;
		if (!n)
			return multi_error(tool, arg, start, 1, "an argument is missing");
		if (nargs >= nconv || nargs >= MAX_ARGS)
			return multi_error(tool, arg, start, n, "more arguments than the format string "
					   "has conversions (%d)", nconv);
		char kind = kinds[nargs];
		const char *wrap = kind == 's' ? "str(" : kind == 'K' ? "ksym(" : kind == 'U' ? "usym(" : "";
		strbuf_printf(&m->values, ", %s", wrap);
		if (bcc_expr_rewrite(tool, arg, start, arg + start, n, env, &m->values))
			return 1;
		if (*wrap)
			strbuf_putc(&m->values, ')');
		i = end;
	}
	if (arg[i])
		return multi_error(tool, arg, i, strlen(arg + i), "expected ', argument' here");
	if (nargs < nconv)
		return multi_error(tool, arg, m->fmt_col, m->fmt_len + 2,
				   "the format string has %d conversion%s but %d argument%s follow%s",
				   nconv, nconv == 1 ? "" : "s", nargs, nargs == 1 ? "" : "s",
				   nargs == 1 ? "s" : "");
	return 0;
}

/* [(filter)] ["format"[, arguments]] after the specifier */
static int read_message(const char *tool, const char *arg, const struct bcc_probe *probe,
			struct message *m)
{
	struct bcc_expr_env env = { .probe = probe };
	size_t i = skip_blank(arg, probe->end);
	if (arg[i] == '(' && read_filter(tool, arg, &i, &env, m))
		return 1;
	if (arg[i] == '"') {
		if (read_format(tool, arg, &i, m))
			return 1;
	} else if (arg[i]) {
		return multi_error(tool, arg, i, strlen(arg + i),
				   "expected a (filter) or a \"format string\" here");
	}
	return read_values(tool, arg, i, &env, m);
}

static void put_probe(struct strbuf *p, const struct options *o, const char *arg,
		      const struct bcc_probe *probe, struct message *m)
{
	strbuf_puts(p, "\n/* ");
	multi_put_in_comment(p, arg);
	strbuf_puts(p, " */\n");
	bcc_probe_attach_point(probe, p);
	strbuf_putc(p, '\n');
	put_filters(p, o, m->pred.len ? strbuf_str(&m->pred) : NULL);
	strbuf_puts(p, "{\n");
	if (o->max_events)
		strbuf_printf(p, "\t@events = @events + 1;\n\tif (@events > %ld) {\n\t\treturn;\n\t}\n",
			      o->max_events);
	if (o->time)
		strbuf_puts(p, "\ttime(\"%H:%M:%S \");\n");
	else if (o->timestamp)
		strbuf_puts(p, "\tprintf(\"%d.%06d \", elapsed / 1000000000, elapsed / 1000 % 1000000);\n");
	if (o->cpu)
		strbuf_puts(p, "\tprintf(\"%-3d \", cpu);\n");
	strbuf_puts(p, "\tprintf(\"%-7d %-7d %-15s %-16s ");
	if (m->fmt)
		put_format(p, m->fmt, m->fmt_len);
	strbuf_puts(p, "\\n\", pid, tid, comm, ");
	put_func(p, probe);
	strbuf_printf(p, "%s);\n", strbuf_str(&m->values));
	if (o->kstack)
		strbuf_puts(p, "\tprintf(\"%s\", kstack);\n");
	if (o->ustack)
		strbuf_puts(p, "\tprintf(\"%s\", ustack);\n");
	if (o->max_events)
		strbuf_printf(p, "\tif (@events == %ld) {\n\t\texit();\n\t}\n", o->max_events);
	strbuf_puts(p, "}\n");
}

/* One probe argument: spec [(filter)] ["format"[, arguments]]. */
static int add_probe(const char *tool, const char *arg, const struct options *o,
		     struct strbuf *p, bool *has_message)
{
	struct bcc_probe probe;
	if (bcc_probe_parse(tool, arg, BCC_FORM_TRACE, &probe))
		return 1;
	struct message m = { .pred = STRBUF_INIT, .values = STRBUF_INIT };
	int status = read_message(tool, arg, &probe, &m);
	if (!status) {
		put_probe(p, o, arg, &probe, &m);
		*has_message |= m.fmt != NULL;
	}
	strbuf_free(&m.pred);
	strbuf_free(&m.values);
	bcc_probe_free(&probe);
	return status;
}

static int run(const struct multi_tool *t, const struct multi_cmdline *c)
{
	struct options o = {
		.pid = multi_opt_number(t, c, "pid"),
		.tid = multi_opt_number(t, c, "tid"),
		.uid = -1,
		.max_events = multi_opt_number(t, c, "max-events"),
		.timestamp = multi_opt_set(t, c, "timestamp"),
		.time = multi_opt_set(t, c, "time"),
		.cpu = multi_opt_set(t, c, "print_cpu"),
		.include_self = multi_opt_set(t, c, "include-self"),
		.kstack = multi_opt_set(t, c, "kernel-stack"),
		.ustack = multi_opt_set(t, c, "user-stack"),
		.name = multi_opt_value(t, c, "name"),
	};
	if (o.pid < 0 || o.tid < 0 || o.max_events < 0)
		return 1;
	const char *uid = multi_opt_value(t, c, "uid");
	if (uid && !cmdline_number(uid, 0, &o.uid))
		return multi_error(t->name, NULL, 0, 0, "--uid needs a user id, not '%s'", uid);
	if (o.name && strpbrk(o.name, "\"\\"))
		return multi_error(t->name, NULL, 0, 0, "-n takes a plain name");
	struct multi_run r = { .tool = t->name, .cmdline = c };
	struct strbuf body = STRBUF_INIT;
	bool has_message = false, any = false;
	for (int i = 0; i < c->nitems; i++) {
		if (c->items[i].opt >= 0)
			continue;
		any = true;
		if (add_probe(t->name, c->items[i].value, &o, &body, &has_message)) {
			strbuf_free(&body);
			return 1;
		}
	}
	if (!any) {
		fprintf(stderr, "bpfscope %s: at least one probe is required\nusage: bpfscope %s %s\n",
			t->name, t->name, t->usage);
		return 1;
	}
	struct strbuf *p = &r.program;
	strbuf_puts(p, "/* bpfscope trace */\nBEGIN\n{\n");
	if (o.time || o.timestamp)
		strbuf_puts(p, "\tprintf(\"%-8s \", \"TIME\");\n");
	if (o.cpu)
		strbuf_puts(p, "\tprintf(\"%-3s \", \"CPU\");\n");
	strbuf_printf(p, "\tprintf(\"%%-7s %%-7s %%-15s %%-16s %%s\\n\", \"PID\", \"TID\", \"COMM\", "
		      "\"FUNC\", \"%s\");\n}\n", has_message ? "-" : "");
	strbuf_puts(p, strbuf_str(&body));
	if (o.max_events)
		strbuf_puts(p, "\nEND\n{\n\tclear(@events);\n}\n");
	strbuf_free(&body);
	r.pid = o.pid;
	int status = multi_exec(&r);
	strbuf_free(p);
	return status;
}

const struct multi_tool multi_trace = {
	.name = "trace",
	.summary = "print a line per event, with a filter and a message from its arguments.",
	.cls = 'P',
	.usage = "[-p PID] [-L TID] [--uid UID] [-M MAX_EVENTS] [-t] [-T] [-C] [-n NAME] [-S] "
		 "[-K] [-U] [-v] probe [probe ...]",
	.details =
		"probe, as bcc's trace takes it:\n"
		"  [p|r]:[LIB]:FUNC[(signature)] [(filter)] [\"format\"[, arguments]]\n"
		"  t:CATEGORY:EVENT [(filter)] [\"format\"[, arguments]]\n"
		"  u:LIB:[PROVIDER:]PROBE [(filter)] [\"format\"[, arguments]]\n"
		"In the filter and the arguments: arg1..arg6 (USDT: arg1..arg12), retval (r:),\n"
		"args->field or args.field (t:), the signature's names, $pid, $tgid, $uid, $gid,\n"
		"$cpu, $task, STRCMP(\"text\", arg); formats %d %u %x %s %c and %K/%U (symbols).\n"
		"u:LIB:NAME where LIB has no USDT probe NAME traces its function NAME.\n"
		"\nClass P: p:/r: kernel functions need kprobes (this kernel may lack them).\n"
		"Differs from upstream: -u, -Z, -c, -f, -B, -s, -a, -I\n"
		"and -A are not supported.\n",
	.opts = opts,
	.run = run,
};
