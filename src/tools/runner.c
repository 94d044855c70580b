/* Tools as commands (see runner.h). */
#include "tools/runner.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fold/fold.h"
#include "live/tracer.h"
#include "tools/header.h"
#include "tools/multi/multi.h"

bool tools_is_tool(const char *name)
{
	char path[PATH_MAX];
	return tool_path(name, path, sizeof(path));
}

void tools_usage(const struct tool *t, FILE *out)
{
	struct tool_common c;
	tool_common_options(t, &c);
	fprintf(out, "usage: bpfscope %s", t->name);
	for (int i = 0; i < t->nopts; i++) {
		const struct tool_option *o = &t->opts[i];
		if (o->short_name)
			fprintf(out, " [-%c%s%s]", o->short_name, o->value[0] ? " " : "", o->value);
		else
			fprintf(out, " [--%s%s%s]", o->long_name, o->value[0] ? "=" : "", o->value);
	}
	if (c.folded)
		fprintf(out, c.short_f ? " [-f]" : " [--folded]");
	if (c.duration && !t->duration_arg)
		fprintf(out, c.short_d ? " [-d SECS]" : " [--duration SECS]");
	for (int i = 0; i < t->nargs; i++)
		fprintf(out, " [%s]", t->args[i].name);
	if (t->interval)
		fputs(" [interval [count]]", out);
	if (t->duration_arg)
		fputs(" [duration]", out);
	fputc('\n', out);
}

/* Calls `fn` for each option line of --help and the man page: the
 * tool's own, then the ones every tool has. */
void tools_each_option(const struct tool *t, void (*fn)(const char *left, const char *help, void *arg),
		       void *arg)
{
	struct tool_common c;
	tool_common_options(t, &c);
	char left[80];
	for (int i = 0; i < t->nopts; i++) {
		const struct tool_option *o = &t->opts[i];
		if (o->short_name)
			snprintf(left, sizeof(left), "-%c%s%s, --%s", o->short_name,
				 o->value[0] ? " " : "", o->value, o->long_name);
		else
			snprintf(left, sizeof(left), "--%s%s%s", o->long_name, o->value[0] ? "=" : "",
				 o->value);
		fn(left, o->help, arg);
	}
	for (int i = 0; i < t->nargs; i++)
		fn(t->args[i].name, t->args[i].help, arg);
	if (t->interval) {
		fn("interval", "print and reset the output every interval seconds", arg);
		fn("count", "stop after count intervals", arg);
	}
	if (c.folded) {
		fn(c.short_f ? "-f, --folded" : "--folded",
		   "print the stacks folded (comm;frame;...;frame count), for flame graphs", arg);
		fn(c.short_d_delimited ? "-d, --delimited" : "--delimited",
		   "with --folded, a \"-\" frame between user and kernel stacks", arg);
	}
	if (t->duration_arg)
		fn("duration", "stop after duration seconds (as on Ctrl-C)", arg);
	else if (c.duration)
		fn(c.short_d ? "-d, --duration SECS" : "--duration SECS",
		   "stop after SECS seconds (as on Ctrl-C)", arg);
	fn("--cmd CMD", "run CMD and trace while it runs", arg);
	fn("--output FILE", "write the output to FILE", arg);
	fn("-h, --help", "this help", arg);
}

static void print_option(const char *left, const char *help, void *arg)
{
	(void)arg;
	if (strlen(left) > 24)
		printf("  %s\n  %-24s %s\n", left, "", help);
	else
		printf("  %-24s %s\n", left, help);
}

static void help(const struct tool *t)
{
	tools_usage(t, stdout);
	fputc('\n', stdout);
	if (t->header)
		fputs(t->header, stdout);
	if (tool_class_text(t->cls))
		printf("\nclass %s\n", tool_class_text(t->cls));
	fputs("\noptions:\n", stdout);
	tools_each_option(t, print_option, NULL);
}

/* One line of `bpfscope tools`, for the list sorted by name. */
struct listed {
	char name[64];
	char summary[512];
};

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct listed *)a)->name, ((const struct listed *)b)->name);
}

