/* bpfscope: the command line front door. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/options.h"
#include "codegen/lower.h"
#include "flame/cmd.h"
#include "fold/export.h"
#include "fold/fold.h"
#include "heatmap/heatmap.h"
#include "frontend/frontend.h"
#include "live/flame_live.h"
#include "live/heat_live.h"
#include "loader/features.h"
#include "providers/expand.h"
#include "providers/list.h"
#include "runtime/child.h"
#include "runtime/run.h"
#include "sema/getopt_params.h"
#include "sema/macro_expand.h"
#include "sema/typecheck.h"
#include "tools/multi/multi.h"
#include "tools/runner.h"

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

/* BPFTRACE_MAX_STRLEN from the environment: 0 when unset, -1 (reported)
 * when it is not a number of bytes in range. */
static int64_t env_max_strlen(void)
{
	const char *s = getenv("BPFTRACE_MAX_STRLEN");
	if (!s)
		return 0;
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (!*s || *end || errno || *s == '-' || v < TYPES_STR_CAPACITY_MIN ||
	    v > TYPES_STR_CAPACITY_MAX) {
		fprintf(stderr, "bpfscope: error: invalid BPFTRACE_MAX_STRLEN '%s': expected a "
			"number of bytes from %d to %d\n", s, TYPES_STR_CAPACITY_MIN,
			TYPES_STR_CAPACITY_MAX);
		return -1;
	}
	return (int64_t)v;
}

/* The type pass: needed to run, and for -d types. Prints the types when
 * asked; returns the number of errors. */
static int check_types(struct compilation *c, const struct options *o, struct type_table *types,
		       const struct typecheck_map **maps)
{
	int64_t max_strlen = env_max_strlen();
	if (max_strlen < 0)
		return 1;
	types_init(types, &c->arena);
	struct typecheck_env env = {
		.tracepoint_format = typecheck_tracefs_format,
		.ctx = &c->arena,
		.types = types,
		.maps = maps,
		.npositional = o->npositional,
		.positional = (const char *const *)o->positional,
		.max_strlen = (uint32_t)max_strlen,
	};
	int errors = typecheck_run(&c->arena, c->program, &c->diag, &env);
	if (!errors && (o->debug_stages & DBG_TYPES))
		typecheck_print(stdout, &c->src, c->program);
	return errors;
}

/* Tracepoint formats for lowering; ctx is the expand context, whose arena
 * outlives the compilation's use of them. */
static const struct tp_format *lower_tp_format(void *ctx, const char *category,
					       const char *event, const char **err)
{
	struct expand_ctx *e = ctx;
	return typecheck_tracefs_format(&e->arena, category, event, err);
}

/* BPFTRACE_MAX_MAP_KEYS from the environment; 0 when unset or invalid. */
static uint32_t env_max_map_keys(void)
{
	const char *s = getenv("BPFTRACE_MAX_MAP_KEYS");
	if (!s || !*s)
		return 0;
	char *end;
	unsigned long long v = strtoull(s, &end, 10);
	if (*end || v == 0 || v > UINT32_MAX) {
		fprintf(stderr, "bpfscope: warning: ignoring BPFTRACE_MAX_MAP_KEYS='%s': "
			"expected a positive integer\n", s);
		return 0;
	}
	return (uint32_t)v;
}

static FILE *open_output(const struct options *o)
{
	FILE *f = stdout;
	if (o->output_file) {
		f = fopen(o->output_file, "w");
		if (!f) {
			fprintf(stderr, "bpfscope: error: cannot open output file '%s': %s\n",
				o->output_file, strerror(errno));
			return NULL;
		}
	}
	switch (o->buffering) {
	case BUF_FULL:
		setvbuf(f, NULL, _IOFBF, 0);
		break;
	case BUF_NONE:
		setvbuf(f, NULL, _IONBF, 0);
		break;
	default:
		setvbuf(f, NULL, _IOLBF, 0);
		break;
	}
	return f;
}

