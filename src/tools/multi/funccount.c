/* funccount: count the events that match a pattern, as bcc's funccount. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "symbols/elf_syms.h"
#include "tools/multi/multi_impl.h"
#include "util/glob.h"

static const struct multi_opt opts[] = {
	{ 'p', "pid", "PID", "trace this PID only" },
	{ 'i', "interval", "INTERVAL", "summary interval, seconds" },
	{ 'd', "duration", "DURATION", "total duration of trace, seconds" },
	{ 'T', "timestamp", NULL, "include timestamp on output" },
	{ 'D', "debug", NULL, "print the generated program and exit (as -v)" },
	{ 0, NULL, NULL, NULL },
};

/* "uprobe:/lib/x86_64-linux-gnu/libc.so.6:strlen" -> "strlen",
 * "tracepoint:block:block_rq_issue" -> "block:block_rq_issue", as bcc
 * names them. */
const char *multi_probe_display_name(const char *probe)
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
	fprintf(out, "%-36s %8s\n", key ? multi_probe_display_name(key) : "", close + 3);
	free(key);
}

/* Uprobes cannot go on an instruction with a VEX or EVEX prefix (the
 * kernel refuses them with ENOTSUPP), and the AVX versions of glibc's
 * string functions start with one. */
static bool probeable(const struct elf_syms *e, const char *path, const char *name)
{
	const struct elf_sym *sym = elf_syms_find(e, name);
	uint64_t off;
	if (!sym || !elf_syms_vaddr_to_file(e, sym->addr, &off))
		return true;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	unsigned char first = 0;
	if (fd >= 0) {
		if (pread(fd, &first, 1, (off_t)off) != 1)
			first = 0;
		close(fd);
	}
	return first != 0xc4 && first != 0xc5 && first != 0x62;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A pattern over a library's functions that takes in IFUNCs (glibc's
 * str* and mem*) lists its functions one by one: each IFUNC's uprobe goes
 * on its implementation but counts under its own name. Returns false when
 * no IFUNC matches, and the pattern can stay as it is. */
static bool put_listed_functions(const struct bcc_probe *probe, long pid, struct strbuf *p)
{
	const struct elf_syms *e = elf_syms_get(probe->path);
	if (!e || !e->ok || !e->nsyms)
		return false;
	const char **names = calloc(e->nsyms, sizeof(*names));
	size_t n = 0;
	for (size_t i = 0; names && i < e->nsyms; i++) {
		const char *name = e->syms[i].name;
		size_t len = strlen(name);
		/* glibc's IFUNC resolvers: they run once per process, at link time */
		if (len > 6 && !strcmp(name + len - 6, "_ifunc"))
			continue;
		if (glob_match(probe->name, name))
			names[n++] = name;
	}
	qsort(names, n, sizeof(*names), by_name);
	size_t unique = 0;
	bool any_ifunc = false;
	for (size_t i = 0; i < n; i++) {
		if (unique && !strcmp(names[unique - 1], names[i]))
			continue;
		names[unique++] = names[i];
		any_ifunc |= bcc_ifunc_target(probe->path, names[i]) != NULL;
	}
	if (!any_ifunc) {
		free(names);
		return false;
	}
	char filter[48] = "";
	if (pid)
		snprintf(filter, sizeof(filter), "/pid == %ld/\n", pid);
	const char *sep = "";
	for (size_t i = 0; i < unique; i++) {
		if (bcc_ifunc_target(probe->path, names[i]) || !probeable(e, probe->path, names[i]))
			continue;
		strbuf_printf(p, "%suprobe:%s:%s", sep, probe->path, names[i]);
		sep = ",\n";
	}
	if (*sep)
		strbuf_printf(p, "\n%s{\n\t@[probe] = count();\n}\n", filter);
	for (size_t i = 0; i < unique; i++) {
		const char *impl = bcc_ifunc_target(probe->path, names[i]);
		if (impl && !probeable(e, probe->path, impl))
			strbuf_printf(p, "\n/* %s: its implementation here, %s, starts with an AVX "
				      "instruction, where uprobes cannot go */\n", names[i], impl);
		else if (impl)
			strbuf_printf(p, "\nuprobe:%s:%s\n%s{\n\t@[\"uprobe:%s:%s\"] = count();\n}\n",
				      probe->path, impl, filter, probe->path, names[i]);
	}
	free(names);
	return true;
}