static void add_multi(const char *name, const char *summary, char cls, void *arg)
{
	(void)cls;
	struct { struct listed *items; int n, cap; } *l = arg;
	if (l->n < l->cap) {
		snprintf(l->items[l->n].name, sizeof(l->items[l->n].name), "%s", name);
		snprintf(l->items[l->n].summary, sizeof(l->items[l->n].summary), "%s", summary);
		l->n++;
	}
}

int tools_list(void)
{
	const char *dir = tools_dir();
	if (!dir) {
		fprintf(stderr, "bpfscope: no tools directory (set BPFSCOPE_TOOLS, or run the "
			"bpfscope of a build tree or an installed one)\n");
		return 1;
	}
	struct dirent **names;
	int n = scandir(dir, &names, NULL, alphasort);
	if (n < 0) {
		fprintf(stderr, "bpfscope: cannot read %s: %m\n", dir);
		return 1;
	}
	struct { struct listed *items; int n, cap; } l = { calloc((size_t)n + 16, sizeof(struct listed)), 0, n + 16 };
	for (int i = 0; i < n; i++) {
		char *dot = strrchr(names[i]->d_name, '.');
		struct tool t;
		if (l.items && dot && !strcmp(dot, ".bt")) {
			*dot = '\0';
			if (!tool_load(names[i]->d_name, &t)) {
				const char *dash = strstr(t.summary, " - ");
				add_multi(names[i]->d_name, dash ? dash + 3 : t.summary, t.cls, &l);
				tool_free(&t);
			}
		}
		free(names[i]);
	}
	free(names);
	if (!l.items)
		return 1;
	/* the generic tools are built in: bcc's syntax is parsed, not a script */
	multi_tool_each(add_multi, &l);
	qsort(l.items, (size_t)l.n, sizeof(*l.items), by_name);
	for (int i = 0; i < l.n; i++)
		printf("%-16s %s\n", l.items[i].name, l.items[i].summary);
	free(l.items);
	return 0;
}

/* A positive whole number of seconds or intervals. */
static bool count_arg(const char *s)
{
	if (!*s)
		return false;
	for (const char *p = s; *p; p++)
		if (*p < '0' || *p > '9')
			return false;
	return strtol(s, NULL, 10) > 0;
}

/* What the command line asked for, as the tracer's own arguments. */
struct request {
	const char *cmd, *output, *duration;
	const char *pid;        /* @tracer-pid: the tracer's -p */
	bool folded, delimited;
	const char *positional[TOOL_MAX_ARGS];
	int npos;
	const char *interval, *count;
	char **named;           /* "--pid=42" */
	int nnamed;
};

static int bad_usage(const struct tool *t, const char *fmt, const char *what)
{
	fprintf(stderr, "bpfscope %s: ", t->name);
	fprintf(stderr, fmt, what);
	fputc('\n', stderr);
	tools_usage(t, stderr);
	return 1;
}

/* A named parameter for the program: "--long" or "--long=value". */
static int add_named(struct request *rq, const char *long_name, const char *value)
{
	size_t size = strlen(long_name) + (value ? strlen(value) : 0) + 4;
	char *s = malloc(size);
	if (!s)
		return -1;
	if (value)
		snprintf(s, size, "--%s=%s", long_name, value);
	else
		snprintf(s, size, "--%s", long_name);
	rq->named[rq->nnamed++] = s;
	return 0;
}

/* The positional arguments: the tool's @args, then interval and count or
 * duration. Returns false when there is no room for `a`. */
static bool add_positional(const struct tool *t, struct request *rq, const char *a)
{
	if (rq->npos < t->nargs) {
		rq->positional[rq->npos++] = a;
		return true;
	}
	if (t->interval && !rq->interval)
		rq->interval = a;
	else if (t->interval && !rq->count)
		rq->count = a;
	else if (t->duration_arg && !rq->duration)
		rq->duration = a;
	else
		return false;
	return count_arg(a);
}

/* Whether short option `c` takes a value, for splitting "-NT" or "-p42":
 * 1 a value, 0 a flag, -1 no such option. */
