/* Running bpfscope on a multi-tool's program: in place, or as a child
 * whose output the tool rewrites line by line. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "live/tracer.h"
#include "tools/multi/multi_impl.h"

/* pid and duration hold the numbers' text. */
static void build_argv(const struct multi_run *r, const char **out, char pid[24], char duration[24],
		       bool filtered)
{
	int n = 0;
	out[n++] = "bpfscope";
	if (r->pid) {
		snprintf(pid, 24, "%ld", r->pid);
		out[n++] = "-p";
		out[n++] = pid;
	}
	if (r->cmdline->cmd) {
		out[n++] = "-c";
		out[n++] = r->cmdline->cmd;
	}
	if (r->banner) {
		out[n++] = "--banner";
		out[n++] = r->banner;
	}
	if (r->duration) {
		snprintf(duration, 24, "%ld", r->duration);
		out[n++] = "--duration";
		out[n++] = duration;
	}
	if (filtered) {
		/* the filter prints each line as it comes */
		out[n++] = "-B";
		out[n++] = "line";
	} else if (r->cmdline->output) {
		out[n++] = "-o";
		out[n++] = r->cmdline->output;
	}
	out[n++] = "-e";
	out[n++] = strbuf_str((struct strbuf *)&r->program);
	out[n] = NULL;
}

struct filter_pass {
	const struct multi_run *run;
	FILE *out;
};

static void filter_output(void *ctx, FILE *in)
{
	const struct filter_pass *f = ctx;
	const struct multi_run *r = f->run;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, in)) >= 0) {
		if (n && line[n - 1] == '\n')
			line[n - 1] = '\0';
		r->filter_line(r->filter_ctx, line, f->out);
		fflush(f->out);
	}
	free(line);
	if (r->filter_end)
		r->filter_end(r->filter_ctx, f->out);
}

/* bpfscope runs as a child writing into a pipe, and its output is
 * rewritten line by line as it comes. */
static int run_filtered(struct multi_run *r, const char **argv)
{
	struct filter_pass f = { .run = r, .out = stdout };
	if (r->cmdline->output) {
		f.out = fopen(r->cmdline->output, "we");
		if (!f.out)
			return multi_error(r->tool, NULL, 0, 0, "cannot open output file '%s': %s",
					   r->cmdline->output, strerror(errno));
	}
	struct live_run run = { .who = r->tool, .argv = argv, .self_arg = -1,
				.read_output = filter_output, .read_ctx = &f };
	int status = live_run(&run);
	if (f.out != stdout && fclose(f.out))
		status = multi_error(r->tool, NULL, 0, 0, "cannot write '%s': %s",
				     r->cmdline->output, strerror(errno));
	return status;
}

int multi_exec(struct multi_run *r)
{
	if (r->cmdline->print || r->print) {
		fputs(strbuf_str(&r->program), stdout);
		return 0;
	}
	const char *argv[24];
	char pid[24], duration[24];
	build_argv(r, argv, pid, duration, r->filter_line != NULL);
	if (r->filter_line)
		return run_filtered(r, argv);
	fflush(NULL);
	live_exec_self(r->tool, argv);
	return 1;
}
