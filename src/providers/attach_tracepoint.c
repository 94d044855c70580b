/* Tracepoints (perf events on tracefs ids), raw tracepoints and tp_btf. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include "providers/attach.h"
#include "providers/attach_impl.h"
#include "providers/tracefs.h"

static bool valid_part(const char *s)
{
	return s && *s && !strchr(s, '/') && strcmp(s, ".") && strcmp(s, "..");
}

int attach_tracepoint(int prog_fd, const char *category, const char *name)
{
	if (!valid_part(category) || !valid_part(name)) {
		attach_set_error("tracepoint: %s:%s not found (not a valid tracepoint name)",
				 category ? category : "", name ? name : "");
		return -ENOENT;
	}
	if (!tracefs_root()) {
		int err = errno ? errno : ENOENT;
		attach_set_error("tracepoint: cannot look up %s:%s: %s", category, name,
				 tracefs_error());
		return -err;
	}
	char rel[512];
	snprintf(rel, sizeof(rel), "events/%s/%s/id", category, name);
	char *text = tracefs_read(rel, NULL);
	if (!text) {
		int err = errno ? errno : ENOENT;
		if (err == ENOENT)
			attach_set_error("tracepoint: %s:%s not found (no events/%s/%s in tracefs)",
					 category, name, category, name);
		else
			attach_set_error("tracepoint: %s:%s: cannot read %s in tracefs: %s", category,
					 name, rel, strerror(err));
		return -err;
	}
	char *end;
	unsigned long long id = strtoull(text, &end, 10);
	bool ok = end != text && (*end == '\n' || *end == '\0');
	free(text);
	if (!ok) {
		attach_set_error("tracepoint: %s:%s: events/%s/%s/id in tracefs is not a number",
				 category, name, category, name);
		return -EINVAL;
	}

	struct perf_event_attr attr = {
		.type = PERF_TYPE_TRACEPOINT,
		.config = id,
		.sample_period = 1,
		.wakeup_events = 1,
		.disabled = 1,
	};
	/* One event is enough: the program runs on every CPU. */
	int pfd = attach_perf_open(&attr, 0);
	if (pfd < 0) {
		attach_set_error("tracepoint: %s:%s: perf_event_open failed: %s", category, name,
				 strerror(-pfd));
		return pfd;
	}
	int link_fd;
	const char *what = "";
	int err = attach_perf_fd(prog_fd, pfd, &link_fd, &what);
	if (err) {
		close(pfd);
		attach_set_error("tracepoint: %s:%s: %s failed: %s", category, name, what,
				 strerror(-err));
		return err;
	}
	return attach_add(link_fd, pfd);
}

int attach_raw_tracepoint(int prog_fd, const char *name)
{
	int fd = bpf_raw_tracepoint_open(name, prog_fd);
	if (fd < 0) {
		int err = errno ? errno : -fd;
		if (err == ENOENT)
			attach_set_error("raw tracepoint: %s not found (the kernel has no tracepoint "
					 "of that name)", name);
		else
			attach_set_error("raw tracepoint: %s: attach failed: %s", name, strerror(err));
		return -err;
	}
	return attach_add(fd, -1);
}

int attach_tp_btf(int prog_fd, const char *name)
{
	int fd = bpf_link_create(prog_fd, 0, BPF_TRACE_RAW_TP, NULL);
	if (fd < 0)  /* before Linux 6.10: the raw tracepoint interface */
		fd = bpf_raw_tracepoint_open(NULL, prog_fd);
	if (fd < 0) {
		int err = errno ? errno : -fd;
		attach_set_error("tp_btf: %s: attach failed: %s", name ? name : "?", strerror(err));
		return -err;
	}
	return attach_add(fd, -1);
}
