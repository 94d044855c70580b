/* bpftrace's command line, parsed with getopt_long. Scanning stops at the
 * first free argument (the "+" in the option string): what follows the
 * program belongs to the program, as $1, $2, ... and named parameters. */
#include "cli/options.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef BPFSCOPE_VERSION
#define BPFSCOPE_VERSION "0.1.0"
#endif

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Long options without a short form get values outside the char range. */
enum long_only {
	OPT_AOT = 256,
	OPT_BANNER,
	OPT_BENCH,
	OPT_BTF,
	OPT_CHECK,
	OPT_COLOR,
	OPT_DRY_RUN,
	OPT_DURATION,
	OPT_LOAD_ONLY,
	OPT_EMIT_ELF,
	OPT_EMIT_LLVM,
	OPT_FMT,
	OPT_INCLUDE,
	OPT_INFO,
	OPT_MODE,
	OPT_NO_FEATURE,
	OPT_NO_WARNINGS,
	OPT_TEST,
	OPT_UNSAFE,
	OPT_USDT_FILE_ACTIVATION,
	OPT_VERIFY_LLVM_IR,
};

/* Leading ':' makes getopt report errors to us instead of printing them. */
static const char short_options[] = "+:B:bc:d:e:f:hI:klo:p:qVv";

static const struct option long_options[] = {
	{ "aot", required_argument, NULL, OPT_AOT },
	{ "banner", required_argument, NULL, OPT_BANNER },
	{ "bench", no_argument, NULL, OPT_BENCH },
	{ "btf", no_argument, NULL, OPT_BTF },
	{ "check", no_argument, NULL, OPT_CHECK },
	{ "cmd", required_argument, NULL, 'c' },
	{ "color", required_argument, NULL, OPT_COLOR },
	{ "debug", required_argument, NULL, 'd' },
	{ "dry-run", no_argument, NULL, OPT_DRY_RUN },
	{ "duration", required_argument, NULL, OPT_DURATION },
	{ "load-only", no_argument, NULL, OPT_LOAD_ONLY },
	{ "emit-elf", required_argument, NULL, OPT_EMIT_ELF },
	{ "emit-llvm", required_argument, NULL, OPT_EMIT_LLVM },
	{ "fmt", no_argument, NULL, OPT_FMT },
	{ "help", no_argument, NULL, 'h' },
	{ "include", required_argument, NULL, OPT_INCLUDE },
	{ "info", no_argument, NULL, OPT_INFO },
	{ "list", no_argument, NULL, 'l' },
	{ "mode", required_argument, NULL, OPT_MODE },
	{ "no-feature", required_argument, NULL, OPT_NO_FEATURE },
	{ "no-warnings", no_argument, NULL, OPT_NO_WARNINGS },
	{ "output", required_argument, NULL, 'o' },
	{ "pid", required_argument, NULL, 'p' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "test", no_argument, NULL, OPT_TEST },
	{ "unsafe", no_argument, NULL, OPT_UNSAFE },
	{ "usdt-file-activation", no_argument, NULL, OPT_USDT_FILE_ACTIVATION },
	{ "verbose", no_argument, NULL, 'v' },
	{ "verify-llvm-ir", no_argument, NULL, OPT_VERIFY_LLVM_IR },
	{ "version", no_argument, NULL, 'V' },
	{ "warnings", no_argument, NULL, 'k' },
	{ NULL, 0, NULL, 0 },
};

struct name_value {
	const char *name;
	unsigned value;
};

/* The first `listed` names are ours and appear in the error message; the
 * rest are bpftrace's names, mapped to our nearest stage. */
static const struct name_value debug_stage_names[] = {
	{ "ast", DBG_AST },
	{ "types", DBG_TYPES },
	{ "ir", DBG_IR },
	{ "bpf", DBG_BPF },
	{ "verifier", DBG_VERIFIER },
	{ "libbpf", DBG_LIBBPF },
	{ "all", DBG_ALL },
	{ "codegen", DBG_IR },
	{ "codegen-opt", DBG_IR },
	{ "dis", DBG_BPF },
};
enum { DEBUG_STAGES_LISTED = 7 };

