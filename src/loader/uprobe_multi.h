/* uprobe_multi links (Linux 6.6): one BPF link attaches a kprobe-type
 * program, loaded with expected_attach_type BPF_TRACE_UPROBE_MULTI, to
 * uprobes in one file. Releasing such a link waits for the kernel once,
 * where a uprobe perf event waits once per probe (100 ms or more each).
 * The system headers may predate it, so its numbers and layout are here. */
#ifndef BPFSCOPE_LOADER_UPROBE_MULTI_H
#define BPFSCOPE_LOADER_UPROBE_MULTI_H

#include <stdbool.h>
#include <stdint.h>

#define UPROBE_MULTI_ATTACH_TYPE 48     /* BPF_TRACE_UPROBE_MULTI */

/* Returns the link fd, or a negative errno. `pid` 0: every process. */
int uprobe_multi_link(int prog_fd, const char *path, const uint64_t *offsets, uint32_t cnt,
		      bool retprobe, int pid);

#endif
