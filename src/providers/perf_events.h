/* The software and hardware perf events that software: and hardware:
 * probes name, with bpftrace's aliases and default sampling periods. */
#ifndef BPFSCOPE_PROVIDERS_PERF_EVENTS_H
#define BPFSCOPE_PROVIDERS_PERF_EVENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct perf_event_info {
	const char *name;
	const char *alias;        /* or NULL */
	uint64_t config;          /* PERF_COUNT_SW_* or PERF_COUNT_HW_* */
	uint64_t default_period;  /* events per sample when the probe gives no count */
};

/* Sorted by name. */
extern const struct perf_event_info perf_software_events[];
extern const size_t perf_nsoftware_events;
extern const struct perf_event_info perf_hardware_events[];
extern const size_t perf_nhardware_events;

/* The event called `name` (or aliased so), or NULL. */
const struct perf_event_info *perf_event_lookup(bool hardware, const char *name);

#endif
