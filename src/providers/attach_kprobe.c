/* kprobes and fentry: attached where the kernel has them; elsewhere a clear
 * refusal, with the tracepoints that might do instead. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include <bpf/btf.h>

#include "loader/features.h"
#include "loader/vmlinux_btf.h"
#include "providers/attach.h"
#include "providers/attach_impl.h"
#include "providers/tracefs.h"
#include "providers/tracepoint.h"
#include "util/arena.h"

/* Prefixes that kernel functions carry and tracepoint names do not. */
static const char *const prefixes[] = {
	"__x64_sys_", "__ia32_sys_", "__arm64_sys_", "__s390x_sys_", "__se_sys_", "__do_sys_",
	"__sys_", "ksys_", "sys_", "do_", "__do_",
};

static const char *function_stem(const char *func)
{
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		size_t n = strlen(prefixes[i]);
		if (!strncmp(func, prefixes[i], n) && func[n]) {
			func += n;
			break;
		}
	}
	while (*func == '_')
		func++;
	return func;
}

int attach_suggest_tracepoints(const char *func, char *buf, size_t size, int max)
{
	if (size)
		buf[0] = '\0';
	if (!func || max <= 0)
		return 0;
	const char *stem = function_stem(func);
	size_t stem_len = strlen(stem);
	if (stem_len < 3)
		return 0;
	struct arena arena = { 0 };
	struct probe_names names = { 0 };
	const char *err = NULL;
	int found = 0;
	if (tracepoint_events(&arena, &names, &err) < 0)
		goto out;
	/* Tier 0: the event is the stem; 1: it ends with it; 2: it contains it.
	 * Exit events are left out: their enter events say the same. */
	size_t used = 0;
	/* Short stems ("read") are inside too many names to match anywhere. */
	int tiers = stem_len >= 5 ? 3 : 2;
	for (int tier = 0; tier < tiers && found < max; tier++) {
		for (size_t i = 0; i < names.len && found < max; i++) {
			const char *event = strchr(names.names[i], ':');
			event = event ? event + 1 : names.names[i];
			if (!strncmp(names.names[i], "syscalls:sys_exit_", 18))
				continue;
			const char *hit = strstr(event, stem);
			if (!hit)
				continue;
			size_t elen = strlen(event);
			int t = !strcmp(event, stem) ? 0 : !strcmp(event + elen - stem_len, stem) ? 1 : 2;
			if (t != tier)
				continue;
			int n = snprintf(buf + used, size > used ? size - used : 0, "%stracepoint:%s",
					 found ? ", " : "", names.names[i]);
			if (n < 0 || used + (size_t)n >= size)
				goto out;
			used += (size_t)n;
			found++;
		}
	}
out:
	arena_free(&arena);
	return found;
}

/* Kernel functions that tools commonly probe, and the stable tracepoints
 * that see the same events. Only the ones the running kernel has are
 * offered. */
