/* The running kernel's BTF (/sys/kernel/btf/vmlinux, or the file named
 * by BPFTRACE_BTF as in bpftrace), parsed on first use and then shared by
 * everyone in the process: the type pass, attach-point expansion and
 * program loading. Parsing takes tens of milliseconds, so it is done at
 * most once, and only by runs that need it. Never freed. */
#ifndef BPFSCOPE_LOADER_VMLINUX_BTF_H
#define BPFSCOPE_LOADER_VMLINUX_BTF_H

#include <stdbool.h>

struct btf;

/* The parsed BTF, or NULL (see vmlinux_btf_error()). */
const struct btf *vmlinux_btf(void);

/* Why there is none ("BTF is not available (/sys/kernel/btf/vmlinux
 * missing)"), or NULL when it was loaded (or not tried yet). */
const char *vmlinux_btf_error(void);

/* Whether the BTF file exists and is readable, without parsing it (for
 * questions like #if BPFTRACE_HAVE_BTF, which must not cost start-up). */
bool vmlinux_btf_present(void);

/* How long the parse took, in nanoseconds (0 before it). */
unsigned long long vmlinux_btf_load_nsecs(void);

#endif
