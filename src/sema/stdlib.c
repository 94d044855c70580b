/* The bpftrace 0.26 standard library as data: builtin variables and builtin
 * functions, with the probe kinds each one is allowed in.
 *
 * Both tables are sorted by name (strcmp order) so lookups can bisect; keep
 * them sorted when adding rows.  docs/stdlib-notes.md records where each row
 * came from and the judgement calls made along the way. */
#include "sema/stdlib.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- probe kind sets used by more than one row ---- */

/* Function arguments as a struct: tracepoint fields, BTF or DWARF params. */
#define PK_ARGS_STRUCT (PK_TRACEPOINT | PK_RAWTP | PK_FENTRY | PK_FEXIT | PK_UPROBE)
/* Probes that observe a function's return value. */
#define PK_RETURN (PK_KRETPROBE | PK_URETPROBE | PK_FEXIT)
/* Probes attached to a single traced function (kernel or user). */
#define PK_FUNCTION (PK_KPROBE | PK_KRETPROBE | PK_UPROBE | PK_URETPROBE | PK_FENTRY | PK_FEXIT)
/* Probes whose context is register state (pt_regs or perf event data). */
#define PK_REGS (PK_KPROBE | PK_KRETPROBE | PK_UPROBE | PK_URETPROBE | PK_USDT | \
		 PK_PROFILE | PK_INTERVAL | PK_SOFTWARE | PK_WATCHPOINT)
/* Probes with a usable `ctx` pointer: the register probes plus iterators. */
#define PK_CTX (PK_REGS | PK_ITER)
/* Probes that may send a signal to the current task. */
#define PK_SIGNAL (PK_KPROBE | PK_KRETPROBE | PK_UPROBE | PK_URETPROBE | PK_USDT | PK_PROFILE)
/* Probes tied to one user binary, where its symbols can be resolved. */
#define PK_USER_BINARY (PK_UPROBE | PK_URETPROBE | PK_USDT)
/* BPF_PROG_TYPE_TRACING programs with BTF-typed arguments. */
#define PK_BTF_TRACING (PK_FENTRY | PK_FEXIT)
/* Where bpf_d_path() may be called. */
#define PK_DPATH (PK_FENTRY | PK_FEXIT | PK_ITER)

/* ---- builtin variables ---- */

