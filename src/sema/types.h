/* Types of the language (docs/backend-plan.md, "Types"). One struct type per
 * distinct type, interned in a table that lives in the compile arena, so two
 * types are equal exactly when their pointers are. A NULL type means
 * "unknown": the type pass has already reported why, or the type needs BTF
 * (kernel structs), and nothing more is checked against it. */
#ifndef BPFSCOPE_SEMA_TYPES_H
#define BPFSCOPE_SEMA_TYPES_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct arena;

/* str() reads at most max_strlen bytes, NUL included: BPFTRACE_MAX_STRLEN,
 * else the script's `config = { max_strlen = N }`, else the default.
 * bpftrace's default is 1024; ours stays 64 because every string a probe
 * makes is zeroed, copied and compared by unrolled code, and strings over
 * 64 bytes take the per-CPU scratch value (32 KiB a probe). The maximum is
 * what that code still handles: at 1024, strlen() and a printf() of a few
 * strings fit a program's 16-bit jumps and its scratch value. */
#define TYPES_STR_CAPACITY_DEFAULT 64
#define TYPES_STR_CAPACITY_MIN 1
#define TYPES_STR_CAPACITY_MAX 1024
/* buf() keeps its length in one byte after the data. */
#define TYPES_BUF_CAPACITY_MAX 255
/* comm, pcomm: TASK_COMM_LEN in the kernel. */
#define TYPES_COMM_CAPACITY 16
/* bpftrace's default kstack/ustack depth. */
#define TYPES_STACK_LIMIT 127

enum type_kind {
	TY_VOID,        /* statements and calls that yield nothing */
	TY_INT,         /* size 1/2/4/8, is_signed */
	TY_BOOL,
	TY_STRING,      /* capacity bytes, NUL included */
	TY_BUFFER,      /* capacity bytes of raw data; from buf(), size is
	                 * capacity + 1: a byte after the data holds how many
	                 * of them were read (type_buffer_has_length) */
	TY_POINTER,     /* to `target` */
	TY_STRUCT,      /* a kernel struct or union; opaque (size 0) until `defined` */
	TY_ARRAY,       /* count elements of `target` */
	TY_TUPLE,       /* fields/offsets, laid out like a C struct */
	TY_RECORD,      /* the same, with names */
	TY_STACK,       /* user, mode, limit */
	TY_KSYM,
	TY_USYM,
	TY_INET,
	TY_TIMESTAMP,
	TY_USERNAME,    /* a uid, printed as its user name (username) */
	TY_SYSCALL,     /* a syscall number, printed as its name (syscall_name) */
	/* Aggregations: map value types only. `target` is the integer type fed
	 * to sum/min/max/avg/stats. */
	TY_COUNT,
	TY_SUM,
	TY_MIN,
	TY_MAX,
	TY_AVG,
	TY_STATS,
	TY_HIST,        /* bits (the optional second argument, 0 by default) */
	TY_LHIST,       /* min, max, step */
	TY_KIND_COUNT,
};

enum stack_mode { STACK_MODE_BPFTRACE, STACK_MODE_PERF, STACK_MODE_RAW };

struct type {
	enum type_kind kind;
	uint32_t size, align;        /* bytes as stored in a map or record */
	bool is_signed;
	uint32_t capacity;           /* TY_STRING, TY_BUFFER */
	uint32_t count;              /* TY_ARRAY */
	const struct type *target;   /* TY_POINTER, TY_ARRAY, aggregations */
	const char *name;            /* TY_STRUCT; NULL when anonymous. An enum's
	                              * TY_INT: "enum NAME" */
	int nfields;                 /* TY_TUPLE, TY_RECORD, defined TY_STRUCT */
	const struct type **fields;
	const char **field_names;    /* TY_RECORD, TY_STRUCT */
	uint32_t *offsets;           /* bytes from the start */
	/* TY_STRUCT. Members of anonymous struct/union members are flattened
	 * into their parent, with offsets from the parent's start, as C lets
	 * `t->member` reach through them. A bitfield member i has bit_sizes[i]
	 * > 0: its value is bits [bit_offsets[i], +bit_sizes[i]) of the
	 * little-endian integer of its type's size at offsets[i]. */
	bool is_union;
	bool defined;                /* members known (from BTF) */
	uint32_t btf_id;             /* where the members come from; 0: none */
	uint8_t *bit_offsets, *bit_sizes;  /* NULL when no member is a bitfield */
	bool user;                   /* TY_STACK: ustack; TY_POINTER: to user memory */
	enum stack_mode mode;        /* TY_STACK */
	uint32_t limit;              /* TY_STACK: frames */
	int64_t min, max, step;      /* TY_LHIST */
	/* TY_INT of an enum: its enumerators, so values print by name. */
	int nenumerators;
	const char **enumerator_names;
	const int64_t *enumerator_values;
	uint32_t bits;               /* TY_HIST */
	struct type *next;           /* interning list */
};

