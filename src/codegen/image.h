/* The compiled program: what lowering hands to the runtime. Maps to
 * create, BPF programs with their attach points, and the table of actions
 * (printf, print, exit, ...) that ring buffer records refer to.
 *
 * Everything here lives in the compile arena. Nothing here knows about
 * file descriptors: the runtime creates the maps in `maps` order, so a
 * map's index in `maps` is its index in each program's fd array
 * (BPF_PSEUDO_MAP_IDX).
 *
 * Storage layout, shared by the BPF code and the runtime's decoder:
 * image_storage_size() of a type is how many bytes a value of it takes in
 * a map key, map value or ring buffer record. Integers and booleans take
 * 8 bytes (as in bpftrace, map integers are 64-bit; the type's signedness
 * says how to read them); strings and buffers their capacity; tuples and
 * records their fields at image_field_offset(), each field in its storage
 * size, 8-byte aligned where the field needs it. */
#ifndef BPFSCOPE_CODEGEN_IMAGE_H
#define BPFSCOPE_CODEGEN_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <linux/bpf.h>

#include "frontend/diag.h"
#include "loader/map.h"
#include "sema/probe_spec.h"
#include "sema/types.h"

/* Default number of entries of a user map (bpftrace's max_map_keys). */
#define IMAGE_DEFAULT_MAX_KEYS 4096
/* Default ring buffer size in bytes (a power of two, page multiple). */
#define IMAGE_RINGBUF_SIZE (256 * 1024)     /* bytes, of each ring buffer */
#define IMAGE_RINGBUF_TOTAL (16u << 20)     /* at most, of all of them, */
#define IMAGE_RINGBUF_MIN (64 * 1024)       /* unless each would be smaller than this */

enum image_map_role {
	MAPROLE_USER,       /* @name: printed at exit */
	MAPROLE_RINGBUF,    /* the ring buffer for action records, or the array of one per CPU */
	MAPROLE_RINGBUF_FIRST,  /* with one per CPU: the first, which BEGIN and END use */
	MAPROLE_LOST,       /* per-CPU array[1] of u64: records the ring buffer refused */
	MAPROLE_SCRATCH,    /* per-CPU array, one value per program: big temporaries */
	MAPROLE_ZERO,       /* array[1] never written: zeros to initialise map values from */
	MAPROLE_STACKS,     /* stack-trace map of kstack/ustack: frames by stack id */
	MAPROLE_STACK_PIDS, /* hash of the pids whose user stacks were taken */
};

/* What a user map's values are (the runtime merges per-CPU values by it). */
enum image_agg {
	AGG_NONE,           /* plain values: @m = expr */
	AGG_COUNT,          /* u64 */
	AGG_SUM,            /* s64/u64 (value->target says which) */
	AGG_MIN,            /* {s64 value; u64 set} */
	AGG_MAX,            /* {s64 value; u64 set} */
	AGG_AVG,            /* {s64 total; u64 count} */
	AGG_STATS,          /* {s64 total; u64 count} */
	AGG_HIST,           /* u64 buckets[hist_bucket_count(bits)] */
	AGG_LHIST,          /* u64 buckets[lhist_bucket_count(min, max, step)] */
};

struct image_map {
	const char *name;           /* "@x", "@" or an internal name ("ringbuf", ...) */
	enum image_map_role role;
	enum map_kind kind;
	uint32_t key_size, value_size, max_entries;
	/* MAPROLE_USER only: */
	const struct type *key;     /* NULL: a scalar map, stored under the u64 key 0 */
	const struct type *value;   /* the value type (an aggregation type for aggregations) */
	enum image_agg agg;
	struct span span;           /* first use, for messages */
};

struct usdt_probe;

/* One concrete attach point of a program. */
struct image_attach {
	const struct probe_spec *spec;  /* provider, target, func, freq, ... (no wildcards) */
	const char *name;               /* "tracepoint:syscalls:sys_enter_read": the probe builtin */
	const struct usdt_probe *usdt;  /* usdt: the probe's location and argument specs */
};

