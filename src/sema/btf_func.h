/* fentry/fexit: a kernel function's BTF prototype as the probe's `args`
 * and `retval`.
 *
 * The context of a BTF tracing program is an array of 64-bit slots: one
 * per argument, in order, and for fexit one more holding the return
 * value. Arguments passed as structs by value would take more than one
 * slot; such functions are refused rather than read at wrong offsets. */
#ifndef BPFSCOPE_SEMA_BTF_FUNC_H
#define BPFSCOPE_SEMA_BTF_FUNC_H

#include "sema/types.h"

struct arena;
struct node;

/* The BTF id of the FUNC `name` in vmlinux BTF, or a negative errno with
 * *err set to a message saying what was looked for, with the closest
 * function name when there is a plausible one. */
int btf_func_id(struct arena *arena, const char *name, const char **err);

/* How many arguments `name` takes (its fexit return value is in the slot
 * after them), or -1 when BTF has no such function. */
int btf_func_arg_count(const char *name);

/* The position of argument `arg` of function `name`, or -1. */
int btf_func_arg_index(const char *name, const char *arg);

/* `args` and `retval` of the fentry/fexit probe `probe` (an N_PROBE): from
 * the first attach point's function (for a wildcard, the first function
 * it matches). NULL with *err set when the function cannot be typed;
 * `retval` of a void function is NULL with *err NULL. */
const struct type *btf_func_probe_args(struct type_table *t, const struct node *probe,
				       const char **err);
const struct type *btf_func_probe_retval(struct type_table *t, const struct node *probe,
					 const char **err);

/* The first function in vmlinux BTF matching `pattern` (a glob), or NULL. */
const char *btf_func_first_match(const char *pattern);

#endif
