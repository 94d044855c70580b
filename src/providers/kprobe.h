/* kprobes: whether the kernel has them, and which functions they can hook. */
#ifndef BPFSCOPE_PROVIDERS_KPROBE_H
#define BPFSCOPE_PROVIDERS_KPROBE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "providers/probe_names.h"

struct arena;

/* True if the kernel can create kprobes: a "kprobe" PMU, or kprobe_events
 * in tracefs (both absent without CONFIG_KPROBES). */
bool kprobe_available(void);

/* The kernel functions kprobes can hook, sorted: from tracefs
 * available_filter_functions, else the text symbols of /proc/kallsyms.
 * Names are "func", or "module:func" ("vmlinux:func" for the core kernel)
 * when `with_modules`. Returns 0, or a negative errno with *err set. */
int kprobe_functions(struct arena *arena, bool with_modules, struct probe_names *out,
		     const char **err);

/* The size in bytes of kernel function `func`: from its kallsyms address
 * to the next symbol's. Returns 0, -ENOENT when kallsyms has no such
 * function (or hides addresses), or another negative errno. */
int kprobe_function_size(const char *func, uint64_t *size);

/* The same from kallsyms text already read, for tests. */
int kprobe_function_size_in(const char *kallsyms, const char *func, uint64_t *size);

/* The parsers behind kprobe_functions, for tests. `text` is modified. */
void kprobe_parse_filter_functions(struct arena *arena, char *text, bool with_modules,
				   struct probe_names *out);
void kprobe_parse_kallsyms(struct arena *arena, char *text, bool with_modules,
			   struct probe_names *out);

#endif
