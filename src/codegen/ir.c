/* IR data structures, the builder, and the `-d ir` printer. */
#include "codegen/ir.h"

#include <inttypes.h>
#include <string.h>

#include "codegen/bpf_disasm.h"
#include "util/arena.h"

/* Arena arrays grow by doubling into a fresh block; the old one is
 * abandoned until the arena is freed (a compilation is short). */
static void *grow(struct arena *arena, void *old, size_t len, size_t *cap, size_t elem)
{
	if (len < *cap)
		return old;
	size_t ncap = *cap ? *cap * 2 : 8;
	void *p = arena_alloc(arena, ncap * elem);
	if (len)
		memcpy(p, old, len * elem);
	*cap = ncap;
	return p;
}

struct ir_func *ir_func_new(struct arena *arena, const char *name)
{
	struct ir_func *fn = arena_alloc(arena, sizeof(*fn));
	fn->arena = arena;
	fn->name = arena_strdup(arena, name);
	fn->nvregs = 1;     /* IR_CTX_VREG */
	fn->nparams = 1;
	return fn;
}

struct ir_func *ir_subprog_new(struct ir_func *main, const char *name, int nparams, int *index)
{
	struct ir_func *sub = ir_func_new(main->arena, name);
	sub->nvregs = sub->nparams = nparams;
	main->subs = grow(main->arena, main->subs, main->nsubs, &main->subs_cap,
			  sizeof(*main->subs));
	*index = (int)main->nsubs;
	main->subs[main->nsubs++] = sub;
	return sub;
}

struct ir_block *ir_block_new(struct ir_func *fn)
{
	struct ir_block *bb = arena_alloc(fn->arena, sizeof(*bb));
	fn->blocks = grow(fn->arena, fn->blocks, fn->nblocks, &fn->blocks_cap, sizeof(*fn->blocks));
	bb->id = (int)fn->nblocks;
	fn->blocks[fn->nblocks++] = bb;
	if (!fn->cur)
		fn->cur = bb;
	return bb;
}

void ir_set_block(struct ir_func *fn, struct ir_block *bb)
{
	fn->cur = bb;
}

void ir_set_origin(struct ir_func *fn, uint32_t origin)
{
	fn->origin = origin;
}

int ir_vreg_new(struct ir_func *fn)
{
	return fn->nvregs++;
}

int ir_stack_alloc(struct ir_func *fn, const char *name, uint32_t size, uint32_t align)
{
	fn->objects = grow(fn->arena, fn->objects, fn->nobjects, &fn->objects_cap,
			   sizeof(*fn->objects));
	fn->objects[fn->nobjects] = (struct ir_stack_object){
		arena_strdup(fn->arena, name), size, align ? align : 1,
	};
	return (int)fn->nobjects++;
}

struct ir_insn *ir_append(struct ir_func *fn, struct ir_insn insn)
{
	struct ir_block *bb = fn->cur;
	static struct ir_insn dead;
	if (bb->len && ir_is_terminator(bb->insns[bb->len - 1].op)) {
		/* Code after a terminator can never run: dropped. */
		dead = insn;
		return &dead;
	}
	bb->insns = grow(fn->arena, bb->insns, bb->len, &bb->cap, sizeof(*bb->insns));
	insn.origin = fn->origin;
	bb->insns[bb->len] = insn;
	return &bb->insns[bb->len++];
}

void ir_mov_imm_to(struct ir_func *fn, int dst, int64_t imm)
{
	ir_append(fn, (struct ir_insn){ .op = IR_MOV_IMM, .dst = dst, .a = ir_imm(imm) });
}

int ir_mov_imm(struct ir_func *fn, int64_t imm)
{
	int dst = ir_vreg_new(fn);
	ir_mov_imm_to(fn, dst, imm);
	return dst;
}

void ir_mov_to(struct ir_func *fn, int dst, int src)
{
	ir_append(fn, (struct ir_insn){ .op = IR_MOV, .dst = dst, .a = ir_vreg(src) });
}

int ir_mov(struct ir_func *fn, int src)
{
	int dst = ir_vreg_new(fn);
	ir_mov_to(fn, dst, src);
	return dst;
}

void ir_alu_to(struct ir_func *fn, int dst, enum ir_alu op, unsigned flags, int a,
	       struct ir_value b)
{
	ir_append(fn, (struct ir_insn){
		.op = IR_ALU, .dst = dst, .alu = op, .flags = (uint8_t)flags,
		.a = ir_vreg(a), .b = b,
	});
}

