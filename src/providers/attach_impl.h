/* Shared by the attach_*.c files: the attachment list, errors, perf fds. */
#ifndef BPFSCOPE_PROVIDERS_ATTACH_IMPL_H
#define BPFSCOPE_PROVIDERS_ATTACH_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include <linux/perf_event.h>

/* Sets attach_error(). */
void attach_set_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Adds a live attachment (either fd may be -1). Returns 0, or -ENOMEM
 * after closing both fds. */
int attach_add(int link_fd, int perf_fd);

/* perf_event_open(2) for any pid on `cpu`, close-on-exec. */
int attach_perf_open(struct perf_event_attr *attr, int cpu);

/* Attaches prog_fd to an open perf event: a BPF link when the kernel has
 * them, else PERF_EVENT_IOC_SET_BPF; then enables the event. Stores the
 * link fd (or -1) in *link_fd. Returns 0 or a negative errno; `what` names
 * the step that failed. */
int attach_perf_fd(int prog_fd, int perf_fd, int *link_fd, const char **what);

/* A kprobe or uprobe through its perf PMU (`pmu` is "kprobe" or
 * "uprobe"): reads the PMU's type and retprobe bit from sysfs, opens the
 * event with config1/config2 (function name or path, and offset), for
 * process `pid` (or every process when pid <= 0), and attaches prog_fd.
 * A uprobe's `ref_ctr_offset` (the file offset of a USDT semaphore, 0 for
 * none) goes into the config bits the PMU's format names for it.
 * `kind` ("uretprobe") and `what` (the probe) word the messages. Returns
 * 0 or a negative errno with attach_error() set. */
int attach_pmu_probe(int prog_fd, const char *pmu, bool retprobe, uint64_t config1,
		     uint64_t config2, uint64_t ref_ctr_offset, int pid, const char *kind,
		     const char *what);

#endif
