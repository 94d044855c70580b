/* Lowering allocated IR to BPF instructions.
 *
 * r0 and r5 are never allocated (regalloc.h): r0 is where a spilled
 * operand is loaded or a result is computed before it is stored, and the
 * temporary that breaks a cycle among helper arguments; r5 holds a second
 * spilled operand. */
#include "codegen/emit.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "codegen/ir.h"
#include "util/arena.h"

#define SCRATCH_A BPF_REG_0
#define SCRATCH_B BPF_REG_5

struct emitter {
	struct insn_buf *b;
	struct ir_func *fn;
	const struct regalloc *ra;
	struct insn_label *labels;  /* per block */
	struct insn_label *sub_labels;  /* per subprogram of the program */
	int next_block;             /* the block laid out after the current one, or -1 */
};

static bool fits_imm32(int64_t v)
{
	return v >= INT32_MIN && v <= INT32_MAX;
}

static struct ra_loc loc_of(const struct emitter *e, int vreg)
{
	return e->ra->locs[vreg];
}

static void mov_imm(struct emitter *e, int reg, int64_t imm)
{
	if (fits_imm32(imm))
		insn_buf_add(e->b, insn_mov64_imm(reg, (int32_t)imm));
	else
		insn_buf_add_wide(e->b, insn_ld_imm64(reg, (uint64_t)imm));
}

/* Puts vreg `v` in register `reg`. */
static void load_into(struct emitter *e, int v, int reg)
{
	struct ra_loc l = loc_of(e, v);
	if (l.kind == RA_STACK)
		insn_buf_add(e->b, insn_ldx(INSN_U64, reg, BPF_REG_10, l.off));
	else if (l.kind == RA_REG && l.reg != reg)
		insn_buf_add(e->b, insn_mov64_reg(reg, l.reg));
}

/* The register holding vreg `v`, loaded into `scratch` when it is spilled. */
static int use_reg(struct emitter *e, int v, int scratch)
{
	struct ra_loc l = loc_of(e, v);
	if (l.kind == RA_REG)
		return l.reg;
	load_into(e, v, scratch);
	return scratch;
}

/* Where to compute vreg `dst`: its register, or `scratch` when spilled. */
static int def_reg(const struct emitter *e, int dst, int scratch)
{
	struct ra_loc l = loc_of(e, dst);
	return l.kind == RA_REG ? l.reg : scratch;
}

/* Moves a result computed in `reg` to vreg `dst`'s home. */
static void def_done(struct emitter *e, int dst, int reg)
{
	struct ra_loc l = loc_of(e, dst);
	if (l.kind == RA_STACK)
		insn_buf_add(e->b, insn_stx(INSN_U64, BPF_REG_10, l.off, reg));
	else if (l.kind == RA_REG && l.reg != reg)
		insn_buf_add(e->b, insn_mov64_reg(l.reg, reg));
}

static enum insn_alu alu_op(const struct ir_insn *insn)
{
	static const enum insn_alu ops[] = {
		[IR_ADD] = INSN_ADD, [IR_SUB] = INSN_SUB, [IR_MUL] = INSN_MUL,
		[IR_DIV] = INSN_DIV, [IR_MOD] = INSN_MOD, [IR_AND] = INSN_AND,
		[IR_OR] = INSN_OR, [IR_XOR] = INSN_XOR, [IR_LSH] = INSN_LSH,
		[IR_RSH] = INSN_RSH, [IR_ARSH] = INSN_ARSH,
	};
	bool sign = insn->flags & IR_F_SIGNED;
	if (sign && insn->alu == IR_DIV)
		return INSN_SDIV;
	if (sign && insn->alu == IR_MOD)
		return INSN_SMOD;
	return ops[insn->alu];
}

/* The second operand of an ALU or branch fits the instruction's imm field. */
static bool b_is_small_imm(const struct ir_insn *insn)
{
	return insn->b.kind == IR_VAL_IMM && fits_imm32(insn->b.v);
}

/* A register holding the second operand: its own, or SCRATCH_B after a
 * reload or a 64-bit immediate load. */
static int b_reg(struct emitter *e, const struct ir_insn *insn)
{
	if (insn->b.kind != IR_VAL_IMM)
		return use_reg(e, (int)insn->b.v, SCRATCH_B);
	insn_buf_add_wide(e->b, insn_ld_imm64(SCRATCH_B, (uint64_t)insn->b.v));
	return SCRATCH_B;
}

