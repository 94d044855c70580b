/* Lowering internals shared by lower.c (programs, statements, maps) and
 * lower_expr.c (expressions, builtins, calls). Not a public interface.
 *
 * Values: a scalar (integer, bool, pointer) lives in a virtual register,
 * sign- or zero-extended to 64 bits by its type. Anything bigger (strings,
 * buffers, tuples, records, map keys and values, event records) lives in
 * memory, as a `struct loc`: a stack object, or an offset into the
 * program's per-CPU scratch value when it is too big for the stack, or
 * memory the program only points at (a map value, the tracepoint context,
 * kernel memory read through bpf_probe_read_kernel). Memory values made by
 * the program are always zero-filled first, so padding is deterministic
 * and two equal strings are equal as map keys. */
#ifndef BPFSCOPE_CODEGEN_LOWER_IMPL_H
#define BPFSCOPE_CODEGEN_LOWER_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include "codegen/image.h"
#include "codegen/ir.h"
#include "codegen/lower.h"

enum loc_kind {
	LOC_SLOT,       /* stack object `base` */
	LOC_PTR,        /* vreg `base` holds a pointer the program may load through */
	LOC_KERNEL,     /* vreg `base` holds a kernel address: bpf_probe_read_kernel only */
	LOC_USER,       /* vreg `base` holds a user address: bpf_probe_read_user only */
	LOC_BTF,        /* vreg `base` is a kernel pointer the verifier knows by its BTF type
			 * (a tp_btf argument, or a pointer member loaded through one):
			 * integer and pointer members load directly, the rest as LOC_KERNEL */
};

struct loc {
	enum loc_kind kind;
	int base;
	int32_t off;
};

/* Memory read with a helper, not loaded: kernel or user. */
static inline bool loc_is_foreign(struct loc l)
{
	return l.kind == LOC_KERNEL || l.kind == LOC_USER || l.kind == LOC_BTF;
}

/* Where a pointer of type `ptr` points. */
static inline enum loc_kind loc_kind_through(const struct type *ptr)
{
	return ptr && ptr->user ? LOC_USER : LOC_KERNEL;
}

struct val {
	const struct type *ty;
	bool is_mem;
	bool btf;           /* reg is a pointer to a struct the verifier tracks (LOC_BTF) */
	int reg;            /* scalar: the vreg */
	struct loc loc;     /* memory */
};

struct lmap {
	const struct typecheck_map *tm;
	const char *name;   /* "@x" */
	int index;          /* in image.maps */
	enum image_agg agg;
	const struct type *key, *value;
	uint32_t key_size, value_size;
	bool percpu;
};

struct var {
	const char *name;
	struct val v;
	struct var *next;
};

struct loop_ctx {
	struct ir_block *brk, *cont;
	struct loop_ctx *outer;
};

struct lw {
	struct arena *arena;
	struct diag *diag;
	const struct lower_options *o;
	const struct node *program;
	struct type_table *types;
	struct image *img;
	size_t maps_cap, progs_cap, actions_cap, spans_cap;
	struct lmap *lmaps;
	int nlmaps;
	uint32_t zero_size;         /* value size of the zero map */
	int zero_map;               /* index in img->maps */
	int errors;
	uint64_t start_ns;          /* CLOCK_MONOTONIC at compile time: `elapsed` */
	uint32_t ncpus;
	uint32_t possible_cpus;     /* per-CPU values to combine */

	/* the program being lowered */
	struct ir_func *prog_fn;    /* its main function */
	struct ir_func *fn;         /* the function being built: prog_fn or a callback */
	const struct node *probe;
	const struct image_attach *attach;  /* NULL when shared by several */
	enum provider prov;
	int prog_index;
	int ctx;                    /* vreg of the probe's context (IR_CTX_VREG, or a
	                               callback's copy of it) */
	int scratch_base;           /* vreg, -1 until first used */
	struct ir_func *cpu_key_fn; /* the function cpu_key is a stack slot of */
	struct loc cpu_key;         /* the key that finds this CPU's ring buffer */
	uint32_t scratch_used;
	bool scratch_full;          /* reported that the probe needs too much */
	uint32_t stack_used;
	struct var *vars;
	struct loop_ctx *loop;
	struct ir_block *done;      /* returns 0 */
	struct fn_inline *inl;      /* the fn being inlined, or NULL (lower_fn.c) */
	const struct tp_format *tp; /* tracepoint format of `attach`, when known */
};

