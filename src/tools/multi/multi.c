/* The multi-tools' command lines, help and errors (see multi.h). */
#include "tools/multi/multi.h"

#include <stdarg.h>
#include <string.h>

#include "tools/multi/multi_impl.h"
#include "util/cmdline.h"

static const struct multi_tool *const tools[] = {
	&multi_argdist, &multi_funccount, &multi_stackcount, &multi_trace,
};

#define NTOOLS (sizeof(tools) / sizeof(tools[0]))

static const struct multi_tool *find_tool(const char *name)
{
	for (size_t i = 0; i < NTOOLS; i++)
		if (!strcmp(tools[i]->name, name))
			return tools[i];
	return NULL;
}

bool multi_tool_is(const char *name)
{
	return find_tool(name) != NULL;
}

void multi_tool_each(void (*fn)(const char *name, const char *summary, char cls, void *arg),
		     void *arg)
{
	for (size_t i = 0; i < NTOOLS; i++)
		fn(tools[i]->name, tools[i]->summary, tools[i]->cls, arg);
}

int multi_error(const char *tool, const char *arg, size_t col, size_t len, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "bpfscope %s: error: ", tool);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (arg) {
		fprintf(stderr, "    %s\n    %*s^", arg, (int)col, "");
		for (size_t i = 1; i < len; i++)
			fputc('~', stderr);
		fputc('\n', stderr);
	}
	return 1;
}

void multi_put_in_comment(struct strbuf *p, const char *text)
{
	for (const char *c = text; *c; c++) {
		strbuf_putc(p, *c);
		if (c[0] == '*' && c[1] == '/')
			strbuf_putc(p, ' ');
	}
}

static void usage(const struct multi_tool *t, FILE *out)
{
	fprintf(out, "usage: bpfscope %s %s\n", t->name, t->usage);
}

static void help(const struct multi_tool *t)
{
	usage(t, stdout);
	printf("\n%s - %s\n\noptions:\n", t->name, t->summary);
	for (const struct multi_opt *o = t->opts; o->long_name; o++) {
		char left[64];
		if (o->short_name)
			snprintf(left, sizeof(left), "-%c%s%s, --%s", o->short_name,
				 o->value ? " " : "", o->value ? o->value : "", o->long_name);
		else
			snprintf(left, sizeof(left), "--%s%s%s", o->long_name, o->value ? " " : "",
				 o->value ? o->value : "");
		printf("  %-24s %s\n", left, o->help);
	}
	printf("  %-24s %s\n", "-v, --print", "print the generated bpftrace program and exit");
	printf("  %-24s %s\n", "--cmd CMD", "run CMD and trace while it runs");
	printf("  %-24s %s\n", "--output FILE", "write the output to FILE");
	printf("  %-24s %s\n", "-h, --help", "this help");
	if (t->details)
		printf("\n%s", t->details);
}

static const struct multi_opt *find_long(const struct multi_tool *t, const char *name, size_t n)
{
	for (const struct multi_opt *o = t->opts; o->long_name; o++)
		if (strlen(o->long_name) == n && !strncmp(o->long_name, name, n))
			return o;
	return NULL;
}

static const struct multi_opt *find_short(const struct multi_tool *t, char c)
{
	for (const struct multi_opt *o = t->opts; o->long_name; o++)
		if (o->short_name == c)
			return o;
	return NULL;
}

static int add_item(const struct multi_tool *t, struct multi_cmdline *c, int opt,
		    const char *value)
{
	if (c->nitems == MULTI_MAX_ITEMS)
		return multi_error(t->name, NULL, 0, 0, "too many arguments");
	c->items[c->nitems].opt = opt;
	c->items[c->nitems].value = value;
	c->nitems++;
	return 0;
}

static int bad_option(const struct multi_tool *t, const char *a)
{
	fprintf(stderr, "bpfscope %s: unknown option '%s'\n", t->name, a);
	usage(t, stderr);
	return 1;
}

static int needs_value(const struct multi_tool *t, const char *a, const struct multi_opt *o)
{
	fprintf(stderr, "bpfscope %s: %s needs a value (%s)\n", t->name, a, o->value);
	return 1;
}