struct type_table {
	struct arena *arena;
	struct type *all;
	uint32_t str_capacity;      /* max_strlen: TYPES_STR_CAPACITY_DEFAULT until set */
};

void types_init(struct type_table *t, struct arena *arena);

const struct type *type_void(struct type_table *t);
const struct type *type_int(struct type_table *t, uint32_t size, bool is_signed);
const struct type *type_bool(struct type_table *t);
const struct type *type_string(struct type_table *t, uint32_t capacity);
const struct type *type_buffer(struct type_table *t, uint32_t capacity);
/* buf()'s result: up to capacity (< 256) bytes and how many there are. */
const struct type *type_buffer_with_length(struct type_table *t, uint32_t capacity);
bool type_buffer_has_length(const struct type *ty);
const struct type *type_pointer(struct type_table *t, const struct type *target);
/* A pointer into user memory (a syscall's argument): reads through it use
 * bpf_probe_read_user. */
const struct type *type_user_pointer(struct type_table *t, const struct type *target);
/* Structs and unions are interned by name alone, so every `struct
 * task_struct` is one type, defined once (type_struct_define) when BTF
 * describes it. An anonymous one is told apart by its BTF id. */
const struct type *type_struct(struct type_table *t, const char *name);
const struct type *type_union(struct type_table *t, const char *name);
const struct type *type_struct_anonymous(struct type_table *t, bool is_union, uint32_t btf_id);

struct struct_layout {
	uint32_t size, align, btf_id;
	int nfields;
	const char **names;
	const struct type **fields;
	uint32_t *offsets;
	uint8_t *bit_offsets, *bit_sizes;  /* NULL, or nfields entries */
};

/* Gives the opaque TY_STRUCT `s` its members (the arrays are kept, not
 * copied: allocate them in the table's arena). */
void type_struct_define(struct type_table *t, const struct type *s,
			const struct struct_layout *layout);
/* Index of member `name` of a defined struct, or -1. */
int type_struct_member(const struct type *s, const char *name);
/* An integer of enum type `name` ("enum tcp_state"), interned by name;
 * the enumerator arrays are kept, not copied. */
const struct type *type_enum(struct type_table *t, uint32_t size, bool is_signed, const char *name,
			     int n, const char **names, const int64_t *values);
/* The enumerator of an enum type with value `value`, or NULL. */
const char *type_enumerator_name(const struct type *ty, int64_t value);
const struct type *type_array(struct type_table *t, const struct type *elem, uint32_t count);
const struct type *type_tuple(struct type_table *t, int n, const struct type *const *elems);
const struct type *type_record(struct type_table *t, int n, const char *const *names,
			       const struct type *const *elems);
const struct type *type_stack(struct type_table *t, bool user, enum stack_mode mode,
			      uint32_t limit);
/* TY_KSYM, TY_USYM, TY_INET, TY_TIMESTAMP, TY_COUNT: no parameters. */
const struct type *type_simple(struct type_table *t, enum type_kind kind);
/* TY_SUM, TY_MIN, TY_MAX, TY_AVG, TY_STATS over integers of type `elem`. */
const struct type *type_aggregate(struct type_table *t, enum type_kind kind,
				  const struct type *elem);
const struct type *type_hist(struct type_table *t, uint32_t bits);
const struct type *type_lhist(struct type_table *t, int64_t min, int64_t max, int64_t step);

/* The smallest integer type holding `value` (negated when `negative`):
 * 1 → uint8, 300 → uint16, -1 → int8, -129 → int16, as bpftrace types literals. */
const struct type *type_int_for_literal(struct type_table *t, uint64_t value, bool negative);
/* The type both integers widen to: the larger size; unsigned only when
 * both are; a mixed pair of equal size widens one step so values still fit
 * (uint32 with int32 gives int64; 64 bits stays int64). */
const struct type *type_int_promote(struct type_table *t, const struct type *a,
				    const struct type *b);

bool type_is_int(const struct type *ty);
bool type_is_aggregate(const struct type *ty);
/* Integers, bools and pointers: what arithmetic and conditions accept. */
bool type_is_scalar(const struct type *ty);

/* "uint8", "string[16]", "(uint8,string[2])", "{a:uint8}", "struct task_struct *",
 * "hist(bits=0)", ...; "unknown" for NULL. Lives in `arena`. */
const char *type_name(struct arena *arena, const struct type *ty);
void type_print(FILE *out, const struct type *ty);

#endif
