/* Kernel types from the running kernel's BTF, as types of the language.
 *
 * vmlinux BTF (/sys/kernel/btf/vmlinux, or the file named by BPFTRACE_BTF
 * as in bpftrace) is parsed on first use only, once per process: scripts
 * that never read a kernel struct never pay for it. Structs are interned
 * by name in the type table and defined once; a member that points to a
 * struct points to its named TY_STRUCT, which is defined only when a
 * member is read through it (btf_struct_complete), so task_struct ->
 * task_struct and the like cost nothing until used.
 *
 * Conversions: typedefs, const, volatile and type tags are looked
 * through; integers keep size and signedness, _Bool is TY_BOOL, a named enum
 * is an integer of its size that carries its enumerators (its values
 * print by name), an anonymous one a plain integer; char[N] is string[N], other arrays TY_ARRAY;
 * void * and function pointers are `void *`; embedded structs and unions
 * are defined along with their parent, anonymous members flattened into
 * it. A kind with no language type (floats, __int128) is a TY_BUFFER of
 * its size. */
#ifndef BPFSCOPE_SEMA_BTF_H
#define BPFSCOPE_SEMA_BTF_H

#include <stdbool.h>
#include <stdint.h>

#include "sema/types.h"

/* Why kernel BTF cannot be used ("BTF is not available
 * (/sys/kernel/btf/vmlinux missing)"), or NULL when it can. Loads it. */
const char *btf_unavailable(void);

/* `struct name` (or `union name`), defined from BTF when BTF has it,
 * opaque otherwise: opaque is not an error until a member is read. */
const struct type *btf_struct_type(struct type_table *t, const char *name, bool is_union);

/* Defines the TY_STRUCT `s` from BTF if it is not yet. Returns 0, or a
 * negative errno with *err set to the reason ("BTF is not available
 * (...)", "not found in kernel BTF"). */
int btf_struct_complete(struct type_table *t, const struct type *s, const char **err);

/* A kernel typedef (`pid_t`, `u64`) as a language type, or NULL when BTF is
 * missing or has no such typedef. */
const struct type *btf_typedef_type(struct type_table *t, const char *name);

/* The vmlinux BTF type `id` as a language type (conversions as above), or
 * NULL when BTF is missing or `id` is 0 (void). */
const struct type *btf_type_from_id(struct type_table *t, unsigned int id);

/* The value of the kernel enumerator `name` (BPF_MAP_TYPE_HASH); false
 * when BTF is missing or no enum has it. *enum_name, when asked for, is
 * its enum's name without "enum " (NULL for an anonymous enum). */
bool btf_enum_constant(const char *name, int64_t *value, const char **enum_name);

/* The kernel enumerator closest to `name` (a typo of it), or NULL. */
const char *btf_enum_constant_suggest(const char *name);

/* `enum name` as an integer of its size and signedness, or NULL. */
const struct type *btf_enum_type(struct type_table *t, const char *name);

/* The name of enumerator `value` of kernel `enum enum_name`, or NULL. */
const char *btf_enum_value_name(const char *enum_name, int64_t value);

/* `args` of rawtracepoint:EVENT: a TY_RECORD of the tracepoint's
 * arguments (after the leading `void *__data`) in order, named as in the
 * kernel source; each argument is one 64-bit slot of the raw tracepoint
 * context. NULL with *err set when BTF is missing or has no such event. */
const struct type *btf_raw_tracepoint_args(struct type_table *t, const char *event,
					   const char **err);

/* How long loading vmlinux BTF took, in nanoseconds (0 if not loaded). */
unsigned long long btf_load_nsecs(void);

#endif
