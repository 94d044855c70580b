/* bpfscope: the command line front door. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/options.h"
#include "frontend/frontend.h"
#include "loader/features.h"
#include "sema/typecheck.h"
#include "providers/list.h"

static int fail(const char *fmt, const char *arg)
{
	fputs("bpfscope: error: ", stderr);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	return 1;
}

static char *read_stream(FILE *f, size_t *len)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	if (!buf)
		return NULL;
	for (;;) {
		if (n + 1 >= cap) {
			cap *= 2;
			char *grown = realloc(buf, cap);
			if (!grown) {
				free(buf);
				return NULL;
			}
			buf = grown;
		}
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* Loads the program text named by the options. */
static char *load_program(const struct options *o, const char **name, size_t *len)
{
	if (o->program_text) {
		*name = "stdin";
		*len = strlen(o->program_text);
		return strdup(o->program_text);
	}
	if (!strcmp(o->program_file, "-")) {
		*name = "stdin";
		return read_stream(stdin, len);
	}
	FILE *f = fopen(o->program_file, "r");
	if (!f)
		return NULL;
	*name = o->program_file;
	char *text = read_stream(f, len);
	fclose(f);
	return text;
}

static bool want_color(const struct options *o)
{
	if (o->color_always)
		return true;
	if (o->color_never || getenv("NO_COLOR"))
		return false;
	return isatty(STDERR_FILENO);
}

/* -d types: the type pass is not part of --check yet (it reads tracefs
 * for tracepoint arguments), so it runs only when asked for. */
static int print_types(struct compilation *c)
{
	struct typecheck_env env = { .tracepoint_format = typecheck_tracefs_format, .ctx = &c->arena };
	int errors = typecheck_run(&c->arena, c->program, &c->diag, &env);
	if (!errors)
		typecheck_print(stdout, &c->src, c->program);
	return errors;
}

static int run(const struct options *o)
{
	struct list_options lopts = { .verbose = o->verbose > 0, .no_warnings = o->no_warnings };
	if (o->list && !o->program_text && !o->program_file)
		return list_probes_matching(o->list_pattern, &lopts, stdout);
	if (!o->program_text && !o->program_file)
		return fail("%s", "no program given: use -e 'PROGRAM' or a FILE (see --help)");
	const char *name = NULL;
	size_t len = 0;
	char *text = load_program(o, &name, &len);
	if (!text) {
		fprintf(stderr, "bpfscope: error: cannot read program file '%s': %s\n",
			o->program_file, strerror(errno));
		return 1;
	}
	struct sema_options sopts = {
		.unsafe = o->unsafe,
		.npositional = o->npositional,
		.positional = o->positional,
		.has_target_process = o->pid || o->cmd,
	};
	struct compilation c;
	int errors = frontend_compile(&c, name, text, len, &sopts, stderr, want_color(o));
	if (o->debug_stages & DBG_AST)
		ast_print(stdout, &c.src, c.program);
	if (!errors && (o->debug_stages & DBG_TYPES))
		errors = print_types(&c);
	int status = errors ? 1 : 0;
	if (!errors && !o->check_only) {
		if (o->list)
			status = list_program_probes(c.program, &lopts, stdout);
		else if (o->dry_run)
			status = fail("%s", "--dry-run is not implemented yet: loading into the kernel is not implemented yet (use --check)");
		else
			status = fail("%s", "running programs is not implemented yet: loading into the kernel is not implemented yet (use --check to parse and check)");
	}
	frontend_free(&c);
	free(text);
	return status;
}

int main(int argc, char **argv)
{
	struct options o;
	if (options_parse(argc, argv, &o))
		return 1;
	if (o.show_help) {
		options_print_help(argv[0]);
		return 0;
	}
	if (o.show_version) {
		options_print_version();
		return 0;
	}
	if (o.show_info) {
		features_print(stdout);
		return 0;
	}
	if (o.unimplemented)
		return fail("%s is not implemented yet", o.unimplemented);
	return run(&o);
}
