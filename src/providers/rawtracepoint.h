/* Raw tracepoints as the kernel's BTF describes them: every tracepoint has
 * stub functions __probestub_<event> (Linux 6.5+) and __traceiter_<event>
 * (5.10+) whose prototype is (void *__data, <the tracepoint's arguments>). */
#ifndef BPFSCOPE_PROVIDERS_RAWTRACEPOINT_H
#define BPFSCOPE_PROVIDERS_RAWTRACEPOINT_H

#include <stdint.h>

#include "providers/probe_names.h"

struct arena;
struct btf;

struct btf_dump;

struct rawtp_event {
	const char *name;        /* "vmlinux:sched_switch": module, then event */
	int btf_index;           /* the BTF (in the catalog's btfs) that has proto_id */
	uint32_t proto_id;       /* FUNC_PROTO (void *__data, args...) */
};

struct rawtp_catalog {
	struct rawtp_event *events;  /* sorted by name */
	struct probe_names names;    /* the same names, same order */
	struct btf **btfs;           /* vmlinux, then modules */
	struct btf_dump **dumps;     /* one per BTF, made on first use */
	int nbtfs;
	void *dump_out;              /* the FILE the dumps print to */
};

/* Loads vmlinux BTF and module BTFs (/sys/kernel/btf/<module>) and lists
 * their raw tracepoints. Returns 0, or a negative errno with *err set.
 * Free with rawtp_catalog_free even after a failure. */
int rawtp_catalog_load(struct arena *arena, struct rawtp_catalog *c, const char **err);
void rawtp_catalog_free(struct rawtp_catalog *c);

/* The arguments of c->events[index], without the leading __data, as
 * bpftrace -lv prints them: "bool preempt", "struct task_struct * prev".
 * Stores an arena array in *args and returns its length, or a negative
 * errno. */
int rawtp_event_args(struct rawtp_catalog *c, size_t index, struct arena *arena,
		     const char ***args);

#endif
