/* The attach layer: connecting loaded BPF programs to their events.
 *
 * Every successful attach adds an entry to one process-wide list of
 * attachments (perf event fds and BPF link fds). attachments_detach_all()
 * closes them all; it only calls close(), is idempotent and may run from a
 * signal handler or an atexit path while the main code is attaching.
 *
 * Every attach_* function returns 0 or a negative errno. On failure nothing
 * from that call stays attached, and attach_error() gives one line for the
 * user that starts with the subsystem ("tracepoint: ", "raw tracepoint: ",
 * "perf_event: ", "kprobe: ", "fentry: ") and names what was looked for:
 *   tracepoint: syscalls:sys_enter_foo not found (no events/syscalls/sys_enter_foo in tracefs)
 */
#ifndef BPFSCOPE_PROVIDERS_ATTACH_H
#define BPFSCOPE_PROVIDERS_ATTACH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct attachment;  /* one perf event and/or BPF link; opaque */

/* A BPF_PROG_TYPE_TRACEPOINT program on tracepoint category:name (perf
 * event on the id in tracefs events/<category>/<name>/id, attached through
 * a BPF link, else PERF_EVENT_IOC_SET_BPF). */
int attach_tracepoint(int prog_fd, const char *category, const char *name);

/* A BPF_PROG_TYPE_RAW_TRACEPOINT program on the raw tracepoint `name`
 * ("sched_switch", "sys_enter"). */
int attach_raw_tracepoint(int prog_fd, const char *name);

/* A BPF_PROG_TYPE_TRACING program loaded with expected attach type
 * BPF_TRACE_RAW_TP (tp_btf); its target came with the load. `name` is only
 * for messages. */
int attach_tp_btf(int prog_fd, const char *name);

/* A BPF_PROG_TYPE_PERF_EVENT program on perf event (type, config), e.g.
 * PERF_TYPE_SOFTWARE / PERF_COUNT_SW_CPU_CLOCK. `period_or_freq` is a
 * sample period, or a frequency in Hz when `is_freq`. `cpu` < 0 means one
 * event on every online CPU (profile:, software:); otherwise that CPU only
 * (interval:). */
int attach_perf_event(int prog_fd, uint32_t type, uint64_t config, uint64_t period_or_freq,
		      bool is_freq, int cpu);

/* An interval timer: cpu-clock every `period_ns` nanoseconds on the first
 * online CPU. */
int attach_interval(int prog_fd, uint64_t period_ns);

/* A kprobe (or kretprobe) program on kernel function `func` + `offset`.
 * Without kprobe support in the kernel this fails with the feature's
 * explanation and the tracepoints whose names resemble `func`. */
int attach_kprobe(int prog_fd, const char *func, uint64_t offset, bool retprobe);

/* An fentry/fexit program (BPF_PROG_TYPE_TRACING, target set at load).
 * Fails with the feature's explanation where fentry is unavailable. */
int attach_fentry(int prog_fd, const char *func, bool fexit);

/* "BPF trampolines (fentry/fexit) are not supported by this kernel (...)":
 * why fentry/fexit cannot be used here, for messages. */
const char *attach_fentry_missing_reason(void);

/* The message of the last failed attach_* call ("" when none). */
const char *attach_error(void);

/* Up to `max` tracepoints ("syscalls:sys_enter_clock_nanosleep") whose
 * names contain kernel function `func` without its common prefixes
 * (do_, __x64_sys_, ...), written into buf as "tracepoint:a, tracepoint:b".
 * Returns how many were found (0 leaves buf ""). */
int attach_suggest_tracepoints(const char *func, char *buf, size_t size, int max);

/* The tracepoints and raw tracepoints this kernel has that see the events
 * of kernel function `func`, from a table of commonly probed functions,
 * written into buf as "tracepoint:a or rawtracepoint:b". Returns how many
 * (0 leaves buf ""). */
int attach_known_alternatives(const char *func, char *buf, size_t size);

/* How many attachments are live (not yet detached). */
size_t attachments_count(void);

/* Closes every link and perf event fd. Async-signal-safe and idempotent:
 * it only calls close(), once per fd. */
void attachments_detach_all(void);

/* The same from several threads at once, for many uprobes, whose closes
 * each wait for the kernel (not from a signal handler). */
void attachments_detach_parallel(void);

/* Detaches everything and frees the list (not from a signal handler). */
void attachments_release(void);

/* The online CPUs from /sys/devices/system/cpu/online ("0-3,5"), written
 * into cpus (up to max). Returns the count, or a negative errno. */
int attach_online_cpus(int *cpus, int max);

/* Parses an online-CPU list such as "0-3,5\n"; exposed for tests. */
int attach_parse_cpu_list(const char *text, int *cpus, int max);

#endif
