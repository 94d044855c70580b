/* A tool's header comment: what the runner, --help, `bpfscope tools` and
 * the man pages read (see runner.h for the directives). */
#ifndef BPFSCOPE_TOOLS_HEADER_H
#define BPFSCOPE_TOOLS_HEADER_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

#define TOOL_MAX_OPTIONS 32
#define TOOL_MAX_ARGS 4

struct tool_option {
	char short_name;        /* 'p', or 0 */
	char value[24];         /* "PID", or "" for a flag */
	char long_name[32];     /* "pid" */
	char help[160];
};

struct tool_arg {
	char name[24];
	char help[160];
};

struct tool {
	char name[64];
	char path[PATH_MAX];
	char summary[512];      /* "execsnoop - trace new processes" */
	char cls;               /* @class: 'E', 'A', 'P', 'U', 'N', or 0 */
	char banner[256];       /* @banner: "Tracing ... Hit Ctrl-C to end." */
	bool interval;          /* @interval: [interval [count]] */
	bool duration_arg;      /* @duration: [duration] */
	bool folded;            /* @folded: -f through `bpfscope fold` */
	bool tracer_pid;        /* @tracer-pid: --pid is also the tracer's -p */
	struct tool_option opts[TOOL_MAX_OPTIONS];
	int nopts;
	struct tool_arg args[TOOL_MAX_ARGS];
	int nargs;
	char *header;           /* the comment's text without directives, for --help */
};

/* The directory the tools are in: $BPFSCOPE_TOOLS, else tools/ next to
 * the binary (a build tree), else PREFIX/share/bpfscope/tools. NULL when
 * none exists. */
const char *tools_dir(void);

/* tools_dir()/NAME.bt into `out`; false when there is no such tool. */
bool tool_path(const char *name, char *out, size_t size);

/* Reads tools_dir()/NAME.bt's header. Returns 0, or -1 when there is no
 * such tool. tool_free() releases it. */
int tool_load(const char *name, struct tool *t);
void tool_free(struct tool *t);

/* The option with this short or long name, or NULL. */
const struct tool_option *tool_option_short(const struct tool *t, char c);
const struct tool_option *tool_option_long(const struct tool *t, const char *name, size_t len);

/* "the same information as upstream", "an approximation", ... */
const char *tool_class_text(char cls);

/* The options every tool has besides its own, as the runner offers them
 * to this tool (a tool's own -d or -f wins). */
struct tool_common {
	bool short_d;           /* -d SECS means --duration */
	bool short_d_delimited; /* -d means --delimited (bcc's stack tools, with @duration) */
	bool duration;          /* --duration SECS */
	bool short_f;           /* -f means --folded */
	bool folded;            /* --folded, --delimited */
};
void tool_common_options(const struct tool *t, struct tool_common *c);

#endif