/* -c: a command named by a path that cannot run is refused before
 * anything is attached, as bpftrace does. Other words (shell syntax,
 * builtins, names found through $PATH) are left to the shell. */
static int check_child_command(const char *cmd)
{
	size_t n = strcspn(cmd, " \t\n");
	char *word = strndup(cmd, n);
	if (!word)
		return 0;
	int ret = 0;
	if (strchr(word, '/') && !strpbrk(word, "\"'$`\\=") && access(word, X_OK) < 0) {
		fprintf(stderr, "bpfscope: error: cannot run child command '%s': %s\n", word,
			strerror(errno));
		ret = -1;
	}
	free(word);
	return ret;
}

/* -p: the process must exist when tracing starts. */
static int check_target_pid(const struct options *o)
{
	if (!o->pid || kill((pid_t)o->pid_value, 0) == 0 || errno != ESRCH)
		return 0;
	fprintf(stderr, "bpfscope: error: no process with pid %ld\n", o->pid_value);
	return -1;
}

/* Lowering and running: the back half of the pipeline. */
static int compile_and_run(const struct options *o, struct compilation *c,
			   struct type_table *types, const struct typecheck_map *maps)
{
	char err[256];
	pid_t child = -1;
	if (!o->check_only && (check_target_pid(o) || (o->cmd && check_child_command(o->cmd))))
		return 1;
	if (o->cmd && !o->dry_run && !o->load_only && !o->check_only) {
		child = child_spawn(o->cmd, err, sizeof(err));
		if (child < 0)
			return fail("%s", err);
	}
	struct expand_ctx expand;
	expand_ctx_init(&expand);
	expand.pid = o->pid ? (int)o->pid_value : 0;
	expand.cmd = o->cmd;
	struct lower_options lopts = {
		.max_map_keys = env_max_map_keys(),
		.target_pid = o->pid ? (uint32_t)o->pid_value : child > 0 ? (uint32_t)child : 0,
		.filter_pid = o->pid != NULL,
		.npositional = o->npositional,
		.positional = (const char *const *)o->positional,
		.expand = expand_attach_point,
		.tracepoint_format = lower_tp_format,
		.ctx = &expand,
		.dump_ir = (o->debug_stages & DBG_IR) ? stdout : NULL,
		/* --check compiles for a kernel that has them, without asking this one. */
		.ringbuf_per_cpu = !o->no_percpu_ringbuf &&
				   (o->check_only || features_has(FEATURE_PERCPU_RINGBUF)),
	};
	struct image img;
	int status = 1;
	if (lower_program(&c->arena, c->program, types, maps, &lopts, &c->diag, &img) != 0) {
		/* the errors are reported */
	} else if (o->check_only) {
		/* --check -d ir / -d bpf: compile and print, load nothing. */
		status = 0;
		for (size_t i = 0; (o->debug_stages & DBG_BPF) && i < img.nprogs; i++)
			run_print_prog(stdout, &img, &img.progs[i]);
	} else {
		FILE *out = open_output(o);
		if (out) {
			struct run_options ropts = {
				.mode = o->format == OUT_JSON ? OUTPUT_JSON : OUTPUT_TEXT,
				.out = out,
				.quiet = o->quiet,
				.dry_run = o->dry_run,
				.load_only = o->load_only,
				.has_child = child > 0,
				.watch_pid = o->pid ? (int)o->pid_value : 0,
				.duration_ms = o->duration_ms,
				.banner = o->banner,
				.no_uprobe_multi = o->no_uprobe_multi,
				.src = &c->src,
				.color = c->diag.color,
				.debug_bpf = (o->debug_stages & DBG_BPF) != 0,
				.debug_verifier = (o->debug_stages & DBG_VERIFIER) != 0,
				.no_warnings = o->no_warnings,
				.unsafe = o->unsafe,
				.verbose = o->verbose,
			};
			fflush(stdout);
			status = run_image(&img, &ropts);
			if (out != stdout)
				fclose(out);
		}
	}
	if (child > 0)
		child_kill(500);
	expand_ctx_free(&expand);
	return status;
}

