/* Liveness and linear-scan register allocation over the IR, and the frame
 * layout (docs/backend-plan.md, "Register allocation").
 *
 * Requires: every block ends in a terminator and every vreg is written
 * before it is read on every path (vreg 0, the context, is written at entry).
 *
 * Intervals are the hull of every position a vreg is live at (no holes),
 * with uses and the definition of one instruction at the same position, so
 * an instruction's result never shares a register with its operands.
 * An interval that strictly contains a CALL may only take r6-r9; the
 * others take r1-r4 first, then r6-r9. r0 and r5 are never allocated: they
 * are the emitter's scratch registers for spilled operands, argument
 * shuffles and results (r5 is still loaded with a fifth helper argument).
 * When no register fits, the interval ending last is spilled to an 8-byte
 * stack slot for its whole life; a slot is reused once its interval ended.
 *
 * Frame: stack objects first, below r10 in declaration order and each
 * aligned; spill slots below them. At most 512 bytes. */
#ifndef BPFSCOPE_CODEGEN_REGALLOC_H
#define BPFSCOPE_CODEGEN_REGALLOC_H

#include <stddef.h>
#include <stdint.h>

struct ir_func;

#define REGALLOC_FRAME_LIMIT 512

enum ra_loc_kind {
	RA_UNUSED,      /* never live */
	RA_REG,
	RA_STACK,       /* a spill slot */
};

struct ra_loc {
	enum ra_loc_kind kind;
	int reg;                /* RA_REG: BPF_REG_1 .. BPF_REG_9 */
	int16_t off;            /* RA_STACK: offset from r10 (negative) */
};

struct regalloc {
	struct ra_loc *locs;        /* per vreg */
	int16_t *object_offs;       /* per stack object: offset from r10 */
	int nspill_slots;
	int frame_size;             /* bytes below r10 */
};

/* Allocates every vreg of `fn` (memory from fn's arena). Returns 0, or
 * -E2BIG with `err` set when the frame exceeds 512 bytes. */
int regalloc_run(struct ir_func *fn, struct regalloc *ra, char *err, size_t err_size);

#endif
