/* What the multi-tools share: their command lines, bcc's probe specs and
 * C-like expressions, and running the generated program. */
#ifndef BPFSCOPE_TOOLS_MULTI_IMPL_H
#define BPFSCOPE_TOOLS_MULTI_IMPL_H

#include <limits.h>
#include <regex.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "util/strbuf.h"

#define MULTI_MAX_ITEMS 64

/* One option of a tool: -p PID, --pid PID; a flag when value is NULL. */
struct multi_opt {
	char short_name;
	const char *long_name;
	const char *value;
	const char *help;
};

/* The command line in the order given: options (opt >= 0, an index into
 * the tool's table) and positional arguments (opt = -1). */
struct multi_item {
	int opt;
	const char *value;      /* the option's value, "" for a flag */
};

struct multi_cmdline {
	struct multi_item items[MULTI_MAX_ITEMS];
	int nitems;
	const char *cmd;        /* --cmd CMD */
	const char *output;     /* --output FILE */
	bool print;             /* -v / --print */
};

struct multi_tool {
	const char *name;
	const char *summary;
	char cls;
	const char *usage;      /* after the name: "[-p PID] ... pattern" */
	const char *details;    /* --help text after the options */
	const struct multi_opt *opts;
	int (*run)(const struct multi_tool *t, const struct multi_cmdline *c);
};

extern const struct multi_tool multi_funccount, multi_stackcount, multi_trace, multi_argdist;

/* The last value of option `opt` (by its long name), or NULL. */
const char *multi_opt_value(const struct multi_tool *t, const struct multi_cmdline *c,
			    const char *long_name);
bool multi_opt_set(const struct multi_tool *t, const struct multi_cmdline *c,
		   const char *long_name);
/* A positive whole number, or -1 with a message naming the option. */
long multi_opt_number(const struct multi_tool *t, const struct multi_cmdline *c,
		      const char *long_name);

/* The one free argument (the pattern): 0 with *pattern set, or 1 after
 * saying what is wrong. */
int multi_one_pattern(const struct multi_tool *t, const struct multi_cmdline *c, const char **pattern);

/* "bpfscope TOOL: error: ..." and, when `arg` is given, the argument
 * with a caret under [col, col + len). Returns 1, the exit status. */