static const struct {
	const char *func;
	const char *alternatives[3];
} alternatives[] = {
	{ "vfs_read", { "tracepoint:syscalls:sys_enter_read", "tracepoint:syscalls:sys_enter_pread64" } },
	{ "ksys_read", { "tracepoint:syscalls:sys_enter_read" } },
	{ "vfs_write", { "tracepoint:syscalls:sys_enter_write", "tracepoint:syscalls:sys_enter_pwrite64" } },
	{ "ksys_write", { "tracepoint:syscalls:sys_enter_write" } },
	{ "vfs_readv", { "tracepoint:syscalls:sys_enter_readv" } },
	{ "vfs_writev", { "tracepoint:syscalls:sys_enter_writev" } },
	{ "vfs_open", { "tracepoint:syscalls:sys_enter_openat", "tracepoint:syscalls:sys_enter_openat2" } },
	{ "do_sys_open", { "tracepoint:syscalls:sys_enter_openat" } },
	{ "do_sys_openat2", { "tracepoint:syscalls:sys_enter_openat", "tracepoint:syscalls:sys_enter_openat2" } },
	{ "do_filp_open", { "tracepoint:syscalls:sys_enter_openat" } },
	{ "vfs_fsync", { "tracepoint:syscalls:sys_enter_fsync", "tracepoint:syscalls:sys_enter_fdatasync" } },
	{ "vfs_fsync_range", { "tracepoint:syscalls:sys_enter_fsync", "tracepoint:syscalls:sys_enter_fdatasync" } },
	{ "vfs_unlink", { "tracepoint:syscalls:sys_enter_unlinkat", "tracepoint:syscalls:sys_enter_unlink" } },
	{ "vfs_rename", { "tracepoint:syscalls:sys_enter_renameat2", "tracepoint:syscalls:sys_enter_rename" } },
	{ "vfs_statx", { "tracepoint:syscalls:sys_enter_statx", "tracepoint:syscalls:sys_enter_newfstatat" } },
	{ "do_nanosleep", { "tracepoint:syscalls:sys_enter_clock_nanosleep", "tracepoint:syscalls:sys_enter_nanosleep" } },
	{ "hrtimer_nanosleep", { "tracepoint:syscalls:sys_enter_clock_nanosleep", "tracepoint:syscalls:sys_enter_nanosleep" } },
	{ "tcp_set_state", { "tracepoint:sock:inet_sock_set_state", "rawtracepoint:inet_sock_set_state" } },
	{ "tcp_connect", { "tracepoint:sock:inet_sock_set_state", "tracepoint:syscalls:sys_enter_connect" } },
	{ "tcp_v4_connect", { "tracepoint:sock:inet_sock_set_state", "tracepoint:syscalls:sys_enter_connect" } },
	{ "tcp_v6_connect", { "tracepoint:sock:inet_sock_set_state", "tracepoint:syscalls:sys_enter_connect" } },
	{ "inet_csk_accept", { "tracepoint:sock:inet_sock_set_state", "tracepoint:syscalls:sys_enter_accept4" } },
	{ "tcp_close", { "tracepoint:sock:inet_sock_set_state" } },
	{ "tcp_retransmit_skb", { "tracepoint:tcp:tcp_retransmit_skb", "rawtracepoint:tcp_retransmit_skb" } },
	{ "tcp_send_reset", { "tracepoint:tcp:tcp_send_reset" } },
	{ "tcp_drop", { "tracepoint:skb:kfree_skb" } },
	{ "kfree_skb", { "tracepoint:skb:kfree_skb", "rawtracepoint:kfree_skb" } },
	{ "kfree_skb_reason", { "tracepoint:skb:kfree_skb", "rawtracepoint:kfree_skb" } },
	{ "sk_skb_reason_drop", { "tracepoint:skb:kfree_skb", "rawtracepoint:kfree_skb" } },
	{ "finish_task_switch", { "tracepoint:sched:sched_switch", "rawtracepoint:sched_switch" } },
	{ "__schedule", { "tracepoint:sched:sched_switch", "rawtracepoint:sched_switch" } },
	{ "schedule", { "tracepoint:sched:sched_switch", "rawtracepoint:sched_switch" } },
	{ "try_to_wake_up", { "tracepoint:sched:sched_waking", "tracepoint:sched:sched_wakeup", "rawtracepoint:sched_waking" } },
	{ "ttwu_do_wakeup", { "tracepoint:sched:sched_wakeup", "rawtracepoint:sched_wakeup" } },
	{ "wake_up_new_task", { "tracepoint:sched:sched_wakeup_new", "rawtracepoint:sched_wakeup_new" } },
	{ "do_exit", { "tracepoint:sched:sched_process_exit", "rawtracepoint:sched_process_exit" } },
	{ "do_group_exit", { "tracepoint:sched:sched_process_exit", "tracepoint:syscalls:sys_enter_exit_group" } },
	{ "kernel_clone", { "tracepoint:sched:sched_process_fork", "rawtracepoint:sched_process_fork" } },
	{ "_do_fork", { "tracepoint:sched:sched_process_fork", "rawtracepoint:sched_process_fork" } },
	{ "do_execveat_common", { "tracepoint:sched:sched_process_exec", "tracepoint:syscalls:sys_enter_execve" } },
	{ "bprm_execve", { "tracepoint:sched:sched_process_exec", "rawtracepoint:sched_process_exec" } },
	{ "blk_account_io_start", { "tracepoint:block:block_io_start", "rawtracepoint:block_io_start" } },
	{ "blk_account_io_done", { "tracepoint:block:block_io_done", "rawtracepoint:block_io_done" } },
	{ "__blk_account_io_start", { "tracepoint:block:block_io_start", "rawtracepoint:block_io_start" } },
	{ "__blk_account_io_done", { "tracepoint:block:block_io_done", "rawtracepoint:block_io_done" } },
	{ "blk_mq_start_request", { "tracepoint:block:block_rq_issue", "rawtracepoint:block_rq_issue" } },
	{ "blk_start_request", { "tracepoint:block:block_rq_issue", "rawtracepoint:block_rq_issue" } },
	{ "blk_mq_end_request", { "tracepoint:block:block_rq_complete", "rawtracepoint:block_rq_complete" } },
	{ "blk_update_request", { "tracepoint:block:block_rq_complete", "rawtracepoint:block_rq_complete" } },
	{ "submit_bio", { "tracepoint:block:block_bio_queue", "rawtracepoint:block_bio_queue" } },
	{ "handle_mm_fault", { "tracepoint:exceptions:page_fault_user", "tracepoint:exceptions:page_fault_kernel" } },
	{ "oom_kill_process", { "tracepoint:oom:mark_victim", "rawtracepoint:mark_victim" } },
	{ "cap_capable", { "tracepoint:capability:cap_capable", "rawtracepoint:cap_capable" } },
	{ "mutex_lock", { "tracepoint:lock:contention_begin", "rawtracepoint:contention_begin" } },
	{ "__mutex_lock_slowpath", { "tracepoint:lock:contention_begin", "rawtracepoint:contention_begin" } },
	{ "do_signal", { "tracepoint:signal:signal_deliver", "rawtracepoint:signal_deliver" } },
	{ "__send_signal", { "tracepoint:signal:signal_generate", "rawtracepoint:signal_generate" } },
	{ "__send_signal_locked", { "tracepoint:signal:signal_generate", "rawtracepoint:signal_generate" } },
	{ "kmem_cache_alloc", { "tracepoint:kmem:kmem_cache_alloc", "rawtracepoint:kmem_cache_alloc" } },
	{ "kmalloc", { "tracepoint:kmem:kmalloc", "rawtracepoint:kmalloc" } },
	{ "__kmalloc", { "tracepoint:kmem:kmalloc", "rawtracepoint:kmalloc" } },
	{ "kfree", { "tracepoint:kmem:kfree", "rawtracepoint:kfree" } },
	{ "do_page_fault", { "tracepoint:exceptions:page_fault_user", "tracepoint:exceptions:page_fault_kernel" } },
	{ "exc_page_fault", { "tracepoint:exceptions:page_fault_user", "tracepoint:exceptions:page_fault_kernel" } },
	{ "irq_exit", { "tracepoint:irq:irq_handler_exit" } },
	{ "handle_irq_event", { "tracepoint:irq:irq_handler_entry", "tracepoint:irq:irq_handler_exit" } },
	{ "__do_softirq", { "tracepoint:irq:softirq_entry", "tracepoint:irq:softirq_exit" } },
	{ "handle_softirqs", { "tracepoint:irq:softirq_entry", "tracepoint:irq:softirq_exit" } },
	{ "process_one_work", { "tracepoint:workqueue:workqueue_execute_start", "tracepoint:workqueue:workqueue_execute_end" } },
	{ "shrink_node", { "tracepoint:vmscan:mm_vmscan_lru_shrink_inactive" } },
	{ "try_to_free_pages", { "tracepoint:vmscan:mm_vmscan_direct_reclaim_begin", "tracepoint:vmscan:mm_vmscan_direct_reclaim_end" } },
	{ "ext4_file_read_iter", { "tracepoint:syscalls:sys_enter_read" } },
	{ "ext4_file_write_iter", { "tracepoint:syscalls:sys_enter_write" } },
	{ "ext4_sync_file", { "tracepoint:ext4:ext4_sync_file_enter", "tracepoint:ext4:ext4_sync_file_exit" } },
	{ "xfs_file_fsync", { "tracepoint:syscalls:sys_enter_fsync" } },
};