static int run(const struct options *o)
{
	struct list_options lopts = { .verbose = o->verbose > 0, .no_warnings = o->no_warnings,
				      .pid = o->pid ? (int)o->pid_value : 0 };
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
	/* Which named parameters the program reads: the parser marks those in
	 * attach points, getopt_substitute() the others. */
	bool *named_used = calloc((size_t)o->nnamed_params + 1, sizeof(*named_used));
	if (!named_used)
		return fail("%s", "out of memory");
	struct sema_options sopts = {
		.unsafe = o->unsafe,
		.npositional = o->npositional,
		.positional = o->positional,
		.nnamed = o->nnamed_params,
		.named = o->named_params,
		.named_used = named_used,
		.has_target_process = o->pid || o->cmd,
	};
	struct compilation c;
	int errors = frontend_compile(&c, name, text, len, &sopts, stderr, want_color(o));
	if (o->debug_stages & DBG_AST)
		ast_print(stdout, &c.src, c.program);
	if (!errors)
		errors = macro_expand_run(&c.arena, c.program, &c.diag);
	if (!errors && !o->list)
		errors = getopt_substitute(&c.arena, c.program, o->named_params, o->nnamed_params,
					   named_used, &c.diag);
	free(named_used);
	/* --check runs the type pass too (type errors are errors a user wants
	 * before running), except for -d ast alone: that is the parser's view. */
	bool running = (!o->check_only || (o->debug_stages & (DBG_IR | DBG_BPF))) && !o->list;
	bool types_wanted = running || (o->debug_stages & DBG_TYPES) ||
			    (o->check_only && !(o->debug_stages & DBG_AST) && !o->list);
	struct type_table types;
	const struct typecheck_map *maps = NULL;
	if (!errors && types_wanted)
		errors = check_types(&c, o, &types, &maps);
	int status = errors ? 1 : 0;
	if (!errors && o->list && !o->check_only)
		status = list_program_probes(c.program, &lopts, stdout);
	else if (!errors && running)
		status = compile_and_run(o, &c, &types, maps);
	frontend_free(&c);
	free(text);
	return status;
}

int main(int argc, char **argv)
{
	struct options o;
	/* A shell starts background jobs (`bpfscope ... &`) with SIGINT and
	 * SIGQUIT ignored; a tracer must still stop cleanly on SIGINT. */
	struct sigaction sa;
	if (sigaction(SIGINT, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
		signal(SIGINT, SIG_DFL);
	/* Subcommands come before bpftrace's options: `bpfscope flamegraph ...`. */
	if (argc > 1 && flame_cmd_is_subcommand(argv[1]))
		return flame_cmd_main(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "fold"))
		return fold_main(argc - 1, argv + 1);
	if (argc > 1 && (!strcmp(argv[1], "pprof") || !strcmp(argv[1], "speedscope")))
		return export_main(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "flame"))
		return flame_live_main(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "heatmap"))
		return heatmap_main(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "heat"))
		return heat_live_main(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "tools")) {
		if (argc == 4 && !strcmp(argv[2], "--man"))
			return tools_man(argv[3]);
		if (argc > 2) {
			fprintf(stderr, "usage: bpfscope tools [--man TOOL]\n");
			return 1;
		}
		return tools_list();
	}
	if (argc > 1 && multi_tool_is(argv[1]) && access(argv[1], F_OK) != 0)
		return multi_tool_run(argc - 1, argv + 1);
	if (argc > 1 && argv[1][0] != '-' && !strchr(argv[1], '.') && !strchr(argv[1], '/') &&
	    access(argv[1], F_OK) != 0 && tools_is_tool(argv[1]))
		return tools_run(argc - 1, argv + 1);
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