const struct builtin_var stdlib_vars[] = {
	/* Internal spellings the parser accepts; the stdlib macros wrap them. */
	{ "__builtin_cgroup", VK_INT, PK_ANY, "internal form of cgroup" },
	{ "__builtin_comm", VK_STRING, PK_ANY, "internal form of comm" },
	{ "__builtin_cpid", VK_INT, PK_ANY, "internal form of cpid" },
	{ "__builtin_cpu", VK_INT, PK_ANY, "internal form of cpu" },
	{ "__builtin_curtask", VK_POINTER, PK_ANY, "internal form of curtask" },
	{ "__builtin_elapsed", VK_INT, PK_ANY, "internal form of elapsed" },
	{ "__builtin_func", VK_SYMBOL, PK_FUNCTION, "internal form of func" },
	{ "__builtin_gid", VK_INT, PK_ANY, "internal form of gid" },
	{ "__builtin_jiffies", VK_INT, PK_ANY, "internal form of jiffies" },
	{ "__builtin_ncpus", VK_INT, PK_ANY, "internal form of ncpus" },
	{ "__builtin_probe", VK_SYMBOL, PK_ANY, "internal form of probe" },
	{ "__builtin_rand", VK_INT, PK_ANY, "internal form of rand" },
	{ "__builtin_retval", VK_UNKNOWN, PK_RETURN, "internal form of retval" },
	{ "__builtin_uid", VK_INT, PK_ANY, "internal form of uid" },
	{ "__builtin_usermode", VK_INT, PK_ANY, "internal form of usermode" },
	{ "__builtin_username", VK_STRING, PK_ANY, "internal form of username" },

	{ "args", VK_RECORD, PK_ARGS_STRUCT,
	  "struct holding the traced function's or tracepoint's arguments" },
	{ "cgroup", VK_INT, PK_ANY, "cgroup v2 id of the current task" },
	{ "comm", VK_STRING, PK_ANY, "name of the current thread" },
	{ "cpid", VK_INT, PK_ANY, "pid of the child started with -c (0 if none)" },
	{ "cpu", VK_INT, PK_ANY, "id of the CPU running the probe" },
	{ "ctx", VK_POINTER, PK_CTX, "pointer to the raw probe context" },
	{ "curtask", VK_POINTER, PK_ANY, "pointer to the current struct task_struct" },
	{ "default_str_length", VK_INT, PK_ANY, "default bound used for string reads" },
	{ "elapsed", VK_INT, PK_ANY, "nanoseconds since bpftrace started" },
	{ "func", VK_SYMBOL, PK_FUNCTION, "name of the function being traced" },
	{ "gid", VK_INT, PK_ANY, "group id of the current thread (init namespace)" },
	{ "has_cpid", VK_BOOL, PK_ANY, "whether a -c child pid is available" },
	{ "jiffies", VK_INT, PK_ANY, "kernel jiffies counter" },
	{ "kstack", VK_STACK, PK_ANY, "kernel stack trace of the current task" },
	{ "ncpus", VK_INT, PK_ANY, "number of CPUs" },
	{ "nsecs", VK_INT, PK_ANY, "nanosecond timestamp since boot" },
	{ "numaid", VK_INT, PK_ANY, "NUMA node running the probe" },
	{ "pcomm", VK_STRING, PK_ANY, "process (thread group leader) name" },
	{ "pid", VK_INT, PK_ANY, "process id of the current task" },
	{ "ppid", VK_INT, PK_ANY, "pid of the parent process" },
	{ "probe", VK_SYMBOL, PK_ANY, "fully expanded name of the current probe" },
	{ "probetype", VK_STRING, PK_ANY, "provider type of the current probe" },
	{ "rand", VK_INT, PK_ANY, "pseudo random 32-bit number" },
	{ "retval", VK_UNKNOWN, PK_RETURN, "return value of the traced function" },
	{ "tid", VK_INT, PK_ANY, "thread id of the current task" },
	{ "uid", VK_INT, PK_ANY, "user id of the current thread (init namespace)" },
	{ "usermode", VK_INT, PK_ANY, "1 if the task was in user mode (x86_64 only)" },
	{ "username", VK_STRING, PK_ANY, "user name of the current thread" },
	{ "ustack", VK_STACK, PK_ANY, "user stack trace of the current task" },
};

const size_t stdlib_nvars = sizeof(stdlib_vars) / sizeof(stdlib_vars[0]);

/* ---- builtin functions ---- */

#define VARIADIC STDLIB_VARIADIC_MAX
#define A(...) { __VA_ARGS__ }

/* Shorthands for the flag combinations that recur. */
#define F_STMT (FN_NO_VALUE)
#define F_ASYNC_STMT (FN_ASYNC | FN_NO_VALUE)
#define F_FORMAT (FN_VARIADIC | FN_ASYNC | FN_NO_VALUE)
#define F_AGG (FN_AGGREGATION)