int ir_alu(struct ir_func *fn, enum ir_alu op, unsigned flags, int a, struct ir_value b)
{
	int dst = ir_vreg_new(fn);
	ir_alu_to(fn, dst, op, flags, a, b);
	return dst;
}

int ir_neg(struct ir_func *fn, unsigned flags, int a)
{
	int dst = ir_vreg_new(fn);
	ir_append(fn, (struct ir_insn){
		.op = IR_NEG, .dst = dst, .flags = (uint8_t)flags, .a = ir_vreg(a),
	});
	return dst;
}

int ir_load(struct ir_func *fn, unsigned size, unsigned flags, struct ir_value base, int16_t off)
{
	int dst = ir_vreg_new(fn);
	ir_append(fn, (struct ir_insn){
		.op = IR_LOAD, .dst = dst, .size = (uint8_t)size, .flags = (uint8_t)flags,
		.a = base, .off = off,
	});
	return dst;
}

void ir_store(struct ir_func *fn, unsigned size, struct ir_value base, int16_t off,
	      struct ir_value value)
{
	ir_append(fn, (struct ir_insn){
		.op = IR_STORE, .dst = -1, .size = (uint8_t)size, .a = base, .off = off,
		.b = value,
	});
}

int ir_stack_addr(struct ir_func *fn, int slot)
{
	int dst = ir_vreg_new(fn);
	ir_append(fn, (struct ir_insn){ .op = IR_STACK_ADDR, .dst = dst, .a = ir_slot(slot) });
	return dst;
}

int ir_map_fd(struct ir_func *fn, uint32_t map_index)
{
	int dst = ir_vreg_new(fn);
	ir_append(fn, (struct ir_insn){ .op = IR_MAP_FD, .dst = dst, .map_index = map_index });
	return dst;
}

int ir_func_addr(struct ir_func *fn, int index)
{
	int dst = ir_vreg_new(fn);
	ir_append(fn, (struct ir_insn){ .op = IR_FUNC_ADDR, .dst = dst, .a = ir_imm(index) });
	return dst;
}

void ir_call_to(struct ir_func *fn, int dst, int helper, const int *args, int nargs)
{
	struct ir_insn insn = { .op = IR_CALL, .dst = dst, .helper = helper };
	insn.nargs = nargs > IR_MAX_CALL_ARGS ? IR_MAX_CALL_ARGS : nargs;
	for (int i = 0; i < insn.nargs; i++)
		insn.args[i] = args[i];
	ir_append(fn, insn);
}

int ir_call(struct ir_func *fn, int helper, const int *args, int nargs)
{
	int dst = ir_vreg_new(fn);
	ir_call_to(fn, dst, helper, args, nargs);
	return dst;
}

void ir_br(struct ir_func *fn, enum ir_cond cond, unsigned flags, int a, struct ir_value b,
	   struct ir_block *then_bb, struct ir_block *else_bb)
{
	ir_append(fn, (struct ir_insn){
		.op = IR_BR, .dst = -1, .cond = cond, .flags = (uint8_t)flags,
		.a = ir_vreg(a), .b = b, .then_bb = then_bb, .else_bb = else_bb,
	});
}

void ir_jmp(struct ir_func *fn, struct ir_block *target)
{
	ir_append(fn, (struct ir_insn){ .op = IR_JMP, .dst = -1, .then_bb = target });
}

void ir_ret(struct ir_func *fn, struct ir_value value)
{
	ir_append(fn, (struct ir_insn){ .op = IR_RET, .dst = -1, .a = value });
}

bool ir_is_terminator(enum ir_op op)
{
	return op == IR_BR || op == IR_JMP || op == IR_RET;
}

int ir_insn_uses(const struct ir_insn *insn, int uses[6])
{
	int n = 0;
	if (insn->op == IR_CALL) {
		for (int i = 0; i < insn->nargs; i++)
			uses[n++] = insn->args[i];
		return n;
	}
	if (insn->a.kind == IR_VAL_VREG)
		uses[n++] = (int)insn->a.v;
	if (insn->b.kind == IR_VAL_VREG)
		uses[n++] = (int)insn->b.v;
	return n;
}

int ir_block_succs(const struct ir_block *bb, struct ir_block *succs[2])
{
	if (!bb->len)
		return 0;
	const struct ir_insn *t = &bb->insns[bb->len - 1];
	if (t->op == IR_JMP) {
		succs[0] = t->then_bb;
		return 1;
	}
	if (t->op == IR_BR) {
		succs[0] = t->then_bb;
		succs[1] = t->else_bb;
		return 2;
	}
	return 0;
}

/* --- the printer --- */

