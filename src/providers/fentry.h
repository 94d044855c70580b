/* fentry/fexit: the kernel functions they can hook, from vmlinux BTF. */
#ifndef BPFSCOPE_PROVIDERS_FENTRY_H
#define BPFSCOPE_PROVIDERS_FENTRY_H

#include "providers/probe_names.h"

struct arena;

/* Every FUNC in vmlinux BTF as "vmlinux:func", sorted. Returns 0, or a negative errno with
 * *err set (BTF missing). */
int fentry_functions(struct arena *arena, struct probe_names *out, const char **err);

#endif