/* lower.c */
void lw_error(struct lw *w, const struct node *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void lw_origin(struct lw *w, const struct node *n);
struct loc lw_object(struct lw *w, uint32_t size, const char *what);
struct lmap *lw_map(struct lw *w, const char *name);
int lw_action(struct lw *w, enum image_action_kind kind, const struct node *at);
void lw_stmt(struct lw *w, struct node *n);
struct ir_block *lw_block(struct lw *w);
struct ir_block *lw_cold(struct lw *w);     /* laid out last */
/* Ends a function's entry block (current): looks up the per-CPU scratch
 * value when the function used one, then goes to `body`. */
void lw_entry(struct lw *w, struct ir_block *body);

/* lower_stack.c: kstack/ustack of type `ty` (TY_STACK), as pid << 32 | id. */
#define LW_STACK_FRAMES 127     /* frames kept per stack: the kernel's default maximum */
#define LW_STACK_PIDS 16384     /* processes whose user stacks are symbolized */
struct val lw_stack(struct lw *w, const struct type *ty);
/* uaddr("sym"): the address of a symbol of the uprobe's binary. */
struct val lw_uaddr(struct lw *w, struct node *call);
/* usym(addr): {addr, pid} in memory, the pid announced like a ustack's. */
struct val lw_usym(struct lw *w, int addr, const struct type *ty);

/* lower_formap.c */
void lw_for_map(struct lw *w, struct node *n);
struct val lw_map_len(struct lw *w, struct node *call);
/* The value of per-CPU aggregation `m` at the key vreg `key` points to,
 * combined over every CPU. */
int lw_percpu_read(struct lw *w, struct lmap *m, int key);

/* lower_vma.c: find_vma(addr), the current task's VMA containing addr. */
struct val lw_find_vma(struct lw *w, struct node *call);

/* Whether a value of `ty` lives in a vreg (integers, bools, pointers and
 * the scalar-like kinds) rather than in memory. */
bool lw_in_register(const struct type *ty);

/* memory helpers (lower.c) */
int lw_addr(struct lw *w, struct loc l);                       /* pointer vreg */
int lw_load(struct lw *w, struct loc l, uint32_t off, unsigned size, bool is_signed);
void lw_store(struct lw *w, struct loc l, uint32_t off, unsigned size, struct ir_value v);
void lw_zero(struct lw *w, struct loc l, uint32_t size);
void lw_copy(struct lw *w, struct loc dst, struct loc src, uint32_t size);
/* Stores `v` into memory at `l` in the storage layout of `ty`
 * (image_storage_size), converting integers and copying strings. */
void lw_store_val(struct lw *w, struct loc l, const struct type *ty, struct val v);
/* Reads a value of type `ty` stored at `l` (storage layout). */
struct val lw_read_val(struct lw *w, struct loc l, const struct type *ty);
/* A value made into memory of `ty`'s storage layout (copied if needed). */
struct loc lw_materialize(struct lw *w, struct val v, const struct type *ty);
/* Sends a ring buffer record; with count_lost, a refused one is counted
 * in the lost-events map. */
void lw_send(struct lw *w, struct loc rec, uint32_t size, bool count_lost);

int lw_incdec(struct lw *w, struct node *target, bool inc, bool post);

/* lower_fn.c: a call of a script's `fn`, inlined; `return` inside it. */
const struct node *lw_fn_find(struct lw *w, const char *name);
struct val lw_fn_call(struct lw *w, struct node *call, const struct node *def);
void lw_fn_return(struct lw *w, struct node *ret);

/* lower_expr.c (expressions) and lower_call.c (lw_call) */
/* a op b on 64-bit values; division and modulo by zero give 0. */
int lw_arith(struct lw *w, enum op op, int a, int b, bool is_signed);
/* a / b or a % b (n->op) as the script wrote it, `a /= b` too: a zero
 * divisor gives 1 and a warning at n, as bpftrace does. */
int lw_checked_division(struct lw *w, struct node *n, int a, int b, bool is_signed);
/* The bucket of `x` (runtime/hist.h explains the layout), clamped. */
int lw_hist_index(struct lw *w, int x, uint32_t bits);
int lw_lhist_index(struct lw *w, int x, int64_t min, int64_t max, int64_t step);
struct val lw_expr(struct lw *w, struct node *n);
/* A scalar as a vreg (bools as 0/1). */
int lw_scalar(struct lw *w, struct node *n);
/* Branches to `t` or `f` on the truth of `n` (short-circuit). */
void lw_cond(struct lw *w, struct node *n, struct ir_block *t, struct ir_block *f);
struct val lw_int(struct lw *w, int reg, const struct type *ty);
struct val lw_call(struct lw *w, struct node *n);
/* Key memory for `@m[...]` (or the u64 0 key of a scalar map). */
struct loc lw_map_key(struct lw *w, struct lmap *m, struct node *access);
/* Helpers shared by lower_expr.c and lower_call.c. */
#define KERNEL_SPACE_START 0xffff800000000000ull   /* x86-64: kernel addresses from here */
struct val lw_imm(struct lw *w, int64_t v, const struct type *ty);
bool lw_is_str(const struct type *t);             /* string or buffer */
uint32_t lw_cap(const struct type *t);            /* capacity of a string/buffer */
struct val lw_string_literal(struct lw *w, const char *s, uint32_t len, const struct type *ty);
/* Reads `size` (a vreg) bytes at `addr`, kernel or user by the address. */
void lw_read_by_space(struct lw *w, struct loc dst, int size, int addr, int kernel_helper,
		      int user_helper, struct ir_block *end);
struct val lw_read_str(struct lw *w, int addr, uint32_t cap, int len, const struct type *ty);
struct lmap *lw_map_of(struct lw *w, struct node *n);   /* the map of @m / @m[k], or an error */
struct val lw_builtin(struct lw *w, struct node *n);    /* pid, comm, args... */
/* argN of a usdt probe, from its note's argument spec (lower_usdt.c). */
struct val lw_usdt_arg(struct lw *w, struct node *n, int index, const struct type *ty);
/* Integer conversion of a scalar to `ty` (truncation, sign). */
int lw_convert(struct lw *w, int reg, const struct type *from, const struct type *to);

#endif