static const struct name_value buffer_mode_names[] = {
	{ "line", BUF_LINE }, { "full", BUF_FULL }, { "none", BUF_NONE },
};

static const struct name_value output_format_names[] = {
	{ "text", OUT_TEXT }, { "json", OUT_JSON },
};

enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };
static const struct name_value color_names[] = {
	{ "auto", COLOR_AUTO }, { "always", COLOR_ALWAYS }, { "never", COLOR_NEVER },
};

static const struct name_value feature_names[] = {
	/* kprobe_multi and kprobe_session are never used here, so refusing them changes nothing */
	{ "kprobe_multi", 1 }, { "kprobe_session", 2 }, { "uprobe_multi", 4 },
	{ "percpu_ringbuf", 8 },
};

__attribute__((format(printf, 1, 2)))
static int usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("bpfscope: error: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	return 1;
}

static const struct name_value *lookup(const struct name_value *table, size_t n,
				       const char *name, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(table[i].name) == len && !strncmp(table[i].name, name, len))
			return &table[i];
	return NULL;
}

/* Prints "bpfscope: error: invalid WHAT 'ARG' (valid: a, b, c)". */
static int invalid_choice(const char *what, const char *arg, size_t arglen,
			  const struct name_value *table, size_t n)
{
	fprintf(stderr, "bpfscope: error: invalid %s '%.*s' (valid: ", what, (int)arglen, arg);
	for (size_t i = 0; i < n; i++)
		fprintf(stderr, "%s%s", i ? ", " : "", table[i].name);
	fprintf(stderr, ")\n");
	return 1;
}

static int parse_choice(const char *what, const char *arg, const struct name_value *table,
			size_t n, unsigned *out)
{
	const struct name_value *nv = lookup(table, n, arg, strlen(arg));

	if (!nv)
		return invalid_choice(what, arg, strlen(arg), table, n);
	*out = nv->value;
	return 0;
}

/* Parses a comma-separated list of names from `table`; empty items are
 * ignored, as bpftrace does. */
static int parse_choice_list(const char *what, const char *arg, const struct name_value *table,
			     size_t n, size_t listed, unsigned *bits)
{
	for (const char *p = arg; *p;) {
		size_t len = strcspn(p, ",");
		const struct name_value *nv = lookup(table, n, p, len);

		if (len && !nv)
			return invalid_choice(what, p, len, table, listed);
		if (nv)
			*bits |= nv->value;
		p += len + (p[len] == ',');
	}
	return 0;
}

static int parse_pid(struct options *o, const char *arg)
{
	char *end;
	long pid;

	errno = 0;
	pid = strtol(arg, &end, 10);
	if (arg[0] < '0' || arg[0] > '9' || *end || errno || pid <= 0 || pid > INT_MAX)
		return usage_error("invalid pid '%s'", arg);
	o->pid = arg;
	o->pid_value = pid;
	return 0;
}

static int add_path(const char **paths, int *count, int capacity, const char *path,
		    const char *option)
{
	if (*count == capacity)
		return usage_error("too many %s options (at most %d)", option, capacity);
	paths[(*count)++] = path;
	return 0;
}

static int set_color(struct options *o, const char *arg)
{
	unsigned mode;

	if (parse_choice("--color value", arg, color_names, ARRAY_LEN(color_names), &mode))
		return 1;
	o->color_always = mode == COLOR_ALWAYS;
	o->color_never = mode == COLOR_NEVER;
	return 0;
}

static int set_warnings(struct options *o)
{
	if (o->no_warnings)
		return usage_error("-k conflicts with --no-warnings");
	if (o->keep_going_errors)
		return usage_error("-kk is no longer supported: give -k once");
	o->keep_going_errors = true;
	return 0;
}

static int set_no_warnings(struct options *o)
{
	if (o->keep_going_errors)
		return usage_error("-k conflicts with --no-warnings");
	o->no_warnings = true;
	return 0;
}

static void set_unimplemented(struct options *o, const char *option)
{
	if (!o->unimplemented)
		o->unimplemented = option;
}

