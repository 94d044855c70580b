/* Running the tracer as a child: bpfscope itself, on a generated program
 * or a tool's command line, for the one-command pictures (`bpfscope
 * flame`, `heat`), folded tool output and the generic tools. This process
 * waits; Ctrl-C (SIGINT to the process group), a SIGTERM or a SIGINT sent
 * to this process alone reaches the tracer, which then prints its maps
 * and exits, and this process uses what it printed. */
#ifndef BPFSCOPE_LIVE_TRACER_H
#define BPFSCOPE_LIVE_TRACER_H

#include <stdbool.h>
#include <stdio.h>

struct live_tracer {
	const char *who;            /* "flame": in messages, "bpfscope flame: ..." */
	const char *program;        /* the bpftrace-language program */
	const char *out_path;       /* its output: -o */
	long pid;                   /* -p, when not 0 */
	const char *cmd;            /* -c, or NULL */
	bool own_pid_param;         /* pass the tracer's own pid as $1 (to leave it out) */
	const char *env_name, *env_value;   /* set for the tracer, unless already set */
};

/* Makes the empty temporary files `a` and `b` (mkstemp templates).
 * Returns 0, or -1 with a message naming `who`. */
int live_temp_files(const char *who, char *a, char *b);

/* "Tracing WHAT for N seconds..." or "Tracing WHAT... Hit Ctrl-C to end." */
void live_announce(const char *what, long seconds);

/* Runs the tracer to its end. Returns its exit status (1 when it could
 * not run). */
int live_trace(const struct live_tracer *t);

/* The same for a command line of bpfscope's own: argv[0] is "bpfscope",
 * the rest its options. */
struct live_run {
	const char *who;
	const char **argv;          /* NULL-terminated; argv[self_arg] is set in the child */
	int self_arg;               /* -1: none; else replaced by the tracer's own pid */
	const char *env_name, *env_value;
	/* When set, the tracer's standard output is a pipe this reads to its
	 * end, while the tracer runs. */
	void (*read_output)(void *ctx, FILE *in);
	void *read_ctx;
};
int live_run(const struct live_run *r);

/* Replaces this process with bpfscope on `argv`; returns only after
 * saying why it could not. */
void live_exec_self(const char *who, const char **argv);

#endif