/* --name, --name=VALUE or --name VALUE at argv[*i]; 1 on an error. */
static int parse_long(const struct multi_tool *t, int argc, char **argv, int *i,
		      struct multi_cmdline *c, bool *show_help)
{
	const char *a = argv[*i], *name = a + 2;
	size_t n = strcspn(name, "=");
	const char *v = name[n] == '=' ? name + n + 1 : NULL;
	if (n == 4 && !strncmp(name, "help", 4)) {
		*show_help = true;
		return 0;
	}
	if (n == 5 && !strncmp(name, "print", 5)) {
		c->print = true;
		return 0;
	}
	bool cmd = n == 3 && !strncmp(name, "cmd", 3);
	bool output = n == 6 && !strncmp(name, "output", 6);
	const struct multi_opt *o = cmd || output ? NULL : find_long(t, name, n);
	if (!cmd && !output && !o)
		return bad_option(t, a);
	if (o && !o->value)
		return add_item(t, c, (int)(o - t->opts), "");
	if (!v && *i + 1 >= argc) {
		if (o)
			return needs_value(t, a, o);
		fprintf(stderr, "bpfscope %s: %s needs a value\n", t->name, a);
		return 1;
	}
	if (!v)
		v = argv[++*i];
	if (o)
		return add_item(t, c, (int)(o - t->opts), v);
	*(cmd ? &c->cmd : &c->output) = v;
	return 0;
}

/* -x, -xVALUE, -x VALUE and flags grouped (-Ti 5) at argv[*i]. */
static int parse_short(const struct multi_tool *t, int argc, char **argv, int *i,
		       struct multi_cmdline *c, bool *show_help)
{
	const char *a = argv[*i];
	for (const char *p = a + 1; *p; p++) {
		if (*p == 'h') {
			*show_help = true;
			return 0;
		}
		const struct multi_opt *o = find_short(t, *p);
		if (!o && *p == 'v') {
			c->print = true;
			continue;
		}
		if (!o)
			return bad_option(t, a);
		if (!o->value) {
			if (add_item(t, c, (int)(o - t->opts), ""))
				return 1;
			continue;
		}
		if (p[1])
			return add_item(t, c, (int)(o - t->opts), p + 1);
		if (*i + 1 >= argc)
			return needs_value(t, a, o);
		return add_item(t, c, (int)(o - t->opts), argv[++*i]);
	}
	return 0;
}

/* bcc's tools use argparse: -p 42, -p42, --pid 42, --pid=42, and flags
 * grouped as in -Ti 5. A lone "-" or a negative number is an argument. */
static int parse_cmdline(const struct multi_tool *t, int argc, char **argv,
			 struct multi_cmdline *c, bool *show_help)
{
	memset(c, 0, sizeof(*c));
	bool only_args = false;
	for (int i = 1; i < argc && !*show_help; i++) {
		const char *a = argv[i];
		int err;
		if (only_args || a[0] != '-' || !a[1] || (a[1] >= '0' && a[1] <= '9')) {
			err = add_item(t, c, -1, a);
		} else if (!strcmp(a, "--")) {
			only_args = true;
			continue;
		} else if (a[1] == '-') {
			err = parse_long(t, argc, argv, &i, c, show_help);
		} else {
			err = parse_short(t, argc, argv, &i, c, show_help);
		}
		if (err)
			return 1;
	}
	return 0;
}

const char *multi_opt_value(const struct multi_tool *t, const struct multi_cmdline *c,
			    const char *long_name)
{
	const char *v = NULL;
	for (int i = 0; i < c->nitems; i++)
		if (c->items[i].opt >= 0 && !strcmp(t->opts[c->items[i].opt].long_name, long_name))
			v = c->items[i].value;
	return v;
}

bool multi_opt_set(const struct multi_tool *t, const struct multi_cmdline *c,
		   const char *long_name)
{
	return multi_opt_value(t, c, long_name) != NULL;
}

long multi_opt_number(const struct multi_tool *t, const struct multi_cmdline *c,
		      const char *long_name)
{
	const char *v = multi_opt_value(t, c, long_name);
	long n;
	if (!v)
		return 0;
	if (!cmdline_number(v, 1, &n) || n > 1000000000) {
		multi_error(t->name, NULL, 0, 0, "--%s needs a positive whole number, not '%s'",
			    long_name, v);
		return -1;
	}
	return n;
}

int multi_one_pattern(const struct multi_tool *t, const struct multi_cmdline *c, const char **pattern)
{
	*pattern = NULL;
	for (int i = 0; i < c->nitems; i++) {
		if (c->items[i].opt >= 0)
			continue;
		if (*pattern)
			return multi_error(t->name, NULL, 0, 0, "one pattern only, not also '%s'",
					   c->items[i].value);
		*pattern = c->items[i].value;
	}
	if (!*pattern) {
		fprintf(stderr, "bpfscope %s: a pattern is required\nusage: bpfscope %s %s\n",
			t->name, t->name, t->usage);
		return 1;
	}
	return 0;
}

int multi_tool_run(int argc, char **argv)
{
	const struct multi_tool *t = find_tool(argv[0]);
	if (!t) {
		fprintf(stderr, "bpfscope: no tool '%s'\n", argv[0]);
		return 1;
	}
	struct multi_cmdline c;
	bool show_help = false;
	if (parse_cmdline(t, argc, argv, &c, &show_help))
		return 1;
	if (show_help) {
		help(t);
		return 0;
	}
	return t->run(t, &c);
}
