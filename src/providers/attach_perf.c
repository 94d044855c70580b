/* perf_event programs: software events and profile: on every online CPU,
 * interval: timers on one. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "providers/attach.h"
#include "providers/attach_impl.h"
#include "providers/perf_events.h"

#define MAX_CPUS 4096

static void event_name(char *buf, size_t size, uint32_t type, uint64_t config)
{
	const struct perf_event_info *tab = NULL;
	size_t n = 0;
	const char *kind = NULL;
	if (type == PERF_TYPE_SOFTWARE) {
		tab = perf_software_events, n = perf_nsoftware_events, kind = "software";
	} else if (type == PERF_TYPE_HARDWARE) {
		tab = perf_hardware_events, n = perf_nhardware_events, kind = "hardware";
	}
	for (size_t i = 0; i < n; i++) {
		if (tab[i].config == config) {
			snprintf(buf, size, "%s:%s", kind, tab[i].name);
			return;
		}
	}
	snprintf(buf, size, "type %u config %llu", type, (unsigned long long)config);
}

int attach_perf_event(int prog_fd, uint32_t type, uint64_t config, uint64_t period_or_freq,
		      bool is_freq, int cpu)
{
	char name[96];
	event_name(name, sizeof(name), type, config);
	if (period_or_freq == 0) {
		attach_set_error("perf_event: %s: the %s must not be 0", name,
				 is_freq ? "frequency" : "period");
		return -EINVAL;
	}
	int *cpus = malloc(MAX_CPUS * sizeof(*cpus));
	int *perf_fds = malloc(MAX_CPUS * sizeof(*perf_fds));
	int *link_fds = malloc(MAX_CPUS * sizeof(*link_fds));
	int ncpus = 0, opened = 0, err = 0;
	if (!cpus || !perf_fds || !link_fds) {
		attach_set_error("perf_event: %s: out of memory", name);
		err = -ENOMEM;
		goto out;
	}
	if (cpu >= 0) {
		cpus[0] = cpu;
		ncpus = 1;
	} else {
		ncpus = attach_online_cpus(cpus, MAX_CPUS);
		if (ncpus <= 0) {
			err = ncpus < 0 ? ncpus : -ENOENT;
			attach_set_error("perf_event: %s: cannot read the online CPUs from "
					 "/sys/devices/system/cpu/online: %s", name, strerror(-err));
			goto out;
		}
	}

	for (int i = 0; i < ncpus; i++) {
		struct perf_event_attr attr = {
			.type = type,
			.config = config,
			.disabled = 1,
			.freq = is_freq,
		};
		if (is_freq)
			attr.sample_freq = period_or_freq;
		else
			attr.sample_period = period_or_freq;
		int pfd = attach_perf_open(&attr, cpus[i]);
		if (pfd < 0) {
			err = pfd;
			const char *hint = "";
			if (err == -ENOENT || err == -EOPNOTSUPP)
				hint = type == PERF_TYPE_HARDWARE
					       ? " (this machine has no PMU for hardware events)"
					       : " (the kernel does not support this event)";
			else if (err == -EINVAL && is_freq)
				hint = " (is the frequency above "
				       "/proc/sys/kernel/perf_event_max_sample_rate?)";
			attach_set_error("perf_event: %s on CPU %d: perf_event_open failed: %s%s", name,
					 cpus[i], strerror(-err), hint);
			goto out;
		}
		const char *what = "";
		err = attach_perf_fd(prog_fd, pfd, &link_fds[opened], &what);
		if (err) {
			close(pfd);
			attach_set_error("perf_event: %s on CPU %d: %s failed: %s", name, cpus[i], what,
					 strerror(-err));
			goto out;
		}
		perf_fds[opened++] = pfd;
	}
	for (int i = 0; i < opened; i++) {
		int e = attach_add(link_fds[i], perf_fds[i]);
		if (e && !err)
			err = e;
	}
	opened = 0;
out:
	for (int i = 0; i < opened; i++) {
		if (link_fds[i] >= 0)
			close(link_fds[i]);
		close(perf_fds[i]);
	}
	free(cpus);
	free(perf_fds);
	free(link_fds);
	return err;
}

int attach_interval(int prog_fd, uint64_t period_ns)
{
	int cpus[MAX_CPUS];
	int n = attach_online_cpus(cpus, MAX_CPUS);
	int cpu = n > 0 ? cpus[0] : 0;
	return attach_perf_event(prog_fd, PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CPU_CLOCK, period_ns,
				 false, cpu);
}