struct image_prog {
	const char *name;           /* for bpftool: "BEGIN", "tracepoint_sys_enter_read" */
	enum provider provider;
	enum bpf_prog_type type;
	enum bpf_attach_type expected_attach_type;
	const char *btf_target;     /* tp_btf: "sched_switch" (the runtime finds the BTF id) */
	struct bpf_insn *insns;
	size_t insn_count;
	uint32_t *origins;          /* per instruction: index into image.spans */
	uint32_t *sub_offs;         /* first instructions of the subprograms (callbacks) */
	size_t nsubs;
	struct image_attach *attaches;
	size_t nattaches;
	int order;                  /* BEGIN/END: the order written in the script */
};

enum image_action_kind {
	ACT_PRINTF,         /* fmt + args → stdout */
	ACT_ERRORF,         /* "file:line:col: ERROR: ..." on stderr; exit */
	ACT_WARNF,          /* "file:line:col: WARNING: ..." on stderr */
	ACT_PRINT_VALUE,    /* print(expr): one arg */
	ACT_PRINT_MAP,      /* print(@m, top, div): map, top, div */
	ACT_CLEAR_MAP,      /* clear(@m): map */
	ACT_ZERO_MAP,       /* zero(@m): map */
	ACT_EXIT,           /* exit(code): arg 0 when given */
	ACT_TIME,           /* time(fmt): fmt (strftime, default "%H:%M:%S\n") */
	ACT_JOIN,           /* join(array, sep): arg 0, fmt = separator */
	ACT_SYSTEM,         /* system(fmt, args) with --unsafe */
	ACT_CAT,            /* cat(fmt, args) */
	ACT_MAP_FULL,       /* a map refused an update: map; warned about once */
	ACT_STACK_PID,      /* a process's first user stack: read its mappings now */
};

struct image_action {
	enum image_action_kind kind;
	const char *fmt;            /* format text (escapes already decoded), or NULL */
	size_t fmt_len;
	int nargs;
	const struct type **arg_types;
	uint32_t *arg_offsets;      /* in the record, after the 8-byte action id */
	const char **arg_fmts;      /* per argument: strftime() format of a TY_TIMESTAMP, or NULL */
	uint32_t record_size;       /* 8 + the arguments */
	int map;                    /* PRINT_MAP, CLEAR_MAP, ZERO_MAP, MAP_FULL: index in maps */
	uint64_t top;               /* PRINT_MAP */
	uint64_t div;               /* PRINT_MAP */
	struct span span;           /* the call, for messages */
};

struct image {
	struct image_map *maps;
	size_t nmaps;
	struct image_prog *progs;
	size_t nprogs;
	struct image_action *actions;   /* record action id = index */
	size_t nactions;
	struct span *spans;             /* origins of instructions */
	size_t nspans;
	int ringbuf_map, lost_map, scratch_map, zero_map;   /* index in maps, or -1 */
	/* Output: one ring buffer per possible CPU, in the array of maps
	 * ringbuf_map, or ringbuf_map is the only one. */
	bool ringbuf_per_cpu;
	uint32_t ringbuf_size;          /* bytes, of each */
	int ringbuf_first_map;          /* MAPROLE_RINGBUF_FIRST, or -1 */
	int stack_map;                  /* MAPROLE_STACKS, or -1 when no stack is taken */
	int stack_pids_map;             /* MAPROLE_STACK_PIDS, or -1 without ustack */
	uint32_t scratch_size;          /* value size of the scratch map */
	bool has_end;                   /* an END probe exists */
	bool only_special;              /* only BEGIN/END probes: exits after BEGIN */
	uint32_t max_strlen;
};

/* Storage size of a value of `ty` (see the comment at the top). */
uint32_t image_storage_size(const struct type *ty);
uint32_t image_storage_align(const struct type *ty);
/* Offset of field `i` of a tuple or record in storage. */
uint32_t image_field_offset(const struct type *ty, int i);

/* The map by role, or NULL. */
const struct image_map *image_map_by_role(const struct image *img, enum image_map_role role);

#endif