/* Whether the running kernel has the probe "tracepoint:cat:name" or
 * "rawtracepoint:name". */
static bool alternative_exists(const char *probe)
{
	char path[512];
	if (!strncmp(probe, "tracepoint:", 11)) {
		char rel[256];
		snprintf(rel, sizeof(rel), "events/%s", probe + 11);
		char *colon = strchr(rel + 7, ':');
		if (!colon)
			return false;
		*colon = '/';
		return tracefs_path(path, sizeof(path), rel) == 0 && access(path, F_OK) == 0;
	}
	if (!strncmp(probe, "rawtracepoint:", 14)) {
		const struct btf *btf = vmlinux_btf();
		snprintf(path, sizeof(path), "btf_trace_%s", probe + 14);
		return btf && btf__find_by_name_kind(btf, path, BTF_KIND_TYPEDEF) > 0;
	}
	return false;
}

int attach_known_alternatives(const char *func, char *buf, size_t size)
{
	if (size)
		buf[0] = '\0';
	size_t used = 0;
	int found = 0;
	for (size_t i = 0; func && i < sizeof(alternatives) / sizeof(alternatives[0]); i++) {
		if (strcmp(alternatives[i].func, func))
			continue;
		for (size_t k = 0; k < 3 && alternatives[i].alternatives[k]; k++) {
			const char *alt = alternatives[i].alternatives[k];
			if (!alternative_exists(alt))
				continue;
			int n = snprintf(buf + used, size > used ? size - used : 0, "%s%s",
					 found ? " or " : "", alt);
			if (n < 0 || used + (size_t)n >= size)
				return found;
			used += (size_t)n;
			found++;
		}
		break;
	}
	return found;
}