static void put_table(struct strbuf *p, bool timestamp)
{
	strbuf_puts(p, "\tprintf(\"\\n\");\n");
	if (timestamp)
		strbuf_puts(p, "\ttime(\"%H:%M:%S\\n\");\n");
	strbuf_puts(p, "\tprintf(\"%-36s %8s\\n\", \"FUNC\", \"COUNT\");\n"
		       "\tprint(@);\n"
		       "\tclear(@);\n");
}

static int run(const struct multi_tool *t, const struct multi_cmdline *c)
{
	const char *pattern = NULL;
	for (int i = 0; i < c->nitems; i++) {
		if (c->items[i].opt >= 0)
			continue;
		if (pattern)
			return multi_error(t->name, NULL, 0, 0, "one pattern only, not also '%s'",
					   c->items[i].value);
		pattern = c->items[i].value;
	}
	if (!pattern) {
		fprintf(stderr, "bpfscope %s: a pattern is required\nusage: bpfscope %s %s\n",
			t->name, t->name, t->usage);
		return 1;
	}
	long pid = multi_opt_number(t, c, "pid");
	long interval = multi_opt_number(t, c, "interval");
	long duration = multi_opt_number(t, c, "duration");
	if (pid < 0 || interval < 0 || duration < 0)
		return 1;
	bool timestamp = multi_opt_set(t, c, "timestamp");
	struct bcc_probe probe;
	if (bcc_probe_parse(t->name, pattern, BCC_FORM_PATTERN, &probe))
		return 1;

	struct multi_run r = { .tool = t->name, .cmdline = c, .filter_line = filter_line,
			       .print = multi_opt_set(t, c, "debug") };
	struct strbuf *p = &r.program;
	strbuf_printf(p, "/* bpfscope funccount '%s' */\n", pattern);
	if (probe.kind != BCC_UPROBE || !glob_has_wildcard(probe.name) ||
	    !put_listed_functions(&probe, pid, p)) {
		bcc_probe_attach_point(&probe, p);
		strbuf_putc(p, '\n');
		if (pid)
			strbuf_printf(p, "/pid == %ld/\n", pid);
		strbuf_puts(p, "{\n\t@[probe] = count();\n}\n");
	}
	if (interval) {
		strbuf_printf(p, "\ninterval:s:%ld\n{\n", interval);
		if (duration) {
			/* the last interval is printed by END */
			strbuf_printf(p, "\t@ticks = @ticks + 1;\n"
				      "\tif (@ticks * %ld >= %ld) {\n\t\texit();\n\t\treturn;\n\t}\n",
				      interval, duration);
		}
		put_table(p, timestamp);
		strbuf_puts(p, "}\n");
	}
	strbuf_puts(p, "\nEND\n{\n");
	if (interval && duration)
		strbuf_puts(p, "\tclear(@ticks);\n");
	put_table(p, timestamp);
	strbuf_puts(p, "}\n");

	char pid_text[24], banner[PATH_MAX + 128], secs[24];
	if (pid) {
		snprintf(pid_text, sizeof(pid_text), "%ld", pid);
		r.pid = pid_text;
	}
	snprintf(banner, sizeof(banner), "Tracing functions for \"%s\"... Hit Ctrl-C to end.",
		 pattern);
	r.banner = banner;
	if (duration && !interval) {
		snprintf(secs, sizeof(secs), "%ld", duration);
		r.duration = secs;
	}
	int status = multi_exec(&r);
	bcc_probe_free(&probe);
	strbuf_free(p);
	return status;
}

const struct multi_tool multi_funccount = {
	.name = "funccount",
	.summary = "count events (tracepoints, user functions, USDT probes) matching a pattern",
	.cls = 'P',
	.usage = "[-p PID] [-i INTERVAL] [-d DURATION] [-T] [-v] pattern",
	.details =
		"pattern, as bcc's funccount takes it:\n"
		"  t:CATEGORY:EVENT     tracepoints, wildcards allowed (t:block:*)\n"
		"  LIB:FUNC, p:LIB:FUNC user functions of a library or program (c:malloc, bash:read*)\n"
		"  u:LIB:PROBE          USDT probes of LIB; where LIB has none of that name, its\n"
		"                       functions (u:libc:str*)\n"
		"  FUNC, p::FUNC        kernel functions: need kprobes (this kernel may lack them)\n"
		"\nClass P: kernel-function patterns need kprobes.\n"
		"Differs from upstream: -r (regular expressions) is not supported; patterns take\n"
		"'*' and '?' wildcards.\n",
	.opts = opts,
	.run = run,
};
