/* The command line, parsed into one struct. bpftrace's options, plus
 * bpfscope's own (--check). */
#ifndef BPFSCOPE_CLI_OPTIONS_H
#define BPFSCOPE_CLI_OPTIONS_H

#include <stdbool.h>

enum output_format { OUT_TEXT, OUT_JSON };
enum buffer_mode { BUF_DEFAULT, BUF_LINE, BUF_FULL, BUF_NONE };

/* -d stages; several may be given. */
enum debug_stage {
	DBG_AST      = 1u << 0,
	DBG_TYPES    = 1u << 1,
	DBG_IR       = 1u << 2,
	DBG_BPF      = 1u << 3,
	DBG_VERIFIER = 1u << 4,
	DBG_LIBBPF   = 1u << 5,     /* libbpf's own log */
	DBG_ALL      = 0x3fu,
};

struct options {
	const char *program_text;   /* -e PROG */
	const char *program_file;   /* FILE, or "-" for stdin */
	char **positional;          /* $1, $2, ... (after the program) */
	int npositional;
	bool list;                  /* -l */
	const char *list_pattern;   /* -l PATTERN (or NULL) */
	int verbose;                /* -v, counted */
	const char *pid;            /* -p PID (kept as text, validated) */
	long pid_value;
	const char *cmd;            /* -c CMD */
	unsigned debug_stages;      /* -d STAGE, enum debug_stage */
	enum output_format format;  /* -f */
	const char *output_file;    /* -o */
	enum buffer_mode buffering; /* -B */
	bool quiet;                 /* -q */
	bool keep_going_errors;     /* -k: warn on helper errors */
	bool unsafe;                /* --unsafe */
	bool dry_run;               /* --dry-run */
	bool load_only;             /* --load-only */
	bool check_only;            /* --check: parse and check, touch no kernel */
	bool no_warnings;           /* --no-warnings */
	bool show_version;          /* -V / --version */
	bool show_info;             /* --info: kernel BPF features */
	bool show_help;             /* -h / --help */
	bool color_always, color_never; /* --color=always|never|auto */
	const char *include_dirs[16];   /* -I DIR */
	int ninclude_dirs;
	const char *includes[16];       /* --include FILE */
	int nincludes;
	char **named_params;        /* --name[=value] given after "--" (getopt()) */
	int nnamed_params;
	bool usdt_file_activation;  /* --usdt-file-activation */
	bool no_uprobe_multi;       /* --no-feature uprobe_multi: one perf event per uprobe */
	bool no_percpu_ringbuf;     /* --no-feature percpu_ringbuf: one ring buffer for all CPUs */
	unsigned long long duration_ms; /* --duration SECS; 0: until stopped */
	const char *banner;         /* --banner TEXT: on stderr once attached */
	/* The first bpftrace option given that bpfscope accepts but does not
	 * implement yet ("--emit-elf"), or NULL. The caller rejects it at run
	 * time: "bpfscope: error: --emit-elf is not implemented yet". */
	const char *unimplemented;
};

/* Parses argv. Returns 0 on success, or prints a one-line error naming the
 * bad option to stderr and returns 1, as bpftrace does. Options stop at the
 * program: after FILE (or after the first free argument when -e is given)
 * everything is a positional parameter; a "--" there starts the named ones.
 * A program is required unless -h, -V, -l or an unimplemented option
 * (see `unimplemented`) was given. */
int options_parse(int argc, char **argv, struct options *o);
void options_print_help(const char *argv0);
void options_print_version(void);

#endif
