/* The intermediate representation between the typed AST and BPF.
 *
 * A function is a list of basic blocks in layout order (the first is the
 * entry); each block is a list of instructions ending in one terminator
 * (BR, JMP or RET). Values live in virtual registers, unlimited ints that
 * may be assigned more than once (loop counters are), so the IR is not SSA.
 *
 * Convention: vreg 0 is the context pointer, the r1 the program is entered
 * with; ir_func_new() reserves it, and it is defined before the first
 * instruction. A subprogram made with ir_subprog_new() is entered with
 * `nparams` arguments: vregs 0..nparams-1 hold r1..rN. Stack objects (IR_STACK_ALLOC in the docs) are declared per
 * function with ir_stack_alloc() and addressed by slot index; the frame
 * layout is decided by the register allocator.
 *
 * Everything lives in the arena passed to ir_func_new(). */
#ifndef BPFSCOPE_CODEGEN_IR_H
#define BPFSCOPE_CODEGEN_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct arena;

#define IR_CTX_VREG 0
#define IR_MAX_CALL_ARGS 5

enum ir_op {
	IR_MOV_IMM,     /* dst = a.imm (64-bit) */
	IR_MOV,         /* dst = a */
	IR_ALU,         /* dst = a alu b */
	IR_NEG,         /* dst = -a */
	IR_LOAD,        /* dst = *(size *)(a + off); a is a vreg or a slot */
	IR_STORE,       /* *(size *)(a + off) = b; a is a vreg or a slot */
	IR_STACK_ADDR,  /* dst = address of stack object a.slot */
	IR_MAP_FD,      /* dst = the map at map_index of the program's fd_array */
	IR_FUNC_ADDR,   /* dst = address of subprogram a.imm of the program (a callback) */
	IR_CALL,        /* dst = helper(args[0..nargs)); dst may be -1 */
	IR_BR,          /* if (a cond b) goto then_bb else else_bb */
	IR_JMP,         /* goto then_bb */
	IR_RET,         /* return a */
};

enum ir_alu {
	IR_ADD, IR_SUB, IR_MUL, IR_DIV, IR_MOD,
	IR_AND, IR_OR, IR_XOR, IR_LSH, IR_RSH, IR_ARSH,
};

/* Comparisons: U unsigned, S signed; always on full 64 bits unless the
 * instruction carries IR_F_32. */
enum ir_cond {
	IR_EQ, IR_NE,
	IR_LT, IR_LE, IR_GT, IR_GE,
	IR_SLT, IR_SLE, IR_SGT, IR_SGE,
};

enum ir_flags {
	IR_F_32     = 1 << 0,   /* ALU/NEG/BR on the low 32 bits */
	IR_F_SIGNED = 1 << 1,   /* DIV/MOD signed; LOAD sign-extends */
};

enum ir_value_kind {
	IR_VAL_NONE,
	IR_VAL_VREG,
	IR_VAL_IMM,
	IR_VAL_SLOT,    /* a stack object, as a LOAD/STORE base or STACK_ADDR operand */
};

struct ir_value {
	enum ir_value_kind kind;
	int64_t v;      /* vreg number, immediate, or slot index */
};

struct ir_block;

struct ir_insn {
	enum ir_op op;
	int dst;                    /* vreg, or -1 */
	struct ir_value a, b;
	enum ir_alu alu;
	enum ir_cond cond;
	uint8_t size;               /* LOAD/STORE: 1, 2, 4 or 8 bytes */
	uint8_t flags;              /* enum ir_flags */
	int16_t off;                /* LOAD/STORE displacement */
	int helper;                 /* CALL: enum bpf_func_id */
	uint32_t map_index;         /* MAP_FD */
	int args[IR_MAX_CALL_ARGS]; /* CALL: vregs */
	int nargs;
	struct ir_block *then_bb, *else_bb;
	uint32_t origin;            /* source span index, handed to insn_buf_set_origin() */
};

struct ir_block {
	int id;                     /* index in the function's layout order */
	bool cold;                  /* rarely run: laid out after the others */
	struct ir_insn *insns;
	size_t len, cap;
};

struct ir_stack_object {
	const char *name;
	uint32_t size, align;
};

