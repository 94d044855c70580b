/* Lowering: the typed AST to IR, then through register allocation and
 * emission to BPF instructions, collected into a struct image (maps,
 * programs, actions) for the runtime.
 *
 * Requires: the program passed sema_check and typecheck_run (every
 * expression has its type; `maps` is the type pass's map table).
 * Kernel-free: attach-point expansion and tracepoint formats come through
 * callbacks, so tests can supply fake ones. */
#ifndef BPFSCOPE_CODEGEN_LOWER_H
#define BPFSCOPE_CODEGEN_LOWER_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "codegen/image.h"
#include "frontend/ast.h"
#include "frontend/diag.h"
#include "providers/tracepoint_format.h"
#include "sema/typecheck.h"

struct arena;
struct ir_func;

struct lower_options {
	uint32_t max_map_keys;          /* 0: IMAGE_DEFAULT_MAX_KEYS (config overrides) */
	uint32_t target_pid;            /* -p PID or the -c child: pid filter and `cpid`; 0: none */
	bool filter_pid;                /* -p: only events of target_pid */
	int npositional;
	const char *const *positional;  /* $1.. */
	/* Concrete attach points for `spec` (wildcards matched). Returns the
	 * count (0 with *err set when nothing matches), memory from `arena`.
	 * NULL: every attach point is taken as written. */
	int (*expand)(void *ctx, struct arena *arena, const struct probe_spec *spec,
		      const char *text, struct image_attach **out, const char **err);
	const struct tp_format *(*tracepoint_format)(void *ctx, const char *category,
						     const char *event, const char **err);
	void *ctx;
	/* Output through one ring buffer per CPU (FEATURE_PERCPU_RINGBUF), so
	 * one probe firing's records are not split by another CPU's. */
	bool ringbuf_per_cpu;
	/* -d ir: each function's IR is printed here before allocation. */
	FILE *dump_ir;
};

/* Fills `out`. Errors go to `diag` with the span they come from; returns
 * the number of errors. */
int lower_program(struct arena *arena, struct node *program, struct type_table *types,
		  const struct typecheck_map *maps, const struct lower_options *opts,
		  struct diag *diag, struct image *out);

#endif