static int set_no_feature(struct options *o, const char *arg)
{
	unsigned bits = 0;

	if (parse_choice_list("--no-feature value", arg, feature_names, ARRAY_LEN(feature_names),
			      ARRAY_LEN(feature_names), &bits))
		return 1;
	if (bits & 4)
		o->no_uprobe_multi = true;
	if (bits & 8)
		o->no_percpu_ringbuf = true;
	return 0;
}

static int set_mode(struct options *o, const char *arg)
{
	static const struct name_value modes[] = {
		{ "codegen", 0 }, { "compiler-bench", 0 }, { "bench", 0 },
		{ "test", 0 }, { "format", 0 },
	};
	unsigned ignored;

	if (parse_choice("--mode", arg, modes, ARRAY_LEN(modes), &ignored))
		return 1;
	set_unimplemented(o, "--mode");
	return 0;
}

/* Options that only select an action or file; no value to check. */
static int set_long_flag(struct options *o, int c)
{
	switch (c) {
	case OPT_CHECK: o->check_only = true; break;
	case OPT_DRY_RUN: o->dry_run = true; break;
	case OPT_LOAD_ONLY: o->load_only = true; break;
	case OPT_UNSAFE: o->unsafe = true; break;
	case OPT_USDT_FILE_ACTIVATION: o->usdt_file_activation = true; break;
	/* bpftrace ignores --btf; there is no LLVM IR here to verify. */
	case OPT_BTF: case OPT_VERIFY_LLVM_IR: break;
	case OPT_AOT: set_unimplemented(o, "--aot"); break;
	case OPT_BENCH: set_unimplemented(o, "--bench"); break;
	case OPT_EMIT_ELF: set_unimplemented(o, "--emit-elf"); break;
	case OPT_EMIT_LLVM: set_unimplemented(o, "--emit-llvm"); break;
	case OPT_FMT: set_unimplemented(o, "--fmt"); break;
	case OPT_INFO: o->show_info = true; break;
	case OPT_TEST: set_unimplemented(o, "--test"); break;
	default: return usage_error("internal error: option %d not handled", c);
	}
	return 0;
}

/* --duration SECS: a positive number of seconds, fractions allowed. */
static int set_duration(struct options *o, const char *arg)
{
	char *end;
	errno = 0;
	double secs = strtod(arg, &end);
	if (errno || end == arg || *end || !(secs > 0) || secs > 1e7)
		return usage_error("invalid --duration '%s' (want seconds, e.g. 10 or 0.5)", arg);
	o->duration_ms = (unsigned long long)(secs * 1000 + 0.5);
	if (!o->duration_ms)
		o->duration_ms = 1;
	return 0;
}

static int set_long_option(struct options *o, int c, const char *arg)
{
	switch (c) {
	case OPT_BANNER: o->banner = arg; return 0;
	case OPT_DURATION: return set_duration(o, arg);
	case OPT_COLOR: return set_color(o, arg);
	case OPT_INCLUDE: return add_path(o->includes, &o->nincludes, ARRAY_LEN(o->includes), arg,
				"--include");
	case OPT_MODE: return set_mode(o, arg);
	case OPT_NO_FEATURE: return set_no_feature(o, arg);
	case OPT_NO_WARNINGS: return set_no_warnings(o);
	default: return set_long_flag(o, c);
	}
}

static int set_value_option(struct options *o, int c, const char *arg)
{
	unsigned value;

	switch (c) {
	case 'B':
		if (parse_choice("buffering mode", arg, buffer_mode_names,
				 ARRAY_LEN(buffer_mode_names), &value))
			return 1;
		o->buffering = value;
		return 0;
	case 'f':
		if (parse_choice("output format", arg, output_format_names,
				 ARRAY_LEN(output_format_names), &value))
			return 1;
		o->format = value;
		return 0;
	case 'd':
		return parse_choice_list("debug stage", arg, debug_stage_names,
					 ARRAY_LEN(debug_stage_names), DEBUG_STAGES_LISTED,
					 &o->debug_stages);
	case 'p': return parse_pid(o, arg);
	case 'I': return add_path(o->include_dirs, &o->ninclude_dirs, ARRAY_LEN(o->include_dirs),
				arg, "-I");
	default: return set_long_option(o, c, arg);
	}
}

