/* Attach-point specs: the provider table and the split of
 * "provider:part:part" into typed fields. Pure text work, no kernel. */
#ifndef BPFSCOPE_SEMA_PROBE_SPEC_H
#define BPFSCOPE_SEMA_PROBE_SPEC_H

#include <stdbool.h>
#include <stdint.h>

enum provider {
	PROV_INVALID = 0,
	PROV_BEGIN,
	PROV_END,
	PROV_SELF,
	PROV_TEST,
	PROV_BENCH,
	PROV_TRACEPOINT,
	PROV_RAWTRACEPOINT,
	PROV_KPROBE,
	PROV_KRETPROBE,
	PROV_FENTRY,
	PROV_FEXIT,
	PROV_UPROBE,
	PROV_URETPROBE,
	PROV_USDT,
	PROV_PROFILE,
	PROV_INTERVAL,
	PROV_SOFTWARE,
	PROV_HARDWARE,
	PROV_WATCHPOINT,
	PROV_ASYNCWATCHPOINT,
	PROV_ITER,
	PROV_COUNT,
};

/* An attach point after splitting. Which fields are set depends on the
 * provider; unset strings are NULL. Strings live in the compile arena. */
struct probe_spec {
	enum provider provider;
	const char *target;   /* tracepoint category, binary path, module, iter name, event */
	const char *ns;       /* usdt provider; uprobe language ("cpp") */
	const char *func;     /* function, tracepoint name, usdt probe, signal */
	const char *unit;     /* profile/interval unit: hz s ms us ns */
	uint64_t freq;        /* profile/interval rate, software/hardware count */
	uint64_t address;     /* uprobe address, watchpoint address */
	uint64_t offset;      /* func+offset */
	uint64_t length;      /* watchpoint length */
	const char *mode;     /* watchpoint mode: r w x rw ... */
	const char *source_file; /* uprobe statement probe: binary@file:line[:column] */
	uint64_t line, column;
	bool has_offset, has_address, has_freq;
	bool wildcard;        /* contains * or ? outside quotes */
};

struct provider_info {
	enum provider id;
	const char *name;     /* canonical name, as printed in -d ast and "probe" */
	const char *aliases[3];
	const char *syntax;   /* usage shown in errors, e.g. "tracepoint:category:name" */
	unsigned probe_bits;  /* probe_kind_bit for builtin checks */
};

const struct provider_info *provider_lookup(const char *name);
const struct provider_info *provider_info(enum provider id);

/* Split `text` (one attach point, as written) into `out`. On failure returns
 * false and sets *err to a message and *err_col to the 0-based column in
 * `text` where the problem is. Allocations come from `arena`. */
struct arena;
bool probe_spec_parse(struct arena *arena, const char *text,
		      struct probe_spec *out, const char **err, int *err_col);

#endif
