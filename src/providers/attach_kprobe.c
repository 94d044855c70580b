/* kprobes and fentry: attached where the kernel has them; elsewhere a clear
 * refusal, with the tracepoints that might do instead. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include "loader/features.h"
#include "providers/attach.h"
#include "providers/attach_impl.h"
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

static int refuse(const char *kind, enum feature f, const char *func)
{
	char similar[512];
	const char *reason = features_missing_reason(f);
	int n = attach_suggest_tracepoints(func, similar, sizeof(similar), 3);
	attach_set_error("%s: cannot attach to %s: %s%s%s", kind, func,
			 reason ? reason : "not supported by this kernel",
			 n ? "; tracepoints with similar names: " : "", n ? similar : "");
	return -EOPNOTSUPP;
}

static int read_sysfs_int(const char *path, long *value)
{
	FILE *f = fopen(path, "re");
	if (!f)
		return -errno;
	int ok = fscanf(f, "%ld", value) == 1;
	fclose(f);
	return ok ? 0 : -EINVAL;
}

int attach_kprobe(int prog_fd, const char *func, uint64_t offset, bool retprobe)
{
	const char *kind = retprobe ? "kretprobe" : "kprobe";
	if (!features_has(FEATURE_KPROBE))
		return refuse(kind, FEATURE_KPROBE, func);
	long type;
	if (read_sysfs_int("/sys/bus/event_source/devices/kprobe/type", &type) < 0) {
		attach_set_error("%s: cannot attach to %s: no kprobe PMU "
				 "(/sys/bus/event_source/devices/kprobe/type); kprobe_events is not "
				 "supported", kind, func);
		return -EOPNOTSUPP;
	}
	int bit = 0;
	if (retprobe) {
		FILE *f = fopen("/sys/bus/event_source/devices/kprobe/format/retprobe", "re");
		if (f) {
			if (fscanf(f, "config:%d", &bit) != 1)
				bit = 0;
			fclose(f);
		}
	}
	struct perf_event_attr attr = {
		.type = (uint32_t)type,
		.config = retprobe ? 1ULL << bit : 0,
		.config1 = (uint64_t)(uintptr_t)func,
		.config2 = offset,
		.sample_period = 1,
		.wakeup_events = 1,
		.disabled = 1,
	};
	int pfd = attach_perf_open(&attr, 0);
	if (pfd < 0) {
		attach_set_error("%s: cannot attach to %s: perf_event_open failed: %s%s", kind, func,
				 strerror(-pfd),
				 pfd == -ENOENT || pfd == -EINVAL
					 ? " (no such kernel function, or it cannot be probed)" : "");
		return pfd;
	}
	int link_fd;
	const char *what = "";
	int err = attach_perf_fd(prog_fd, pfd, &link_fd, &what);
	if (err) {
		close(pfd);
		attach_set_error("%s: %s: %s failed: %s", kind, func, what, strerror(-err));
		return err;
	}
	return attach_add(link_fd, pfd);
}

int attach_fentry(int prog_fd, const char *func)
{
	if (!features_has(FEATURE_FENTRY))
		return refuse("fentry", FEATURE_FENTRY, func);
	int fd = bpf_raw_tracepoint_open(NULL, prog_fd);
	if (fd < 0) {
		int err = errno ? errno : -fd;
		attach_set_error("fentry: cannot attach to %s: %s", func, strerror(err));
		return -err;
	}
	return attach_add(fd, -1);
}
