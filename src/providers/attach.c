/* The attachment list, errors and the helpers the attach_*.c files share. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include "providers/attach.h"
#include "providers/attach_impl.h"

struct attachment {
	struct attachment *next;  /* set before the node is published */
	int link_fd;              /* closed first; -1 when none or detached */
	int perf_fd;
};

/* Pushed by the main code, walked by attachments_detach_all(), which may
 * interrupt a push: a node is published only once complete. */
static struct attachment *head;
static char error_buf[512];

void attach_set_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(error_buf, sizeof(error_buf), fmt, ap);
	va_end(ap);
}

const char *attach_error(void)
{
	return error_buf;
}

int attach_add(int link_fd, int perf_fd)
{
	struct attachment *a = malloc(sizeof(*a));
	if (!a) {
		if (link_fd >= 0)
			close(link_fd);
		if (perf_fd >= 0)
			close(perf_fd);
		attach_set_error("attach: out of memory");
		return -ENOMEM;
	}
	a->link_fd = link_fd;
	a->perf_fd = perf_fd;
	a->next = __atomic_load_n(&head, __ATOMIC_ACQUIRE);
	__atomic_store_n(&head, a, __ATOMIC_RELEASE);
	return 0;
}

static bool is_attached(const struct attachment *a)
{
	return __atomic_load_n(&a->link_fd, __ATOMIC_RELAXED) >= 0 ||
	       __atomic_load_n(&a->perf_fd, __ATOMIC_RELAXED) >= 0;
}

static void close_once(int *fd)
{
	int old = __atomic_exchange_n(fd, -1, __ATOMIC_SEQ_CST);
	if (old >= 0)
		close(old);
}

void attachments_detach_all(void)
{
	int saved = errno;  /* a signal handler must not change errno */
	for (struct attachment *a = __atomic_load_n(&head, __ATOMIC_ACQUIRE); a; a = a->next) {
		close_once(&a->link_fd);
		close_once(&a->perf_fd);
	}
	errno = saved;
}

/* Closing a uprobe's perf event waits in the kernel for RCU grace periods
 * (hundreds of milliseconds here), one close after another: a hundred
 * uprobes took tens of seconds to detach. Closed from several threads at
 * once, the waits overlap. */
enum { DETACH_THREADS = 32 };

struct detach_work {
	struct attachment **items;
	size_t n, next;
};

static void *detach_worker(void *arg)
{
	struct detach_work *w = arg;
	for (;;) {
		size_t i = __atomic_fetch_add(&w->next, 1, __ATOMIC_RELAXED);
		if (i >= w->n)
			return NULL;
		close_once(&w->items[i]->link_fd);
		close_once(&w->items[i]->perf_fd);
	}
}

void attachments_detach_parallel(void)
{
	size_t n = attachments_count();
	struct detach_work w = { .items = n >= 4 ? malloc(n * sizeof(*w.items)) : NULL };
	if (w.items) {
		for (struct attachment *a = __atomic_load_n(&head, __ATOMIC_ACQUIRE); a && w.n < n; a = a->next)
			if (is_attached(a))
				w.items[w.n++] = a;
		pthread_t threads[DETACH_THREADS];
		int started = 0;
		while (started < DETACH_THREADS && (size_t)started < w.n &&
		       pthread_create(&threads[started], NULL, detach_worker, &w) == 0)
			started++;
		for (int i = 0; i < started; i++)
			pthread_join(threads[i], NULL);
		free(w.items);
	}
	attachments_detach_all();   /* whatever is left, and the few-probe case */
}

void attachments_release(void)
{
	attachments_detach_parallel();
	struct attachment *a = __atomic_exchange_n(&head, NULL, __ATOMIC_SEQ_CST);
	while (a) {
		struct attachment *next = a->next;
		free(a);
		a = next;
	}
}

size_t attachments_count(void)
{
	size_t n = 0;
	for (struct attachment *a = __atomic_load_n(&head, __ATOMIC_ACQUIRE); a; a = a->next)
		n += is_attached(a);
	return n;
}

int attach_perf_open(struct perf_event_attr *attr, int cpu)
{
	attr->size = sizeof(*attr);
	long fd = syscall(SYS_perf_event_open, attr, -1, cpu, -1, PERF_FLAG_FD_CLOEXEC);
	return fd < 0 ? -errno : (int)fd;
}

