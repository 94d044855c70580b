/* The names of system calls by number, for syscall_name(): the table of
 * the architecture bpfscope is built for, since the kernel exports no
 * number-to-name map (sys_call_table is a data symbol, absent from
 * kallsyms on most kernels, and tracefs formats give names only). */
#ifndef BPFSCOPE_RUNTIME_SYSCALL_NAMES_H
#define BPFSCOPE_RUNTIME_SYSCALL_NAMES_H

#include <stdint.h>

/* The name of syscall `nr` ("read"), or NULL when the table has none. */
const char *syscall_names_lookup(uint64_t nr);

#endif