static const char *const alu_names[] = {
	[IR_ADD] = "add", [IR_SUB] = "sub", [IR_MUL] = "mul", [IR_DIV] = "div",
	[IR_MOD] = "mod", [IR_AND] = "and", [IR_OR] = "or", [IR_XOR] = "xor",
	[IR_LSH] = "lsh", [IR_RSH] = "rsh", [IR_ARSH] = "arsh",
};

static const char *const cond_names[] = {
	[IR_EQ] = "eq", [IR_NE] = "ne", [IR_LT] = "lt", [IR_LE] = "le",
	[IR_GT] = "gt", [IR_GE] = "ge", [IR_SLT] = "slt", [IR_SLE] = "sle",
	[IR_SGT] = "sgt", [IR_SGE] = "sge",
};

static void print_value(FILE *out, struct ir_value v)
{
	switch (v.kind) {
	case IR_VAL_VREG:
		fprintf(out, "v%" PRId64, v.v);
		break;
	case IR_VAL_IMM:
		fprintf(out, "%" PRId64, v.v);
		break;
	case IR_VAL_SLOT:
		fprintf(out, "slot%" PRId64, v.v);
		break;
	case IR_VAL_NONE:
		fputs("_", out);
		break;
	}
}

/* "add", "add32", "sdiv", "sdiv32" */
static void print_alu_name(FILE *out, const struct ir_insn *insn, const char *name)
{
	fprintf(out, "%s%s%s", insn->flags & IR_F_SIGNED ? "s" : "", name,
		insn->flags & IR_F_32 ? "32" : "");
}

static void print_mem(FILE *out, const struct ir_insn *insn)
{
	fprintf(out, "%s%u [", insn->flags & IR_F_SIGNED ? ".s" : ".u", insn->size * 8u);
	print_value(out, insn->a);
	fprintf(out, " %c %d]", insn->off < 0 ? '-' : '+', insn->off < 0 ? -insn->off : insn->off);
}

static void print_call(FILE *out, const struct ir_insn *insn)
{
	const char *name = bpf_helper_name(insn->helper);
	if (name)
		fprintf(out, "call %s(", name);
	else
		fprintf(out, "call helper#%d(", insn->helper);
	for (int i = 0; i < insn->nargs; i++)
		fprintf(out, "%sv%d", i ? ", " : "", insn->args[i]);
	fputc(')', out);
}

static void print_insn(FILE *out, const struct ir_insn *insn)
{
	fputs("  ", out);
	if (insn->dst >= 0)
		fprintf(out, "v%d = ", insn->dst);
	switch (insn->op) {
	case IR_MOV_IMM:
	case IR_MOV:
		print_value(out, insn->a);
		break;
	case IR_ALU:
		print_alu_name(out, insn, alu_names[insn->alu]);
		fputc(' ', out);
		print_value(out, insn->a);
		fputs(", ", out);
		print_value(out, insn->b);
		break;
	case IR_NEG:
		print_alu_name(out, insn, "neg");
		fputc(' ', out);
		print_value(out, insn->a);
		break;
	case IR_LOAD:
		fputs("load", out);
		print_mem(out, insn);
		break;
	case IR_STORE:
		fputs("store", out);
		print_mem(out, insn);
		fputs(", ", out);
		print_value(out, insn->b);
		break;
	case IR_STACK_ADDR:
		fputc('&', out);
		print_value(out, insn->a);
		break;
	case IR_MAP_FD:
		fprintf(out, "map %u", insn->map_index);
		break;
	case IR_FUNC_ADDR:
		fprintf(out, "func %lld", (long long)insn->a.v);
		break;
	case IR_CALL:
		print_call(out, insn);
		break;
	case IR_BR:
		fprintf(out, "br %s%s ", cond_names[insn->cond], insn->flags & IR_F_32 ? "32" : "");
		print_value(out, insn->a);
		fputs(", ", out);
		print_value(out, insn->b);
		fprintf(out, " ? bb%d : bb%d", insn->then_bb->id, insn->else_bb->id);
		break;
	case IR_JMP:
		fprintf(out, "jmp bb%d", insn->then_bb->id);
		break;
	case IR_RET:
		fputs("ret ", out);
		print_value(out, insn->a);
		break;
	}
	fputc('\n', out);
}