const struct builtin_func stdlib_funcs[] = {
	{ "assert", 2, 2, A(ARG_ANY, ARG_STRING), VK_NONE, F_STMT, PK_ANY,
	  "exit the script with an error if a condition is false" },
	{ "assert_str", 1, 1, A(ARG_ANY), VK_NONE, F_STMT, PK_ANY,
	  "compile-time check that a value is string-like" },
	{ "avg", 1, 1, A(ARG_INT), VK_AGGREGATE, F_AGG, PK_ANY,
	  "running average of the values passed" },
	{ "bswap", 1, 1, A(ARG_INT), VK_INT, 0, PK_ANY,
	  "reverse the byte order of an integer" },
	{ "buf", 1, 2, A(ARG_ANY, ARG_INT), VK_BUFFER, 0, PK_ANY,
	  "read raw bytes from an address or array" },
	{ "cat", 1, VARIADIC, A(ARG_STRING_LITERAL, ARG_ANY), VK_NONE, F_FORMAT, PK_ANY,
	  "print a file's contents; the path is a printf-style format" },
	{ "cgroup", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "cgroup v2 id of the current task" },
	{ "cgroup_path", 1, 2, A(ARG_INT, ARG_STRING), VK_STRING, FN_ASYNC, PK_ANY,
	  "cgroup id to path, resolved in user space when printed" },
	{ "cgroupid", 1, 1, A(ARG_STRING_LITERAL), VK_INT, 0, PK_ANY,
	  "cgroup v2 id of a path, looked up at compile time" },
	{ "clear", 1, 1, A(ARG_MAP), VK_NONE, FN_MAP_MUTATOR | FN_ASYNC | FN_NO_VALUE, PK_ANY,
	  "remove every key from a map" },
	{ "comm", 0, 1, A(ARG_INT), VK_STRING, 0, PK_ANY,
	  "thread name of the current task or of a given pid" },
	{ "count", 0, 0, A(0), VK_AGGREGATE, F_AGG, PK_ANY,
	  "count how many times it is reached" },
	{ "cpid", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "pid of the child started with -c" },
	{ "cpu", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "id of the CPU running the probe" },
	{ "curtask", 0, 0, A(0), VK_POINTER, 0, PK_ANY,
	  "pointer to the current struct task_struct" },
	{ "debugf", 1, 4, A(ARG_STRING_LITERAL, ARG_ANY), VK_NONE, FN_VARIADIC | FN_NO_VALUE, PK_ANY,
	  "print to the kernel trace pipe (at most 3 conversions)" },
	{ "default_str_length", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "default bound used for string reads" },
	{ "delete", 1, 2, A(ARG_MAP_OR_ELEMENT, ARG_ANY), VK_BOOL, FN_MAP_MUTATOR, PK_ANY,
	  "remove one key from a map; false if it was absent" },
	{ "elapsed", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "nanoseconds since bpftrace started" },
	{ "errorf", 1, VARIADIC, A(ARG_STRING_LITERAL, ARG_ANY), VK_NONE, F_FORMAT, PK_ANY,
	  "printf-style error message with the source location" },
	{ "exit", 0, 1, A(ARG_INT), VK_NONE, F_ASYNC_STMT, PK_ANY,
	  "stop tracing, optionally with an exit code" },
	{ "fail", 1, VARIADIC, A(ARG_STRING_LITERAL, ARG_ANY), VK_NONE, FN_VARIADIC | FN_NO_VALUE,
	  PK_ANY, "abort compilation with a formatted message if reached" },
	{ "find", 3, 3, A(ARG_MAP, ARG_ANY, ARG_ANY), VK_BOOL, 0, PK_ANY,
	  "look up a key and copy its value into a variable" },
	{ "find_vma", 1, 1, A(ARG_INT), VK_POINTER, 0, PK_ANY,
	  "the current task's struct vm_area_struct containing an address, or 0 (bpfscope)" },
	{ "func", 0, 0, A(0), VK_SYMBOL, 0, PK_FUNCTION,
	  "name of the function being traced" },
	{ "getopt", 1, 3, A(ARG_STRING_LITERAL, ARG_ANY, ARG_STRING_LITERAL), VK_UNKNOWN, 0, PK_ANY,
	  "named command line option, typed by its default" },
	{ "gid", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "group id of the current thread" },
	{ "globmatch", 2, 2, A(ARG_STRING, ARG_STRING), VK_BOOL, 0, PK_ANY,
	  "whether a whole string matches a glob pattern" },
	{ "has_cpid", 0, 0, A(0), VK_BOOL, 0, PK_ANY,
	  "whether a -c child pid is available" },
	{ "has_key", 2, 2, A(ARG_MAP, ARG_ANY), VK_BOOL, 0, PK_ANY,
	  "whether a keyed map holds a key" },
	{ "hist", 1, 2, A(ARG_INT, ARG_INT_LITERAL), VK_AGGREGATE, F_AGG, PK_ANY,
	  "log2 histogram, optionally with 2^k buckets per power of 2" },
	{ "is_array", 1, 1, A(ARG_ANY), VK_BOOL, 0, PK_ANY,
	  "whether an expression is an array" },
	{ "is_integer", 1, 1, A(ARG_ANY), VK_BOOL, 0, PK_ANY,
	  "whether an expression is an integer" },
	{ "is_literal", 1, 1, A(ARG_ANY), VK_BOOL, 0, PK_ANY,
	  "whether an expression is a literal" },
	{ "is_ptr", 1, 1, A(ARG_ANY), VK_BOOL, 0, PK_ANY,
	  "whether an expression is a pointer" },
	{ "is_str", 1, 1, A(ARG_ANY), VK_BOOL, 0, PK_ANY,
	  "whether an expression is a string" },
	{ "is_unsigned_integer", 1, 1, A(ARG_ANY), VK_BOOL, 0, PK_ANY,
	  "whether an expression is an unsigned integer" },
	{ "jiffies", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "kernel jiffies counter" },
	{ "join", 1, 2, A(ARG_POINTER, ARG_STRING_LITERAL), VK_NONE, F_ASYNC_STMT, PK_ANY,
	  "print a char* array joined by a separator" },
	{ "kaddr", 1, 1, A(ARG_STRING_LITERAL), VK_INT, 0, PK_ANY,
	  "address of a kernel symbol, resolved at compile time" },
	{ "kfunc_allowed", 1, 1, A(ARG_STRING_LITERAL), VK_BOOL, 0, PK_ANY,
	  "whether a kfunc may be called from this probe type" },
	{ "kfunc_exist", 1, 1, A(ARG_STRING_LITERAL), VK_BOOL, 0, PK_ANY,
	  "whether a kfunc exists in kernel BTF" },
	{ "kptr", 1, 1, A(ARG_POINTER), VK_POINTER, 0, PK_ANY,
	  "mark a pointer as a kernel address" },
	{ "kstack", 0, 2, A(ARG_ANY, ARG_INT_LITERAL), VK_STACK, 0, PK_ANY,
	  "kernel stack, optionally with output mode and frame limit" },
	{ "ksym", 1, 1, A(ARG_POINTER), VK_SYMBOL, FN_ASYNC, PK_ANY,
	  "kernel symbol containing an address" },
	{ "len", 1, 1, A(ARG_ANY), VK_INT, 0, PK_ANY,
	  "element count of a map or depth of a stack" },
	{ "lhist", 4, 4, A(ARG_INT, ARG_INT_LITERAL, ARG_INT_LITERAL, ARG_INT_LITERAL),
	  VK_AGGREGATE, F_AGG, PK_ANY, "linear histogram over [min, max) in step buckets" },
	{ "macaddr", 1, 1, A(ARG_ANY), VK_STRING, 0, PK_ANY,
	  "MAC address from 6 bytes, printable with %s" },
	{ "max", 1, 1, A(ARG_INT), VK_AGGREGATE, F_AGG, PK_ANY,
	  "largest value passed" },
	{ "memcmp", 3, 3, A(ARG_ANY, ARG_ANY, ARG_INT), VK_INT, 0, PK_ANY,
	  "compare the first n bytes of two values" },
	{ "min", 1, 1, A(ARG_INT), VK_AGGREGATE, F_AGG, PK_ANY,
	  "smallest value passed" },
	{ "ncpus", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "number of CPUs" },
	{ "nsecs", 0, 1, A(ARG_IDENT), VK_INT, 0, PK_ANY,
	  "nanosecond timestamp from a chosen clock (default boot)" },
	{ "ntop", 1, 2, A(ARG_ANY, ARG_ANY), VK_INET, 0, PK_ANY,
	  "IPv4/IPv6 address to text, optionally with an address family" },
	{ "numaid", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "NUMA node running the probe" },
	{ "override", 1, 1, A(ARG_INT), VK_NONE, FN_UNSAFE | FN_NO_VALUE, PK_KPROBE,
	  "skip the probed kernel function and return a value" },
	{ "path", 1, 2, A(ARG_POINTER, ARG_INT_LITERAL), VK_STRING, 0, PK_DPATH,
	  "full path of a struct path pointer" },
	{ "pcomm", 0, 1, A(ARG_POINTER), VK_STRING, 0, PK_ANY,
	  "process name of the current or a given task" },
	{ "percpu_kaddr", 1, 2, A(ARG_STRING_LITERAL, ARG_INT), VK_POINTER, 0, PK_ANY,
	  "address of a per-CPU kernel symbol on a CPU" },
	{ "pid", 0, 1, A(ARG_IDENT), VK_INT, 0, PK_ANY,
	  "process id, in bpftrace's (curr_ns) or the init pid namespace" },
	{ "ppid", 0, 1, A(ARG_POINTER), VK_INT, 0, PK_ANY,
	  "parent pid of the current or a given task" },
	{ "print", 1, 3, A(ARG_ANY, ARG_INT_LITERAL, ARG_INT_LITERAL), VK_NONE, F_ASYNC_STMT, PK_ANY,
	  "print a value, or a map with optional top and div" },
	{ "printf", 1, VARIADIC, A(ARG_STRING_LITERAL, ARG_ANY), VK_NONE, F_FORMAT, PK_ANY,
	  "formatted print" },
	{ "probe", 0, 0, A(0), VK_SYMBOL, 0, PK_ANY,
	  "fully expanded name of the current probe" },
	{ "probetype", 0, 0, A(0), VK_STRING, 0, PK_ANY,
	  "provider type of the current probe" },
	{ "pton", 1, 1, A(ARG_STRING_LITERAL), VK_UNKNOWN, 0, PK_ANY,
	  "IPv4/IPv6 text to address bytes (uint8[4] or uint8[16]) at compile time" },
	{ "rand", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "pseudo random 32-bit number" },
	{ "reg", 1, 1, A(ARG_STRING_LITERAL), VK_INT, 0, PK_REGS,
	  "value of a named CPU register" },
	{ "retval", 0, 0, A(0), VK_UNKNOWN, 0, PK_RETURN,
	  "return value of the traced function" },
	{ "signal", 1, 1, A(ARG_ANY), VK_NONE, FN_UNSAFE | FN_NO_VALUE, PK_SIGNAL,
	  "send a signal (name or number) to the current process" },
	{ "signal_thread", 1, 1, A(ARG_ANY), VK_NONE, FN_UNSAFE | FN_NO_VALUE, PK_SIGNAL,
	  "send a signal (name or number) to the current thread" },
	{ "skboutput", 4, 4, A(ARG_STRING_LITERAL, ARG_POINTER, ARG_INT, ARG_INT), VK_INT, 0,
	  PK_BTF_TRACING, "append an sk_buff's data to a pcap file" },
	{ "socket_cookie", 1, 1, A(ARG_POINTER), VK_INT, 0, PK_BTF_TRACING,
	  "kernel cookie of a struct sock" },
	{ "static_assert", 2, 2, A(ARG_ANY, ARG_STRING), VK_NONE, F_STMT, PK_ANY,
	  "fail compilation if a condition is false" },
	{ "stats", 1, 1, A(ARG_INT), VK_AGGREGATE, F_AGG, PK_ANY,
	  "count, average and total together" },
	{ "str", 1, 2, A(ARG_ANY, ARG_INT), VK_STRING, 0, PK_ANY,
	  "read a NUL-terminated string, optionally bounded" },
	{ "strcap", 1, 1, A(ARG_ANY), VK_INT, 0, PK_ANY,
	  "capacity of a string-like value" },
	{ "strcontains", 2, 2, A(ARG_STRING, ARG_STRING), VK_BOOL, 0, PK_ANY,
	  "whether one string contains another" },
	{ "strerror", 1, 1, A(ARG_INT), VK_STRING, 0, PK_ANY,
	  "text for an errno value" },
	{ "strftime", 2, 2, A(ARG_STRING_LITERAL, ARG_INT), VK_TIMESTAMP, FN_ASYNC, PK_ANY,
	  "format a boot-relative ns timestamp as wall time" },
	{ "strlen", 1, 1, A(ARG_ANY), VK_INT, 0, PK_ANY,
	  "length of a string-like value" },
	{ "strncmp", 3, 3, A(ARG_STRING, ARG_STRING, ARG_INT_LITERAL), VK_INT, 0, PK_ANY,
	  "compare up to n characters of two strings (0 if equal)" },
	{ "strstr", 2, 2, A(ARG_STRING, ARG_STRING), VK_INT, 0, PK_ANY,
	  "index of a substring, or -1" },
	{ "sum", 1, 1, A(ARG_INT), VK_AGGREGATE, F_AGG, PK_ANY,
	  "sum of the values passed" },
	{ "syscall_name", 1, 1, A(ARG_INT), VK_STRING, 0, PK_ANY,
	  "name of a syscall number" },
	{ "system", 1, VARIADIC, A(ARG_STRING_LITERAL, ARG_ANY), VK_NONE, FN_UNSAFE | F_FORMAT,
	  PK_ANY, "run a shell command built from a printf-style format" },
	{ "tid", 0, 1, A(ARG_IDENT), VK_INT, 0, PK_ANY,
	  "thread id, in bpftrace's (curr_ns) or the init pid namespace" },
	{ "time", 0, 1, A(ARG_STRING_LITERAL), VK_NONE, F_ASYNC_STMT, PK_ANY,
	  "print the current wall time with a strftime format" },
	{ "tseries", 3, 4, A(ARG_INT, ARG_INT_LITERAL, ARG_INT_LITERAL, ARG_STRING_LITERAL),
	  VK_AGGREGATE, F_AGG, PK_ANY, "time series of a value over fixed intervals" },
	{ "uaddr", 1, 1, A(ARG_STRING_LITERAL), VK_POINTER, 0, PK_USER_BINARY,
	  "address of a symbol in the traced binary" },
	{ "uid", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "user id of the current thread" },
	{ "unwatch", 1, 1, A(ARG_POINTER), VK_NONE, F_ASYNC_STMT, PK_ANY,
	  "remove a watchpoint" },
	{ "uptr", 1, 1, A(ARG_POINTER), VK_POINTER, 0, PK_ANY,
	  "mark a pointer as a user address" },
	{ "usermode", 0, 0, A(0), VK_INT, 0, PK_ANY,
	  "1 if the task was in user mode" },
	{ "username", 0, 0, A(0), VK_STRING, 0, PK_ANY,
	  "user name of the current thread" },
	{ "ustack", 0, 2, A(ARG_ANY, ARG_INT_LITERAL), VK_STACK, 0, PK_ANY,
	  "user stack, optionally with output mode and frame limit" },
	{ "usym", 1, 1, A(ARG_POINTER), VK_SYMBOL, FN_ASYNC, PK_ANY,
	  "user symbol containing an address" },
	{ "warnf", 1, VARIADIC, A(ARG_STRING_LITERAL, ARG_ANY), VK_NONE, F_FORMAT, PK_ANY,
	  "printf-style warning with the source location" },
	{ "zero", 1, 1, A(ARG_MAP), VK_NONE, FN_MAP_MUTATOR | FN_ASYNC | FN_NO_VALUE, PK_ANY,
	  "set every value in a map to zero" },
};