int attach_perf_fd(int prog_fd, int perf_fd, int *link_fd, const char **what)
{
	*link_fd = bpf_link_create(prog_fd, perf_fd, BPF_PERF_EVENT, NULL);
	if (*link_fd < 0) {
		*link_fd = -1;
		/* Kernels before 5.15 have no perf links. */
		if (ioctl(perf_fd, PERF_EVENT_IOC_SET_BPF, prog_fd) < 0) {
			*what = "PERF_EVENT_IOC_SET_BPF";
			return -errno;
		}
	}
	if (ioctl(perf_fd, PERF_EVENT_IOC_ENABLE, 0) < 0) {
		int err = -errno;
		if (*link_fd >= 0)
			close(*link_fd);
		*link_fd = -1;
		*what = "PERF_EVENT_IOC_ENABLE";
		return err;
	}
	return 0;
}

int attach_parse_cpu_list(const char *text, int *cpus, int max)
{
	int n = 0;
	const char *p = text;
	while (*p && *p != '\n') {
		char *end;
		long lo = strtol(p, &end, 10), hi = lo;
		if (end == p || lo < 0)
			return -EINVAL;
		p = end;
		if (*p == '-') {
			hi = strtol(p + 1, &end, 10);
			if (end == p + 1 || hi < lo)
				return -EINVAL;
			p = end;
		}
		for (long c = lo; c <= hi; c++) {
			if (n >= max)
				return -E2BIG;
			cpus[n++] = (int)c;
		}
		if (*p == ',')
			p++;
		else if (*p && *p != '\n')
			return -EINVAL;
	}
	return n;
}

int attach_online_cpus(int *cpus, int max)
{
	char buf[4096];
	FILE *f = fopen("/sys/devices/system/cpu/online", "re");
	if (!f)
		return -errno;
	size_t len = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[len] = '\0';
	return attach_parse_cpu_list(buf, cpus, max);
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

/* The lowest bit of a config field of `pmu`, from its format file
 * ("config:32-63"), or -1 when the PMU has no such field. */
static int pmu_format_bit(const char *pmu, const char *field)
{
	char path[160];
	snprintf(path, sizeof(path), "/sys/bus/event_source/devices/%s/format/%s", pmu, field);
	FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	int bit;
	if (fscanf(f, "config:%d", &bit) != 1)
		bit = -1;
	fclose(f);
	return bit;
}

int attach_pmu_probe(int prog_fd, const char *pmu, bool retprobe, uint64_t config1,
		     uint64_t config2, uint64_t ref_ctr_offset, int pid, const char *kind,
		     const char *what)
{
	char path[128];
	long type;
	snprintf(path, sizeof(path), "/sys/bus/event_source/devices/%s/type", pmu);
	if (read_sysfs_int(path, &type) < 0) {
		attach_set_error("%s: cannot attach to %s: this kernel has no %s PMU (%s)", kind,
				 what, pmu, path);
		return -EOPNOTSUPP;
	}
	int bit = retprobe ? pmu_format_bit(pmu, "retprobe") : 0;
	int ref_ctr_bit = ref_ctr_offset ? pmu_format_bit(pmu, "ref_ctr_offset") : 0;
	if (ref_ctr_bit < 0) {
		attach_set_error("%s: cannot attach to %s: this kernel's %s PMU has no "
				 "ref_ctr_offset (needed to set the probe's semaphore)", kind, what, pmu);
		return -EOPNOTSUPP;
	}
	struct perf_event_attr attr = {
		.size = sizeof(attr),
		.type = (uint32_t)type,
		.config = (retprobe ? 1ULL << (bit < 0 ? 0 : bit) : 0) |
			  (ref_ctr_offset << ref_ctr_bit),
		.config1 = config1,
		.config2 = config2,
		.sample_period = 1,
		.wakeup_events = 1,
		.disabled = 1,
	};
	/* One process, or every process ("cpu" 0 stands for all of them). */
	long pfd = syscall(SYS_perf_event_open, &attr, pid > 0 ? pid : -1, pid > 0 ? -1 : 0, -1,
			   PERF_FLAG_FD_CLOEXEC);
	if (pfd < 0) {
		int err = errno;
		attach_set_error("%s: cannot attach to %s: perf_event_open failed: %s%s", kind, what,
				 strerror(err), (err == ENOENT || err == EINVAL) && !strcmp(pmu, "kprobe")
				 ? " (no such kernel function, or it cannot be probed)" : "");
		return -err;
	}
	int link_fd;
	const char *step = "";
	int err = attach_perf_fd(prog_fd, (int)pfd, &link_fd, &step);
	if (err) {
		close((int)pfd);
		attach_set_error("%s: %s: %s failed: %s", kind, what, step, strerror(-err));
		return err;
	}
	return attach_add(link_fd, (int)pfd);
}
