#include "providers/perf_events.h"

#include <linux/perf_event.h>
#include <string.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

const struct perf_event_info perf_software_events[] = {
	{ "alignment-faults", NULL,     PERF_COUNT_SW_ALIGNMENT_FAULTS,  1 },
	{ "bpf-output",       NULL,     PERF_COUNT_SW_BPF_OUTPUT,        1 },
	{ "context-switches", "cs",     PERF_COUNT_SW_CONTEXT_SWITCHES,  1000 },
	{ "cpu-clock",        "cpu",    PERF_COUNT_SW_CPU_CLOCK,         1000000 },
	{ "cpu-migrations",   NULL,     PERF_COUNT_SW_CPU_MIGRATIONS,    1 },
	{ "dummy",            NULL,     PERF_COUNT_SW_DUMMY,             1 },
	{ "emulation-faults", NULL,     PERF_COUNT_SW_EMULATION_FAULTS,  1 },
	{ "major-faults",     NULL,     PERF_COUNT_SW_PAGE_FAULTS_MAJ,   1 },
	{ "minor-faults",     NULL,     PERF_COUNT_SW_PAGE_FAULTS_MIN,   100 },
	{ "page-faults",      "faults", PERF_COUNT_SW_PAGE_FAULTS,       100 },
	{ "task-clock",       NULL,     PERF_COUNT_SW_TASK_CLOCK,        1 },
};
const size_t perf_nsoftware_events = ARRAY_LEN(perf_software_events);

const struct perf_event_info perf_hardware_events[] = {
	{ "backend-stalls",      NULL,       PERF_COUNT_HW_STALLED_CYCLES_BACKEND,  1000000 },
	{ "branch-instructions", "branches", PERF_COUNT_HW_BRANCH_INSTRUCTIONS,     100000 },
	{ "branch-misses",       NULL,       PERF_COUNT_HW_BRANCH_MISSES,           100000 },
	{ "bus-cycles",          NULL,       PERF_COUNT_HW_BUS_CYCLES,              100000 },
	{ "cache-misses",        NULL,       PERF_COUNT_HW_CACHE_MISSES,            1000000 },
	{ "cache-references",    NULL,       PERF_COUNT_HW_CACHE_REFERENCES,        1000000 },
	{ "cpu-cycles",          "cycles",   PERF_COUNT_HW_CPU_CYCLES,              1000000 },
	{ "frontend-stalls",     NULL,       PERF_COUNT_HW_STALLED_CYCLES_FRONTEND, 1000000 },
	{ "instructions",        NULL,       PERF_COUNT_HW_INSTRUCTIONS,            1000000 },
	{ "ref-cycles",          NULL,       PERF_COUNT_HW_REF_CPU_CYCLES,          1000000 },
};
const size_t perf_nhardware_events = ARRAY_LEN(perf_hardware_events);

const struct perf_event_info *perf_event_lookup(bool hardware, const char *name)
{
	const struct perf_event_info *table = hardware ? perf_hardware_events : perf_software_events;
	size_t n = hardware ? perf_nhardware_events : perf_nsoftware_events;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(table[i].name, name) || (table[i].alias && !strcmp(table[i].alias, name)))
			return &table[i];
	return NULL;
}