const char *attach_fentry_missing_reason(void)
{
	static const char prefix[] = "fentry/fexit are not available: ";
	const char *why = features_missing_reason(FEATURE_FENTRY);
	if (why && !strncmp(why, prefix, sizeof(prefix) - 1))
		why += sizeof(prefix) - 1;
	static char text[768];
	snprintf(text, sizeof(text), "BPF trampolines (fentry/fexit) are not supported by this "
		 "kernel%s%s%s", why ? " (" : "", why ? why : "", why ? ")" : "");
	return text;
}

static int refuse(const char *kind, enum feature f, const char *func)
{
	char similar[512];
	const char *reason = f == FEATURE_FENTRY ? attach_fentry_missing_reason()
						 : features_missing_reason(f);
	int n = attach_known_alternatives(func, similar, sizeof(similar));
	if (n) {
		attach_set_error("%s: cannot attach to %s: %s; use %s instead", kind, func,
				 reason ? reason : "not supported by this kernel", similar);
		return -EOPNOTSUPP;
	}
	n = attach_suggest_tracepoints(func, similar, sizeof(similar), 3);
	attach_set_error("%s: cannot attach to %s: %s%s%s", kind, func,
			 reason ? reason : "not supported by this kernel",
			 n ? "; tracepoints with similar names: " : "", n ? similar : "");
	return -EOPNOTSUPP;
}

int attach_kprobe(int prog_fd, const char *func, uint64_t offset, bool retprobe)
{
	const char *kind = retprobe ? "kretprobe" : "kprobe";
	if (!features_has(FEATURE_KPROBE))
		return refuse(kind, FEATURE_KPROBE, func);
	return attach_pmu_probe(prog_fd, "kprobe", retprobe, (uint64_t)(uintptr_t)func, offset, 0,
				-1, kind, func);
}

int attach_fentry(int prog_fd, const char *func, bool fexit)
{
	const char *kind = fexit ? "fexit" : "fentry";
	if (!features_has(FEATURE_FENTRY))
		return refuse(kind, FEATURE_FENTRY, func);
	int fd = bpf_raw_tracepoint_open(NULL, prog_fd);
	if (fd < 0) {
		int err = errno ? errno : -fd;
		attach_set_error("%s: cannot attach to %s: %s", kind, func, strerror(err));
		return -err;
	}
	return attach_add(fd, -1);
}
