/* Listings from vmlinux BTF: kernel types (-l 'struct task_struct') and
 * the arguments of kernel functions (-lv fentry:vfs_read). */
#ifndef BPFSCOPE_PROVIDERS_LIST_BTF_H
#define BPFSCOPE_PROVIDERS_LIST_BTF_H

#include <stdbool.h>
#include <stdio.h>

/* -l 'struct NAME' / 'union NAME' / 'enum NAME', NAME a glob: the matching
 * type names, sorted, one a line ("struct task_struct"); with `verbose`,
 * each one's C definition followed by an empty line, as bpftrace prints
 * them. Returns how many matched, or a negative errno with *err set. */
int list_btf_types(FILE *out, const char *pattern, bool verbose, const char **err);

/* -lv fentry:FUNC: FUNC's parameters, "    TYPE NAME" a line, then
 * "    TYPE retval" unless it returns void. Returns 0, or a negative errno
 * with *err set. */
int list_btf_func_args(FILE *out, const char *func, const char **err);

#endif