static int short_takes_value(const struct tool *t, const struct tool_common *c, char ch)
{
	const struct tool_option *o = tool_option_short(t, ch);
	if (o)
		return o->value[0] != 0;
	if (ch == 'h' || (ch == 'f' && c->short_f) || (ch == 'd' && c->short_d_delimited))
		return 0;
	if (ch == 'd' && c->short_d)
		return 1;
	return -1;
}

/* Splits clusters of short options as getopt does: "-NT" is "-N -T" and
 * "-p42" is "-p 42". Returns a new argv (argv[0] kept), or NULL. */
static char **split_short_options(const struct tool *t, int argc, char **argv, int *out_argc)
{
	struct tool_common c;
	tool_common_options(t, &c);
	size_t cap = 1;
	for (int i = 0; i < argc; i++)
		cap += strlen(argv[i]) + 1;
	char **out = calloc(cap, sizeof(*out));
	if (!out)
		return NULL;
	int n = 0;
	out[n++] = argv[0];
	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		bool cluster = a[0] == '-' && a[1] && a[1] != '-' && a[2] && !(a[1] >= '0' && a[1] <= '9');
		for (const char *p = a + 1; cluster && *p; p++) {
			int v = short_takes_value(t, &c, *p);
			if (v < 0) {
				cluster = false;        /* left whole: reported as unknown */
			} else if (v > 0) {
				break;                  /* the rest is its value */
			}
		}
		if (!cluster) {
			out[n++] = a;
			continue;
		}
		for (char *p = a + 1; *p; p++) {
			char opt[3] = { '-', *p, 0 };
			out[n++] = strdup(opt);
			if (short_takes_value(t, &c, *p) > 0) {
				if (p[1])
					out[n++] = p + 1;
				break;
			}
		}
	}
	out[n] = NULL;
	*out_argc = n;
	return out;
}

/* Returns -1 when the command line is bad (reported), 1 for --help, 0. */
static int parse_request(const struct tool *t, int argc, char **argv, struct request *rq)
{
	struct tool_common c;
	tool_common_options(t, &c);
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help"))
			return 1;
		const char **common = NULL;
		if (!strcmp(a, "--cmd"))
			common = &rq->cmd;
		else if (!strcmp(a, "--output"))
			common = &rq->output;
		else if (c.duration && !t->duration_arg && (!strcmp(a, "--duration") || (c.short_d && !strcmp(a, "-d"))))
			common = &rq->duration;
		if (common) {
			if (i + 1 >= argc)
				return bad_usage(t, "%s needs a value", a), -1;
			*common = argv[++i];
			if (common == &rq->duration && !count_arg(*common))
				return bad_usage(t, "the duration must be a whole number of seconds, not '%s'", *common), -1;
			continue;
		}
		if (c.folded && (!strcmp(a, "--folded") || (c.short_f && !strcmp(a, "-f")))) {
			rq->folded = true;
			continue;
		}
		if (c.folded && (!strcmp(a, "--delimited") || (c.short_d_delimited && !strcmp(a, "-d")))) {
			rq->delimited = true;
			continue;
		}
		const struct tool_option *o = NULL;
		const char *inline_value = NULL;
		if (a[0] == '-' && a[1] == '-' && a[2]) {
			size_t n = strcspn(a + 2, "=");
			o = tool_option_long(t, a + 2, n);
			if (a[2 + n] == '=')
				inline_value = a + 3 + n;
		} else if (a[0] == '-' && a[1] && !(a[1] >= '0' && a[1] <= '9')) {
			o = a[2] ? NULL : tool_option_short(t, a[1]);
		} else {
			if (!add_positional(t, rq, a))
				return bad_usage(t, "unexpected argument '%s'", a), -1;
			continue;
		}
		if (!o)
			return bad_usage(t, "unknown option '%s'", a), -1;
		const char *value = inline_value;
		if (o->value[0] && !value) {
			if (i + 1 >= argc) {
				fprintf(stderr, "bpfscope %s: %s needs a value (%s)\n", t->name, a, o->value);
				return -1;
			}
			value = argv[++i];
		}
		if (add_named(rq, o->long_name, o->value[0] ? value : NULL))
			return -1;
		if (t->tracer_pid && !strcmp(o->long_name, "pid"))
			rq->pid = value;
	}
	if (rq->delimited && !rq->folded)
		return bad_usage(t, "%s works only with --folded", "--delimited"), -1;
	if ((rq->interval && add_named(rq, "interval", rq->interval)) ||
	    (rq->count && add_named(rq, "count", rq->count)))
		return -1;
	return 0;
}

