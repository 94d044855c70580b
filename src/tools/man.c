/* A tool's man page, made from its header (see runner.h). */
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "tools/header.h"
#include "tools/runner.h"
#include "tools/multi/multi.h"

/* Text as roff: backslashes doubled, a line starting with '.' or '\''
 * protected, and the header's indented blocks (examples) kept as they are. */
static void roff_text(FILE *out, const char *s, size_t n)
{
	if (n && (s[0] == '.' || s[0] == '\''))
		fputs("\\&", out);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\')
			fputs("\\e", out);
		else if (s[i] == '-')
			fputs("\\-", out);
		else
			fputc(s[i], out);
	}
}

/* The header after its first line: paragraphs as .PP, indented lines
 * (usage and example output) in .nf/.fi blocks. */
static void description(FILE *out, const char *text)
{
	const char *p = strchr(text, '\n');
	p = p ? p + 1 : text + strlen(text);
	bool verbatim = false, para = true;
	while (*p) {
		const char *end = strchr(p, '\n');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		bool indented = n && (p[0] == ' ' || p[0] == '\t');
		if (!n) {
			if (verbatim) {
				fputs(".fi\n", out);
				verbatim = false;
			}
			para = true;
		} else {
			if (indented && !verbatim) {
				fputs(".PP\n.nf\n", out);
				verbatim = true;
				para = false;
			} else if (!indented && verbatim) {
				fputs(".fi\n", out);
				verbatim = false;
				para = true;
			}
			if (para) {
				fputs(".PP\n", out);
				para = false;
			}
			roff_text(out, p, n);
			fputc('\n', out);
		}
		p = end ? end + 1 : p + n;
	}
	if (verbatim)
		fputs(".fi\n", out);
}

static void man_option(const char *left, const char *help, void *arg)
{
	FILE *out = arg;
	fputs(".TP\n.B ", out);
	roff_text(out, left, strlen(left));
	fputc('\n', out);
	roff_text(out, help, strlen(help));
	fputc('\n', out);
}

/* A built-in tool's page: its --help, captured: "usage: ..." as the
 * synopsis, the "NAME - summary" line after it as the name, the rest as
 * the description. */
static int multi_man(const char *name)
{
	FILE *tmp = tmpfile();
	int saved = tmp ? dup(STDOUT_FILENO) : -1;
	if (saved < 0) {
		if (tmp)
			fclose(tmp);
		return 1;
	}
	fflush(stdout);
	dup2(fileno(tmp), STDOUT_FILENO);
	char *argv[] = { (char *)name, "--help", NULL };
	int status = multi_tool_run(2, argv);
	fflush(stdout);
	dup2(saved, STDOUT_FILENO);
	close(saved);
	rewind(tmp);
	char usage[1024], line[1024];
	const char *summary = NULL;
	if (!fgets(usage, sizeof(usage), tmp))
		usage[0] = '\0';
	while (!summary && fgets(line, sizeof(line), tmp)) {
		const char *dash = strstr(line, " - ");
		if (dash)
			summary = dash + 3;
	}
	printf(".TH BPFSCOPE-%s 8 \"\" \"bpfscope\" \"bpfscope tools\"\n.SH NAME\nbpfscope\\-%s \\- ", name, name);
	if (summary)
		roff_text(stdout, summary, strcspn(summary, "\n"));
	fputs("\n.SH SYNOPSIS\n.nf\n", stdout);
	size_t n = strcspn(usage, "\n");
	roff_text(stdout, usage + 7, n > 7 ? n - 7 : 0);   /* after "usage: " */
	fputs("\n.fi\n.SH DESCRIPTION\n.nf\n", stdout);
	bool started = false;
	while (fgets(line, sizeof(line), tmp)) {
		n = strcspn(line, "\n");
		if (!n && !started)
			continue;
		started = true;
		roff_text(stdout, line, n);
		fputc('\n', stdout);
	}
	fputs(".fi\n.SH SEE ALSO\n.BR bpfscope (8)\n", stdout);
	fclose(tmp);
	return status;
}

int tools_man(const char *name)
{
	if (multi_tool_is(name))
		return multi_man(name);
	struct tool t;
	if (tool_load(name, &t)) {
		fprintf(stderr, "bpfscope: no tool '%s' (see bpfscope tools)\n", name);
		return 1;
	}
	FILE *out = stdout;
	fprintf(out, ".TH BPFSCOPE-%s 8 \"\" \"bpfscope\" \"bpfscope tools\"\n", name);
	fputs(".SH NAME\n", out);
	fprintf(out, "bpfscope\\-%s \\- ", name);
	const char *dash = strstr(t.summary, " - ");
	const char *what = dash ? dash + 3 : t.summary;
	roff_text(out, what, strlen(what));
	fputs("\n.SH SYNOPSIS\n.nf\n", out);
	char *usage = NULL;
	size_t size = 0;
	FILE *u = open_memstream(&usage, &size);
	if (u) {
		tools_usage(&t, u);
		fclose(u);
		roff_text(out, usage + 7, strlen(usage + 7));   /* after "usage: " */
	}
	fputs(".fi\n.SH DESCRIPTION\n", out);
	if (t.header)
		description(out, t.header);
	if (tool_class_text(t.cls)) {
		fputs(".SH CLASS\n", out);
		const char *c = tool_class_text(t.cls);
		roff_text(out, c, strlen(c));
		fputc('\n', out);
	}
	fputs(".SH OPTIONS\n", out);
	tools_each_option(&t, man_option, out);
	fputs(".SH SEE ALSO\n.BR bpfscope (8)\n", out);
	free(usage);
	tool_free(&t);
	return 0;
}