static int set_option(struct options *o, int c, const char *arg)
{
	switch (c) {
	case 'b': break;
	case 'c': o->cmd = arg; break;
	case 'e': o->program_text = arg; break;
	case 'h': o->show_help = true; break;
	case 'k': return set_warnings(o);
	case 'l': o->list = true; break;
	case 'o': o->output_file = arg; break;
	case 'q': o->quiet = true; break;
	case 'V': o->show_version = true; break;
	case 'v': o->verbose++; break;
	default: return set_value_option(o, c, arg);
	}
	return 0;
}

/* Names the option getopt just failed on as the user wrote it. `arg` is the
 * argv element getopt was reading: a long option, or a cluster of short
 * ones of which optopt is the bad one. */
static int getopt_error(int c, const char *arg)
{
	int len = (int)strcspn(arg, "=");
	char short_name[3] = { '-', (char)optopt, 0 };

	if (strncmp(arg, "--", 2))
		arg = short_name, len = 2;
	if (c == ':')
		return usage_error("option '%.*s' needs an argument", len, arg);
	return usage_error("unknown option '%.*s'", len, arg);
}

static bool is_regular_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* -l takes one free argument: a probe pattern, or (as in bpftrace) a program
 * file whose probes to list when such a file exists. */
static void take_list_argument(struct options *o, const char *arg)
{
	if (!o->program_text && !o->program_file && is_regular_file(arg))
		o->program_file = arg;
	else
		o->list_pattern = arg;
}

/* Runs getopt_long to the end of the options. Returns 0, 1 on error, and
 * sets *dashdash when scanning ended at a "--" getopt consumed. */
static int scan_options(int argc, char **argv, struct options *o, bool *dashdash)
{
	for (;;) {
		int before = optind ? optind : 1;
		int c = getopt_long(argc, argv, short_options, long_options, NULL);

		if (c == '?' || c == ':')
			return getopt_error(c, argv[before]);
		if (c != -1) {
			if (set_option(o, c, optarg))
				return 1;
			continue;
		}
		*dashdash = optind > before;
		/* `-l PATTERN -v`: the pattern does not end the options. */
		if (!o->list || o->list_pattern || *dashdash || optind >= argc)
			return 0;
		take_list_argument(o, argv[optind++]);
		if (o->program_file)
			return 0;
	}
}

/* Splits what follows the program into positional parameters and, after a
 * "--", named ones (--name or --name=value). */
static int collect_parameters(int argc, char **argv, int first, bool dashdash, struct options *o)
{
	int n = argc - first;

	o->positional = calloc(n + 1, sizeof(*o->positional));
	o->named_params = calloc(n + 1, sizeof(*o->named_params));
	if (!o->positional || !o->named_params)
		return usage_error("out of memory");
	for (int i = first; i < argc; i++) {
		const char *arg = argv[i];

		if (!dashdash && !strcmp(arg, "--"))
			dashdash = true;
		else if (dashdash && !strncmp(arg, "--", 2) && arg[2])
			o->named_params[o->nnamed_params++] = argv[i] + 2;
		else
			o->positional[o->npositional++] = argv[i];
	}
	return 0;
}

static bool wants_program(const struct options *o)
{
	return !o->show_help && !o->show_version && !o->show_info && !o->list && !o->unimplemented;
}

static int check_combinations(const struct options *o)
{
	if (o->cmd && o->pid)
		return usage_error("cannot use both -c and -p");
	if (wants_program(o) && !o->program_text && !o->program_file)
		return usage_error("no program given: use -e 'PROGRAM' or a FILE (see --help)");
	return 0;
}

int options_parse(int argc, char **argv, struct options *o)
{
	bool dashdash = false;

	memset(o, 0, sizeof(*o));
	opterr = 0;
	optind = 0;  /* a full reset in glibc, so parsing twice works */
	if (scan_options(argc, argv, o, &dashdash))
		return 1;
	if (!o->list && !o->program_text && optind < argc)
		o->program_file = argv[optind++];
	if (o->list && optind < argc)
		return usage_error("unexpected argument '%s' after -l", argv[optind]);
	if (collect_parameters(argc, argv, optind, dashdash, o))
		return 1;
	return check_combinations(o);
}