/* The tracer's command line: bpfscope [-c CMD] [-o FILE] [--duration S]
 * [--banner TEXT] TOOL.bt ARGS... [-- NAMED...]. */
static const char **tracer_argv(const struct tool *t, const struct request *rq, const char *output)
{
	const char **out = calloc((size_t)rq->npos + (size_t)rq->nnamed + 16, sizeof(*out));
	if (!out)
		return NULL;
	int n = 0;
	out[n++] = "bpfscope";
	if (rq->cmd) {
		out[n++] = "-c";
		out[n++] = rq->cmd;
	}
	if (rq->pid) {
		out[n++] = "-p";
		out[n++] = rq->pid;
	}
	if (output) {
		out[n++] = "-o";
		out[n++] = output;
	}
	if (rq->duration) {
		out[n++] = "--duration";
		out[n++] = rq->duration;
	}
	if (t->banner[0]) {
		out[n++] = "--banner";
		out[n++] = t->banner;
	}
	out[n++] = t->path;
	for (int i = 0; i < rq->npos; i++)
		out[n++] = rq->positional[i];
	if (rq->nnamed) {
		out[n++] = "--";
		for (int i = 0; i < rq->nnamed; i++)
			out[n++] = rq->named[i];
	}
	out[n] = NULL;
	return out;
}

/* --folded: the tracer writes its maps into a temporary file, which is
 * then folded onto the output. */
static int run_folded(const struct tool *t, const struct request *rq)
{
	char tmp[] = "/tmp/bpfscope-fold-XXXXXX";
	int fd = mkstemp(tmp);
	if (fd < 0) {
		fprintf(stderr, "bpfscope %s: cannot make a temporary file: %m\n", t->name);
		return 1;
	}
	close(fd);
	const char **argv = tracer_argv(t, rq, tmp);
	int status = 1;
	if (argv) {
		struct live_run run = { .who = t->name, .argv = argv, .self_arg = -1 };
		status = live_run(&run);
		free(argv);
	}
	FILE *in = fopen(tmp, "re");
	FILE *out = rq->output ? fopen(rq->output, "we") : stdout;
	if (!in || !out) {
		fprintf(stderr, "bpfscope %s: cannot open %s: %m\n", t->name, !in ? tmp : rq->output);
		status = 1;
	} else {
		struct fold_options fo = { .delimit = rq->delimited };
		if (fold_stream(in, out, &fo) < 0)
			status = 1;
	}
	if (in)
		fclose(in);
	if (out && out != stdout && fclose(out))
		status = 1;
	unlink(tmp);
	return status;
}

int tools_run(int argc, char **argv)
{
	struct tool t;
	if (tool_load(argv[0], &t)) {
		fprintf(stderr, "bpfscope: no tool '%s' (see bpfscope tools)\n", argv[0]);
		return 1;
	}
	struct request rq = { .named = calloc((size_t)argc + 3, sizeof(char *)) };
	if (!rq.named)
		return 1;
	int nargc;
	char **nargv = split_short_options(&t, argc, argv, &nargc);
	if (!nargv)
		return 1;
	int r = parse_request(&t, nargc, nargv, &rq);
	if (r) {
		if (r > 0)
			help(&t);
		return r > 0 ? 0 : 1;
	}
	if (rq.folded)
		return run_folded(&t, &rq);
	const char **targv = tracer_argv(&t, &rq, rq.output);
	if (targv)
		live_exec_self(t.name, targv);
	return 1;
}