static void emit_alu(struct emitter *e, const struct ir_insn *insn)
{
	int a = (int)insn->a.v;
	bool b_is_dst = insn->b.kind == IR_VAL_VREG && insn->b.v == insn->dst && a != insn->dst;
	/* x = y - x: computing in x's register would overwrite the operand. */
	int w = b_is_dst ? SCRATCH_A : def_reg(e, insn->dst, SCRATCH_A);
	bool is32 = insn->flags & IR_F_32;
	enum insn_alu op = alu_op(insn);
	load_into(e, a, w);
	if (b_is_small_imm(insn)) {
		int32_t imm = (int32_t)insn->b.v;
		insn_buf_add(e->b, is32 ? insn_alu32_imm(op, w, imm) : insn_alu64_imm(op, w, imm));
	} else {
		int rb = b_reg(e, insn);
		insn_buf_add(e->b, is32 ? insn_alu32_reg(op, w, rb) : insn_alu64_reg(op, w, rb));
	}
	def_done(e, insn->dst, w);
}

static void emit_neg(struct emitter *e, const struct ir_insn *insn)
{
	int w = def_reg(e, insn->dst, SCRATCH_A);
	load_into(e, (int)insn->a.v, w);
	insn_buf_add(e->b, insn->flags & IR_F_32 ? insn_neg32(w) : insn_neg64(w));
	def_done(e, insn->dst, w);
}

/* The base register and displacement of a LOAD/STORE address. */
static int mem_base(struct emitter *e, const struct ir_insn *insn, int16_t *off)
{
	if (insn->a.kind == IR_VAL_SLOT) {
		*off = (int16_t)(e->ra->object_offs[insn->a.v] + insn->off);
		return BPF_REG_10;
	}
	*off = insn->off;
	return use_reg(e, (int)insn->a.v, SCRATCH_B);
}

static void emit_load(struct emitter *e, const struct ir_insn *insn)
{
	int16_t off;
	int base = mem_base(e, insn, &off);
	int w = def_reg(e, insn->dst, SCRATCH_A);
	enum insn_size size = (enum insn_size)insn_size_from_bytes(insn->size);
	if (insn->flags & IR_F_SIGNED && insn->size < 8)
		insn_buf_add(e->b, insn_ldx_signed(size, w, base, off));
	else
		insn_buf_add(e->b, insn_ldx(size, w, base, off));
	def_done(e, insn->dst, w);
}

static void emit_store(struct emitter *e, const struct ir_insn *insn)
{
	int16_t off;
	int base = mem_base(e, insn, &off);
	enum insn_size size = (enum insn_size)insn_size_from_bytes(insn->size);
	if (insn->b.kind == IR_VAL_IMM && fits_imm32(insn->b.v)) {
		insn_buf_add(e->b, insn_st(size, base, off, (int32_t)insn->b.v));
		return;
	}
	int src = SCRATCH_A;
	if (insn->b.kind == IR_VAL_IMM)
		insn_buf_add_wide(e->b, insn_ld_imm64(SCRATCH_A, (uint64_t)insn->b.v));
	else
		src = use_reg(e, (int)insn->b.v, SCRATCH_A);
	insn_buf_add(e->b, insn_stx(size, base, off, src));
}

static void emit_stack_addr(struct emitter *e, const struct ir_insn *insn)
{
	int w = def_reg(e, insn->dst, SCRATCH_A);
	insn_buf_add(e->b, insn_mov64_reg(w, BPF_REG_10));
	insn_buf_add(e->b, insn_alu64_imm(INSN_ADD, w, e->ra->object_offs[insn->a.v]));
	def_done(e, insn->dst, w);
}

static void emit_map_fd(struct emitter *e, const struct ir_insn *insn)
{
	int w = def_reg(e, insn->dst, SCRATCH_A);
	insn_buf_add_wide(e->b, insn_ld_map_idx(w, insn->map_index));
	def_done(e, insn->dst, w);
}

/* Arguments to r1..r5 as one parallel move: register sources first, in an
 * order that reads every register before it is overwritten (a cycle goes
 * through r0), then the spilled ones, whose loads clobber nothing live. */
static void emit_call_args(struct emitter *e, const struct ir_insn *insn)
{
	int dst[IR_MAX_CALL_ARGS], src[IR_MAX_CALL_ARGS], n = 0;
	for (int i = 0; i < insn->nargs; i++) {
		struct ra_loc l = loc_of(e, insn->args[i]);
		if (l.kind == RA_REG && l.reg != BPF_REG_1 + i) {
			dst[n] = BPF_REG_1 + i;
			src[n++] = l.reg;
		}
	}
	while (n > 0) {
		int ready = -1;
		for (int i = 0; i < n && ready < 0; i++) {
			bool read_later = false;
			for (int j = 0; j < n; j++)
				read_later |= j != i && src[j] == dst[i];
			if (!read_later)
				ready = i;
		}
		if (ready < 0) {
			int moved = src[0];
			insn_buf_add(e->b, insn_mov64_reg(SCRATCH_A, moved));
			for (int j = 0; j < n; j++)
				if (src[j] == moved)
					src[j] = SCRATCH_A;
			continue;
		}
		insn_buf_add(e->b, insn_mov64_reg(dst[ready], src[ready]));
		dst[ready] = dst[n - 1];
		src[ready] = src[n - 1];
		n--;
	}
	for (int i = 0; i < insn->nargs; i++)
		if (loc_of(e, insn->args[i]).kind == RA_STACK)
			load_into(e, insn->args[i], BPF_REG_1 + i);
}