void options_print_version(void)
{
	printf("bpfscope v%s\n", BPFSCOPE_VERSION);
}

static const char help_text[] =
	"\n"
	"Compiles a bpftrace program to BPF and runs it. FILE '-' reads the program\n"
	"from standard input. ARGs after the program are its $1, $2, ...; after '--',\n"
	"--name[=value] arguments are its named parameters.\n"
	"\n"
	"Program:\n"
	"  -e PROGRAM            run PROGRAM instead of reading it from FILE\n"
	"  -I DIR                search DIR for #include'd C headers (repeatable)\n"
	"      --include FILE    include the C header FILE before the program (repeatable)\n"
	"      --unsafe          allow builtins with side effects, such as system()\n"
	"\n"
	"What to do:\n"
	"      --check           parse and check the program, touching no kernel;\n"
	"                        exit 0 if it is valid, 1 if not\n"
	"  -l, --list            list the probes matching PATTERN, or those used by\n"
	"                        the program; with -v, show their arguments\n"
	"      --dry-run         load and attach the probes, then exit at once\n"
	"      --load-only       create the maps and load every program into the\n"
	"                        kernel (the verifier checks them), attach nothing,\n"
	"                        then exit; works where a probe type cannot attach\n"
	"  -d, --debug STAGE     print a stage's output: ast, types, ir, bpf, verifier,\n"
	"                        libbpf, or all (comma-separated, repeatable)\n"
	"\n"
	"Target:\n"
	"  -p, --pid PID         attach user-space probes to PID only, and filter\n"
	"                        other events by it; exit when PID exits\n"
	"  -c, --cmd CMD         run CMD as a child (its pid is `cpid`); exit when it does\n"
	"      --duration SECS   stop after SECS seconds, as on Ctrl-C (END runs, maps print)\n"
	"      --usdt-file-activation\n"
	"                        activate USDT semaphores in every process mapping the file\n"
	"\n"
	"Output:\n"
	"  -f FORMAT             output format: text (default) or json (one object a line)\n"
	"  -o, --output FILE     write the program's output to FILE instead of stdout\n"
	"  -B MODE               output buffering: line (default), full or none\n"
	"  -q, --quiet           do not print the 'Attaching N probes...' messages\n"
	"      --banner TEXT     print TEXT on stderr once every probe is attached\n"
	"  -v, --verbose         say more about what is happening (repeatable)\n"
	"  -k, --warnings        warn at run time when a probe read or map lookup fails\n"
	"      --no-warnings     do not print compile-time warnings\n"
	"      --color WHEN      colour diagnostics: auto (default), always or never\n"
	"\n"
	"Information:\n"
	"  -h, --help            print this help and exit\n"
	"  -V, --version         print the version and exit\n"
	"      --info            describe the kernel's BPF features and exit\n"
	"      --no-feature uprobe_multi\n"
	"                        attach each uprobe as its own perf event, even where\n"
	"                        one uprobe_multi link per file would do\n"
	"      --no-feature percpu_ringbuf\n"
	"                        send output through one ring buffer for all CPUs (the\n"
	"                        records of probes firing at once may interleave)\n"
	"\n"
	"Also accepted for compatibility with bpftrace: -b/--btf and --verify-llvm-ir\n"
	"(no effect), --no-feature kprobe_multi,kprobe_session (not used here);\n"
	"--aot, --bench, --emit-elf, --emit-llvm, --fmt, --mode and --test (not\n"
	"implemented yet).\n";

void options_print_help(const char *argv0)
{
	const char *slash = argv0 ? strrchr(argv0, '/') : NULL;
	const char *name = slash ? slash + 1 : argv0 ? argv0 : "bpfscope";

	printf("usage: %s [OPTIONS] FILE [ARG...]\n", name);
	printf("       %s [OPTIONS] -e 'PROGRAM' [ARG...]\n", name);
	printf("       %s -l [PATTERN | FILE]\n", name);
	fputs(help_text, stdout);
}