void ir_print(FILE *out, const struct ir_func *fn)
{
	if (fn->nparams == 1)
		fprintf(out, "fn %s(v0 = ctx)\n", fn->name);
	else
		fprintf(out, "fn %s(v0..v%d = r1..r%d)\n", fn->name, fn->nparams - 1, fn->nparams);
	for (size_t i = 0; i < fn->nobjects; i++)
		fprintf(out, "  slot%zu: %s, %u bytes, align %u\n", i, fn->objects[i].name,
			fn->objects[i].size, fn->objects[i].align);
	for (size_t i = 0; i < fn->nblocks; i++) {
		const struct ir_block *bb = fn->blocks[i];
		fprintf(out, "bb%d:\n", bb->id);
		for (size_t j = 0; j < bb->len; j++)
			print_insn(out, &bb->insns[j]);
	}
	for (size_t i = 0; i < fn->nsubs; i++)
		ir_print(out, fn->subs[i]);
}

/* Where control really goes when it enters `bb`: through blocks that do
 * nothing but jump. */
static struct ir_block *thread(struct ir_func *fn, struct ir_block *bb)
{
	for (size_t hops = 0; hops < fn->nblocks; hops++) {
		if (bb->len != 1 || bb->insns[0].op != IR_JMP || bb->insns[0].then_bb == bb)
			break;
		bb = bb->insns[0].then_bb;
	}
	return bb;
}

void ir_prune(struct ir_func *fn)
{
	if (!fn->nblocks)
		return;
	for (size_t i = 0; i < fn->nblocks; i++) {
		struct ir_block *bb = fn->blocks[i];
		if (!bb->len)
			continue;
		struct ir_insn *t = &bb->insns[bb->len - 1];
		if (t->op == IR_JMP || t->op == IR_BR)
			t->then_bb = thread(fn, t->then_bb);
		if (t->op == IR_BR) {
			t->else_bb = thread(fn, t->else_bb);
			if (t->then_bb == t->else_bb) {
				t->op = IR_JMP;
				t->a = t->b = (struct ir_value){ IR_VAL_NONE, 0 };
			}
		}
	}
	bool *seen = arena_alloc(fn->arena, fn->nblocks);
	struct ir_block **work = arena_alloc(fn->arena, sizeof(*work) * fn->nblocks);
	size_t nwork = 0;
	seen[0] = true;
	work[nwork++] = fn->blocks[0];
	while (nwork) {
		struct ir_block *succ[2], *bb = work[--nwork];
		int n = ir_block_succs(bb, succ);
		for (int i = 0; i < n; i++)
			if (!seen[succ[i]->id]) {
				seen[succ[i]->id] = true;
				work[nwork++] = succ[i];
			}
	}
	size_t kept = 0;
	struct ir_block **order = arena_alloc(fn->arena, sizeof(*order) * fn->nblocks);
	for (int cold = 0; cold < 2; cold++)
		for (size_t i = 0; i < fn->nblocks; i++)
			if (seen[i] && (i == 0 ? cold == 0 : fn->blocks[i]->cold == (bool)cold))
				order[kept++] = fn->blocks[i];
	memcpy(fn->blocks, order, sizeof(*order) * kept);
	fn->nblocks = kept;
	for (size_t i = 0; i < kept; i++)
		fn->blocks[i]->id = (int)i;
}

/* Marks the subprograms `fn` takes the address of, and theirs. */
static void mark_subprogs(const struct ir_func *main, const struct ir_func *fn, bool *used)
{
	for (size_t i = 0; i < fn->nblocks; i++)
		for (size_t j = 0; j < fn->blocks[i]->len; j++) {
			const struct ir_insn *insn = &fn->blocks[i]->insns[j];
			size_t sub = (size_t)insn->a.v;
			if (insn->op == IR_FUNC_ADDR && sub < main->nsubs && !used[sub]) {
				used[sub] = true;
				mark_subprogs(main, main->subs[sub], used);
			}
		}
}

static void renumber_subprogs(struct ir_func *fn, const int *new_index)
{
	for (size_t i = 0; i < fn->nblocks; i++)
		for (size_t j = 0; j < fn->blocks[i]->len; j++) {
			struct ir_insn *insn = &fn->blocks[i]->insns[j];
			if (insn->op == IR_FUNC_ADDR)
				insn->a.v = new_index[insn->a.v];
		}
}

void ir_prune_subprogs(struct ir_func *main)
{
	if (!main->nsubs)
		return;
	bool *used = arena_alloc(main->arena, main->nsubs);
	int *new_index = arena_alloc(main->arena, sizeof(*new_index) * main->nsubs);
	mark_subprogs(main, main, used);
	size_t kept = 0;
	for (size_t i = 0; i < main->nsubs; i++) {
		new_index[i] = used[i] ? (int)kept : -1;
		if (used[i])
			main->subs[kept++] = main->subs[i];
	}
	main->nsubs = kept;
	renumber_subprogs(main, new_index);
	for (size_t i = 0; i < kept; i++)
		renumber_subprogs(main->subs[i], new_index);
}