static void emit_call(struct emitter *e, const struct ir_insn *insn)
{
	emit_call_args(e, insn);
	insn_buf_add(e->b, insn_call(insn->helper));
	if (insn->dst >= 0)
		def_done(e, insn->dst, BPF_REG_0);
}

static enum insn_cond insn_cond_of(enum ir_cond c)
{
	static const enum insn_cond conds[] = {
		[IR_EQ] = INSN_JEQ, [IR_NE] = INSN_JNE, [IR_LT] = INSN_JLT, [IR_LE] = INSN_JLE,
		[IR_GT] = INSN_JGT, [IR_GE] = INSN_JGE, [IR_SLT] = INSN_JSLT,
		[IR_SLE] = INSN_JSLE, [IR_SGT] = INSN_JSGT, [IR_SGE] = INSN_JSGE,
	};
	return conds[c];
}

static enum ir_cond invert(enum ir_cond c)
{
	static const enum ir_cond inverse[] = {
		[IR_EQ] = IR_NE, [IR_NE] = IR_EQ, [IR_LT] = IR_GE, [IR_GE] = IR_LT,
		[IR_LE] = IR_GT, [IR_GT] = IR_LE, [IR_SLT] = IR_SGE, [IR_SGE] = IR_SLT,
		[IR_SLE] = IR_SGT, [IR_SGT] = IR_SLE,
	};
	return inverse[c];
}

static void emit_goto(struct emitter *e, const struct ir_block *target)
{
	if (target->id != e->next_block)
		insn_buf_add_goto(e->b, e->labels[target->id]);
}

static void emit_br(struct emitter *e, const struct ir_insn *insn)
{
	int ra = use_reg(e, (int)insn->a.v, SCRATCH_A);
	const struct ir_block *taken = insn->then_bb, *fall = insn->else_bb;
	enum ir_cond cond = insn->cond;
	if (taken->id == e->next_block) {
		taken = insn->else_bb;
		fall = insn->then_bb;
		cond = invert(cond);
	}
	enum insn_cond c = insn_cond_of(cond);
	bool is32 = insn->flags & IR_F_32;
	struct bpf_insn jump;
	if (b_is_small_imm(insn)) {
		int32_t imm = (int32_t)insn->b.v;
		jump = is32 ? insn_jmp32_imm(c, ra, imm, 0) : insn_jmp_imm(c, ra, imm, 0);
	} else {
		int rb = b_reg(e, insn);
		jump = is32 ? insn_jmp32_reg(c, ra, rb, 0) : insn_jmp_reg(c, ra, rb, 0);
	}
	insn_buf_add_jump(e->b, jump, e->labels[taken->id]);
	emit_goto(e, fall);
}

static void emit_ret(struct emitter *e, const struct ir_insn *insn)
{
	if (insn->a.kind == IR_VAL_IMM)
		mov_imm(e, BPF_REG_0, insn->a.v);
	else
		load_into(e, (int)insn->a.v, BPF_REG_0);
	insn_buf_add(e->b, insn_exit());
}

/* An instruction whose only effect is its result, when nothing reads it. */
static bool dead(const struct emitter *e, const struct ir_insn *insn)
{
	switch (insn->op) {
	case IR_MOV_IMM: case IR_MOV: case IR_ALU: case IR_NEG: case IR_LOAD:
	case IR_STACK_ADDR: case IR_MAP_FD: case IR_FUNC_ADDR:
		return insn->dst >= 0 && loc_of(e, insn->dst).kind == RA_UNUSED;
	default:
		return false;
	}
}

static void emit_insn(struct emitter *e, const struct ir_insn *insn)
{
	if (dead(e, insn))
		return;
	insn_buf_set_origin(e->b, insn->origin);
	switch (insn->op) {
	case IR_MOV_IMM: {
		int w = def_reg(e, insn->dst, SCRATCH_A);
		mov_imm(e, w, insn->a.v);
		def_done(e, insn->dst, w);
		break;
	}
	case IR_MOV: {
		int w = def_reg(e, insn->dst, SCRATCH_A);
		load_into(e, (int)insn->a.v, w);
		def_done(e, insn->dst, w);
		break;
	}
	case IR_ALU:        emit_alu(e, insn); break;
	case IR_NEG:        emit_neg(e, insn); break;
	case IR_LOAD:       emit_load(e, insn); break;
	case IR_STORE:      emit_store(e, insn); break;
	case IR_STACK_ADDR: emit_stack_addr(e, insn); break;
	case IR_MAP_FD:     emit_map_fd(e, insn); break;
	case IR_FUNC_ADDR: {
		int w = def_reg(e, insn->dst, SCRATCH_A);
		insn_buf_add_func_addr(e->b, w, e->sub_labels[insn->a.v]);
		def_done(e, insn->dst, w);
		break;
	}
	case IR_CALL:       emit_call(e, insn); break;
	case IR_BR:         emit_br(e, insn); break;
	case IR_JMP:        emit_goto(e, insn->then_bb); break;
	case IR_RET:        emit_ret(e, insn); break;
	}
}