struct ir_func {
	struct arena *arena;
	const char *name;
	struct ir_block **blocks;
	size_t nblocks, blocks_cap;
	struct ir_stack_object *objects;
	size_t nobjects, objects_cap;
	int nvregs;
	struct ir_block *cur;       /* where the builder appends */
	uint32_t origin;            /* stamped on each appended instruction */
	int nparams;                /* vregs defined at entry: r1.. (1 for a program) */
	/* Subprograms (callbacks), all owned by the program's main function
	 * and emitted after it; insn_off is set by emit_func(). */
	struct ir_func **subs;
	size_t nsubs, subs_cap;
	uint32_t insn_off;
};

static inline struct ir_value ir_vreg(int v)
{
	return (struct ir_value){ IR_VAL_VREG, v };
}

static inline struct ir_value ir_imm(int64_t imm)
{
	return (struct ir_value){ IR_VAL_IMM, imm };
}

static inline struct ir_value ir_slot(int slot)
{
	return (struct ir_value){ IR_VAL_SLOT, slot };
}

/* --- building --- */
struct ir_func *ir_func_new(struct arena *arena, const char *name);
/* A subprogram of `main` entered with `nparams` (1..5) arguments; returns
 * it, its index in main->subs in *index. */
struct ir_func *ir_subprog_new(struct ir_func *main, const char *name, int nparams, int *index);
struct ir_block *ir_block_new(struct ir_func *fn);
/* Appends from now on to the end of `bb`. */
void ir_set_block(struct ir_func *fn, struct ir_block *bb);
void ir_set_origin(struct ir_func *fn, uint32_t origin);
int ir_vreg_new(struct ir_func *fn);
/* Declares a stack object of `size` bytes aligned to `align` (1..8); returns its slot. */
int ir_stack_alloc(struct ir_func *fn, const char *name, uint32_t size, uint32_t align);
/* Appends a raw instruction (op and operands set by the caller). */
struct ir_insn *ir_append(struct ir_func *fn, struct ir_insn insn);

/* Value builders return a fresh destination vreg; the _to forms assign to
 * an existing one. */
int ir_mov_imm(struct ir_func *fn, int64_t imm);
void ir_mov_imm_to(struct ir_func *fn, int dst, int64_t imm);
int ir_mov(struct ir_func *fn, int src);
void ir_mov_to(struct ir_func *fn, int dst, int src);
int ir_alu(struct ir_func *fn, enum ir_alu op, unsigned flags, int a, struct ir_value b);
void ir_alu_to(struct ir_func *fn, int dst, enum ir_alu op, unsigned flags, int a,
	       struct ir_value b);
int ir_neg(struct ir_func *fn, unsigned flags, int a);
/* `base` is a vreg or a slot; `size` in bytes. */
int ir_load(struct ir_func *fn, unsigned size, unsigned flags, struct ir_value base, int16_t off);
void ir_store(struct ir_func *fn, unsigned size, struct ir_value base, int16_t off,
	      struct ir_value value);
int ir_stack_addr(struct ir_func *fn, int slot);
int ir_map_fd(struct ir_func *fn, uint32_t map_index);
/* The address of subprogram `index` of the program (see ir_subprog_new). */
int ir_func_addr(struct ir_func *fn, int index);
/* Returns the result vreg. */
int ir_call(struct ir_func *fn, int helper, const int *args, int nargs);
void ir_call_to(struct ir_func *fn, int dst, int helper, const int *args, int nargs);
void ir_br(struct ir_func *fn, enum ir_cond cond, unsigned flags, int a, struct ir_value b,
	   struct ir_block *then_bb, struct ir_block *else_bb);
void ir_jmp(struct ir_func *fn, struct ir_block *target);
void ir_ret(struct ir_func *fn, struct ir_value value);

/* Drops the blocks no path from the entry reaches (code after exit(),
 * break, return...), then lays out the cold blocks after the others (the
 * entry stays first), renumbering them. */
void ir_prune(struct ir_func *fn);
/* Drops the subprograms (callbacks) of `main` that no kept code takes the
 * address of any more, renumbering the rest: the kernel counts a
 * subprogram only where an instruction refers to it, and refuses a
 * func_info that lists more. Run after ir_prune of `main`. */
void ir_prune_subprogs(struct ir_func *main);

/* --- inspecting --- */
bool ir_is_terminator(enum ir_op op);
/* The vregs `insn` reads, into uses[0..); returns how many (at most 6). */
int ir_insn_uses(const struct ir_insn *insn, int uses[6]);
/* Successors of a block, from its terminator; returns how many (0..2). */
int ir_block_succs(const struct ir_block *bb, struct ir_block *succs[2]);

/* `-d ir`: the function as text, one instruction per line. */
void ir_print(FILE *out, const struct ir_func *fn);

#endif
