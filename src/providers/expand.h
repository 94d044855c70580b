/* Attach points as written → the concrete ones a program attaches to:
 * tracepoint and raw tracepoint wildcards matched against what the kernel
 * has, perf event aliases replaced by their names, and every attach point
 * named the way the `probe` builtin prints it. This is the `expand`
 * callback of struct lower_options. */
#ifndef BPFSCOPE_PROVIDERS_EXPAND_H
#define BPFSCOPE_PROVIDERS_EXPAND_H

#include <stdbool.h>

#include "codegen/image.h"
#include "providers/probe_names.h"
#include "providers/rawtracepoint.h"
#include "util/arena.h"

/* Catalogs read once per run. Tests may fill `tracepoints` and
 * `rawtracepoints` (names as -l prints them after the provider,
 * "syscalls:sys_enter_read", "vmlinux:sched_switch") and set the matching
 * *_loaded flag to work without a kernel. */
struct expand_ctx {
	struct arena arena;
	struct probe_names tracepoints;
	bool tracepoints_loaded;
	const char *tracepoints_err;
	struct rawtp_catalog rawtp;
	bool rawtp_from_kernel;
	struct probe_names rawtracepoints;
	bool rawtracepoints_loaded;
	const char *rawtracepoints_err;
	/* kprobe functions, [1] as "module:func" */
	struct probe_names kernel_functions[2];
	bool kernel_functions_loaded[2];
	const char *kernel_functions_err[2];
	struct probe_names btf_functions;
	bool btf_functions_loaded;
	const char *btf_functions_err;
	/* -p PID and -c CMD: where a usdt probe without a binary looks. */
	int pid;
	const char *cmd;
};

void expand_ctx_init(struct expand_ctx *c);
void expand_ctx_free(struct expand_ctx *c);

/* The lower_options.expand callback; ctx is a struct expand_ctx *. */
int expand_attach_point(void *ctx, struct arena *arena, const struct probe_spec *spec,
			const char *text, struct image_attach **out, const char **err);

/* The probe builtin's name of a concrete attach point:
 * "tracepoint:syscalls:sys_enter_read", "interval:s:1", "begin". */
const char *expand_probe_name(struct arena *arena, const struct probe_spec *spec);

/* A new, zeroed entry at the end of the growing array *attaches (*n used
 * of *cap), in `arena`. For expansions that find their matches one by one. */
struct image_attach *expand_attach_add(struct arena *arena, struct image_attach **attaches,
				       size_t *n, size_t *cap);

#endif
