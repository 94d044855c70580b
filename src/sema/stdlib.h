/* The bpftrace standard library as tables: builtin variables and functions.
 * Semantic analysis checks calls against these rows; later stages attach
 * code generators to the same rows. Adding a builtin is one row here. */
#ifndef BPFSCOPE_SEMA_STDLIB_H
#define BPFSCOPE_SEMA_STDLIB_H

#include <stdbool.h>
#include <stddef.h>

/* Which probe kinds a builtin makes sense in. PK_ANY means everywhere. */
enum probe_kind_bit {
	PK_BEGIN_END   = 1u << 0,  /* begin, end, self, test, bench */
	PK_TRACEPOINT  = 1u << 1,
	PK_RAWTP       = 1u << 2,
	PK_KPROBE      = 1u << 3,
	PK_KRETPROBE   = 1u << 4,
	PK_FENTRY      = 1u << 5,
	PK_FEXIT       = 1u << 6,
	PK_UPROBE      = 1u << 7,
	PK_URETPROBE   = 1u << 8,
	PK_USDT        = 1u << 9,
	PK_PROFILE     = 1u << 10, /* profile, interval */
	PK_INTERVAL    = 1u << 11,
	PK_SOFTWARE    = 1u << 12, /* software, hardware */
	PK_WATCHPOINT  = 1u << 13,
	PK_ITER        = 1u << 14,
	PK_ANY         = 0xffffu,
};

/* The kind of value an expression yields, as far as the front end can tell
 * without the kernel. VK_UNKNOWN flows through unchecked. */
enum value_kind {
	VK_UNKNOWN = 0,
	VK_NONE,      /* statement-only: no value */
	VK_INT,       /* any integer (signed or unsigned) */
	VK_BOOL,
	VK_STRING,
	VK_BUFFER,
	VK_STACK,     /* kstack / ustack */
	VK_SYMBOL,    /* ksym/usym results, probe, func */
	VK_INET,      /* ntop/pton results */
	VK_TIMESTAMP,
	VK_TUPLE,
	VK_RECORD,
	VK_POINTER,   /* pointers and structs from BTF, curtask, args */
	VK_AGGREGATE, /* count(), hist(), ... only valid as a map value */
	VK_MAP,       /* a bare @map used as a value */
};

/* What an argument of a builtin function must be. */
enum arg_kind {
	ARG_ANY = 0,
	ARG_INT,          /* an integer-valued expression */
	ARG_INT_LITERAL,  /* an integer known at compile time (literal, $1, #define) */
	ARG_STRING,       /* a string-valued expression */
	ARG_STRING_LITERAL, /* a string literal (format strings, paths) */
	ARG_MAP,          /* a bare map: @m */
	ARG_MAP_ELEMENT,  /* a keyed map access: @m[k] (or a scalar map @m) */
	ARG_MAP_OR_ELEMENT,
	ARG_IDENT,        /* a bare identifier such as a stack mode or signal name */
	ARG_POINTER,      /* a pointer or integer address */
};

enum func_flag {
	FN_UNSAFE      = 1u << 0, /* needs --unsafe */
	FN_AGGREGATION = 1u << 1, /* only as `@map = f(...)` */
	FN_VARIADIC    = 1u << 2, /* the last arg kind repeats up to max_args */
	FN_NO_VALUE    = 1u << 3, /* a statement: returns nothing usable */
	FN_ASYNC       = 1u << 4, /* formatted in user space */
	FN_NOT_IN_END  = 1u << 5, /* not allowed in end probes */
	FN_MAP_MUTATOR = 1u << 6, /* clear/zero/delete: takes a map */
};

#define STDLIB_MAX_ARGS 8
#define STDLIB_VARIADIC_MAX 127

struct builtin_var {
	const char *name;
	enum value_kind kind;
	unsigned probes;        /* probe_kind_bit mask where it is valid */
	const char *summary;    /* one line, for -h listings and diagnostics */
};

struct builtin_func {
	const char *name;
	unsigned char min_args, max_args;
	enum arg_kind args[STDLIB_MAX_ARGS];
	enum value_kind returns;
	unsigned flags;         /* func_flag */
	unsigned probes;        /* probe_kind_bit mask where it is valid */
	const char *summary;
};

extern const struct builtin_var stdlib_vars[];
extern const size_t stdlib_nvars;
extern const struct builtin_func stdlib_funcs[];
extern const size_t stdlib_nfuncs;

const struct builtin_var *stdlib_find_var(const char *name);
const struct builtin_func *stdlib_find_func(const char *name);
/* argN (N = 0..) and sargN are a family, not single rows. */
bool stdlib_is_arg_builtin(const char *name, const char *prefix, int *index);
/* The argument kind expected at position i (0-based), following FN_VARIADIC. */
enum arg_kind stdlib_arg_kind(const struct builtin_func *fn, int i);

#endif