static int check_terminators(const struct ir_func *fn, char *err, size_t err_size)
{
	for (size_t i = 0; i < fn->nblocks; i++) {
		const struct ir_block *bb = fn->blocks[i];
		if (!bb->len || !ir_is_terminator(bb->insns[bb->len - 1].op)) {
			snprintf(err, err_size, "codegen: '%s': block bb%d has no terminator",
				 fn->name, bb->id);
			return -EINVAL;
		}
	}
	return 0;
}

/* Moves the arguments r1..rN to their vregs' homes: stores first (they
 * clobber nothing), then register moves in an order that reads every
 * argument register before it is overwritten, r0 breaking a cycle. */
static void def_params(struct emitter *e, int nparams)
{
	int dst[5], n = 0;
	for (int v = 0; v < nparams; v++) {
		struct ra_loc l = loc_of(e, v);
		dst[v] = -1;
		if (l.kind == RA_STACK)
			def_done(e, v, BPF_REG_1 + v);
		else if (l.kind == RA_REG && l.reg != BPF_REG_1 + v)
			dst[v] = l.reg, n++;
	}
	int src[5];
	for (int v = 0; v < nparams; v++)
		src[v] = BPF_REG_1 + v;
	while (n > 0) {
		bool moved = false;
		for (int v = 0; v < nparams; v++) {
			if (dst[v] < 0)
				continue;
			bool busy = false;
			for (int u = 0; u < nparams; u++)
				if (u != v && dst[u] >= 0 && src[u] == dst[v])
					busy = true;
			if (busy)
				continue;
			insn_buf_add(e->b, insn_mov64_reg(dst[v], src[v]));
			dst[v] = -1, n--, moved = true;
		}
		if (moved)
			continue;
		for (int v = 0; v < nparams; v++)   /* a cycle: park one source in r0 */
			if (dst[v] >= 0) {
				insn_buf_add(e->b, insn_mov64_reg(SCRATCH_A, src[v]));
				src[v] = SCRATCH_A;
				break;
			}
	}
}

static int emit_one(struct ir_func *fn, struct insn_buf *out, struct insn_label *sub_labels,
		    struct regalloc *ra_out, char *err, size_t err_size)
{
	int ret = check_terminators(fn, err, err_size);
	if (ret)
		return ret;
	struct regalloc ra;
	ret = regalloc_run(fn, &ra, err, err_size);
	if (ret)
		return ret;
	if (ra_out)
		*ra_out = ra;

	struct emitter e = { .b = out, .fn = fn, .ra = &ra, .sub_labels = sub_labels };
	e.labels = arena_alloc(fn->arena, (fn->nblocks + 1) * sizeof(*e.labels));
	for (size_t i = 0; i < fn->nblocks; i++)
		e.labels[i] = insn_buf_label(out);
	if (fn->nblocks && fn->blocks[0]->len)
		insn_buf_set_origin(out, fn->blocks[0]->insns[0].origin);
	def_params(&e, fn->nparams);
	for (size_t i = 0; i < fn->nblocks; i++) {
		const struct ir_block *bb = fn->blocks[i];
		e.next_block = i + 1 < fn->nblocks ? (int)i + 1 : -1;
		insn_buf_place(out, e.labels[i]);
		for (size_t j = 0; j < bb->len; j++)
			emit_insn(&e, &bb->insns[j]);
	}
	return 0;
}

int emit_func(struct ir_func *fn, struct insn_buf *out, struct regalloc *ra_out, char *err,
	      size_t err_size)
{
	struct insn_label *subs = arena_alloc(fn->arena, (fn->nsubs + 1) * sizeof(*subs));
	for (size_t i = 0; i < fn->nsubs; i++)
		subs[i] = insn_buf_label(out);
	fn->insn_off = (uint32_t)out->len;
	int ret = emit_one(fn, out, subs, ra_out, err, err_size);
	for (size_t i = 0; !ret && i < fn->nsubs; i++) {
		insn_buf_place(out, subs[i]);
		fn->subs[i]->insn_off = (uint32_t)out->len;
		ret = emit_one(fn->subs[i], out, subs, NULL, err, err_size);
	}
	return ret;
}