const size_t stdlib_nfuncs = sizeof(stdlib_funcs) / sizeof(stdlib_funcs[0]);

#undef VARIADIC
#undef A
#undef F_STMT
#undef F_ASYNC_STMT
#undef F_FORMAT
#undef F_AGG

/* ---- lookups ---- */

static int cmp_var(const void *key, const void *elem)
{
	return strcmp((const char *)key, ((const struct builtin_var *)elem)->name);
}

static int cmp_func(const void *key, const void *elem)
{
	return strcmp((const char *)key, ((const struct builtin_func *)elem)->name);
}

const struct builtin_var *stdlib_find_var(const char *name)
{
	if (!name)
		return NULL;
	return bsearch(name, stdlib_vars, stdlib_nvars, sizeof(stdlib_vars[0]), cmp_var);
}

const struct builtin_func *stdlib_find_func(const char *name)
{
	if (!name)
		return NULL;
	return bsearch(name, stdlib_funcs, stdlib_nfuncs, sizeof(stdlib_funcs[0]), cmp_func);
}

bool stdlib_is_arg_builtin(const char *name, const char *prefix, int *index)
{
	if (!name || !prefix)
		return false;
	size_t plen = strlen(prefix);
	if (strncmp(name, prefix, plen) != 0)
		return false;
	const char *digits = name + plen;
	if (*digits == '\0')
		return false;
	if (digits[0] == '0' && digits[1] != '\0')
		return false; /* no leading zeros: "arg01" is not an arg */
	long value = 0;
	for (const char *p = digits; *p; p++) {
		if (*p < '0' || *p > '9')
			return false;
		if (value > (INT_MAX - (*p - '0')) / 10)
			return false; /* far beyond any architecture's register count */
		value = value * 10 + (*p - '0');
	}
	if (index)
		*index = (int)value;
	return true;
}

/* The declared kinds of a variadic function are its fixed arguments plus one
 * repeating kind: positions up to the last non-ARG_ANY entry, and at least
 * min_args + 1 positions (so a trailing ARG_ANY after the fixed arguments
 * counts as declared). Past that, the last declared kind repeats. */
static int declared_kinds(const struct builtin_func *fn)
{
	int n = 0;
	for (int i = 0; i < STDLIB_MAX_ARGS; i++)
		if (fn->args[i] != ARG_ANY)
			n = i + 1;
	if (n < fn->min_args + 1)
		n = fn->min_args + 1;
	if (n > STDLIB_MAX_ARGS)
		n = STDLIB_MAX_ARGS;
	return n;
}

enum arg_kind stdlib_arg_kind(const struct builtin_func *fn, int i)
{
	if (!fn || i < 0)
		return ARG_ANY;
	if (fn->flags & FN_VARIADIC) {
		int n = declared_kinds(fn);
		return fn->args[i < n ? i : n - 1];
	}
	if (i >= fn->max_args || i >= STDLIB_MAX_ARGS)
		return ARG_ANY;
	return fn->args[i];
}
