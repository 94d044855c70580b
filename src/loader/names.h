/* Names of kernel objects (programs and maps), as bpftool shows them. */
#ifndef BPFSCOPE_LOADER_NAMES_H
#define BPFSCOPE_LOADER_NAMES_H

#include <linux/bpf.h>

/* Writes `name` as the kernel accepts it: at most BPF_OBJ_NAME_LEN - 1
 * characters from [A-Za-z0-9_.], with '@' spelled "AT_" as bpftrace does
 * ("@start" → "AT_start") and any other character as '_'. NULL gives "". */
void loader_object_name(char out[BPF_OBJ_NAME_LEN], const char *name);

#endif