int multi_error(const char *tool, const char *arg, size_t col, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Appends command-line text inside a comment of the program, with any
 * "*\/" in it broken up so that it cannot end the comment early. */
void multi_put_in_comment(struct strbuf *p, const char *text);

/* What runs: the program, and how bpfscope is started on it. */
struct multi_run {
	const char *tool;
	struct strbuf program;
	long pid;               /* -p PID for bpfscope (uprobes and USDT attach to it), or 0 */
	const char *banner;     /* --banner: on stderr once attached */
	long duration;          /* --duration SECS, or 0 */
	bool print;             /* print the program instead (besides --print) */
	const struct multi_cmdline *cmdline;
	/* Rewrites bpfscope's standard output line by line (NULL: none). */
	void (*filter_line)(void *ctx, const char *line, FILE *out);
	void (*filter_end)(void *ctx, FILE *out);
	void *filter_ctx;
};

/* Prints the program (--print), or runs bpfscope -e PROGRAM. Returns the
 * exit status. */
int multi_exec(struct multi_run *r);

/* bcc's probe specifier: [type:][library:]function[+offset][(signature)],
 * t:category:event, u:library:probe. */
enum bcc_kind { BCC_KPROBE, BCC_KRETPROBE, BCC_UPROBE, BCC_URETPROBE, BCC_TRACEPOINT, BCC_USDT };

struct bcc_probe {
	enum bcc_kind kind;
	char type;              /* p, r, t or u as written or implied */
	char *library;          /* as written; "" for the kernel */
	char path[PATH_MAX];    /* the binary, resolved */
	char *category;         /* tracepoints */
	char *provider;         /* USDT, or NULL for any */
	char *name;             /* function, event or probe: may hold wildcards */
	char *offset;           /* "+0x12", or NULL */
	char *signature;        /* between the parentheses, or NULL */
	bool usdt_as_uprobe;    /* u:lib:name with no such USDT probe: the function */
	/* -r: a regular expression over names (tracepoints: "category:event"),
	 * matched from the start as bcc does; NULL: name is a '*' pattern */
	regex_t *re;
	size_t end;             /* where the specifier ends in the argument */
};

enum bcc_form {
	/* funccount/stackcount: "func" and "lib:func" shorthands, no signature */
	BCC_FORM_PATTERN,
	/* the same with -r: the name is a regular expression */
	BCC_FORM_REGEX,
	/* trace: "func" and "lib:func" shorthands, signature allowed */
	BCC_FORM_TRACE,
	/* argdist: the type is required, "func(signature)" */
	BCC_FORM_ARGDIST,
};

/* Parses the specifier at the start of `arg` (up to blank space, or up to
 * the signature's closing parenthesis) and resolves its binary. Prints
 * the error itself and returns 1 on failure, with nothing left to free. */
int bcc_probe_parse(const char *tool, const char *arg, enum bcc_form form, struct bcc_probe *p);
/* bpftrace's attach point: "uprobe:/lib/x86_64-linux-gnu/libc.so.6:str*". */
void bcc_probe_attach_point(const struct bcc_probe *p, struct strbuf *out);
void bcc_probe_free(struct bcc_probe *p);
/* The implementation an IFUNC function of `path` resolves to, when this
 * process has `path` loaded too (libc): "strlen" -> "__strlen_avx2". NULL
 * for other functions. Uprobes on an IFUNC go on its implementation. */
const char *bcc_ifunc_target(const char *path, const char *name);
bool bcc_probe_is_kernel(const struct bcc_probe *p);
bool bcc_probe_is_return(const struct bcc_probe *p);

/* True when `text` (a function, event or USDT probe name) matches the
 * probe's pattern. */
bool bcc_probe_match(const struct bcc_probe *p, const char *text);

/* What a pattern matches, one attach point each. */
struct bcc_target {
	char *attach;           /* "uprobe:/lib/x86_64-linux-gnu/libc.so.6:__strlen_avx2" */
	char *display;          /* bcc's name for it: "strlen", "block:block_rq_issue" */
	bool renamed;           /* an IFUNC: the uprobe is on its implementation */
};

struct bcc_targets {
	struct bcc_target *items;
	size_t n, cap;
	size_t skipped;         /* functions no uprobe can be put on (AVX first instruction) */
};

/* Lists the attach points the probe's pattern matches: tracepoints from
 * tracefs, functions from the ELF symbols (IFUNCs on their
 * implementation), USDT probes from the notes, kernel functions from
 * /proc/kallsyms. Prints an error and returns 1, with nothing left to
 * free, when nothing matches. */
int bcc_probe_expand(const char *tool, const char *arg, const struct bcc_probe *p,
		     struct bcc_targets *t);
void bcc_targets_free(struct bcc_targets *t);

/* funccount and stackcount: one pattern, counted into @ and printed
 * every -i seconds and at the end. */
struct multi_count {
	const char *pattern;
	long pid, interval, duration;
	bool timestamp;
	struct bcc_probe probe;
	struct bcc_targets targets;     /* the probes one by one; none: the pattern as written */
};

/* Reads the pattern, -p, -i, -d (by its long name "duration"), -T and -r,
 * and lists the probes when the pattern cannot be attached as written.
 * Prints the error and returns 1, with nothing left to free. */
int multi_count_parse(const struct multi_tool *t, const struct multi_cmdline *c,
		      struct multi_count *m);
void multi_count_free(struct multi_count *m);
/* The interval and END probes that print @, each after `header` (bpftrace
 * statements, or NULL). */
void multi_count_put_output(const struct multi_count *m, struct strbuf *p, const char *header);
/* multi_exec with -p, the duration and, when `banner`, bcc's Tracing line. */
int multi_count_exec(const struct multi_count *m, struct multi_run *r, bool banner);

/* Signature parameters looked at; the rest are left out. */
#define BCC_MAX_PARAMS 12

/* How bcc's names in an expression become bpftrace's. */
struct bcc_expr_env {
	const struct bcc_probe *probe;
	/* argdist: $entry(name) and $latency in return probes read maps
	 * written at entry: @NAME_entry_<param>[tid], @NAME_start[tid]. */
	const char *map_prefix;
	bool used_latency;
	char used_entry[BCC_MAX_PARAMS][64];    /* each a signature name */
	int nused_entry;
};

/* Rewrites bcc's expression `text` (C with arg1..arg6, retval, $retval,
 * $pid, $tgid, $uid, $gid, $cpu, $task, $PID, $latency, $entry(p),
 * STRCMP("lit", e), signature names, args->field and, in tracepoints,
 * bare field names) into bpftrace. On error prints it with a caret under
 * the bad part of `arg`, where the expression starts at `col`, and
 * returns 1. */
int bcc_expr_rewrite(const char *tool, const char *arg, size_t col, const char *text, size_t len,
		     struct bcc_expr_env *env, struct strbuf *out);

/* The bpftrace integer type of C type `type` ("unsigned int": "uint32"),
 * or NULL for other types (pointers stay numbers). */
const char *bcc_int_type(const char *type);

/* The index of the ')' closing the '(' at s[open], or of the string's
 * end; parentheses in quotes do not count. */
size_t bcc_close_paren(const char *s, size_t open);

/* The index of the first character of `stops` in text[from, len) outside
 * quotes and parentheses, or len: where a list item or field ends. */
size_t bcc_find_top(const char *text, size_t len, size_t from, const char *stops);

/* Narrows s[0, *n) to leave out blank space at both ends. */
void bcc_trim(const char **s, size_t *n);

/* The signature's parameters: names and C types, in order. */
int bcc_signature_params(const char *signature, char names[][64], char types[][96], int max);

#endif
