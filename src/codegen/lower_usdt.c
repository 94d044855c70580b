/* argN of a usdt probe. The probe's note says where each argument is: a
 * constant, a register, memory at a register plus an offset, or memory at
 * a fixed address of the file (sym(%rip)); and its size and signedness,
 * by which the value is truncated and extended to 64 bits. Each usdt
 * attach point has a program of its own, so w->attach is the probe. */
#include "codegen/lower_impl.h"

#include <linux/bpf.h>

#include "sema/pt_regs.h"
#include "symbols/usdt_notes.h"

static int64_t extend_imm(int64_t v, const struct usdt_arg *a)
{
	if (a->size >= 8)
		return v;
	unsigned bits = 64 - a->size * 8;
	uint64_t u = (uint64_t)v << bits;
	return a->is_signed ? (int64_t)u >> bits : (int64_t)(u >> bits);
}

static int extend_reg(struct lw *w, int r, const struct usdt_arg *a)
{
	if (a->size >= 8)
		return r;
	unsigned bits = 64 - a->size * 8;
	ir_alu_to(w->fn, r, IR_LSH, 0, r, ir_imm(bits));
	ir_alu_to(w->fn, r, a->is_signed ? IR_ARSH : IR_RSH, 0, r, ir_imm(bits));
	return r;
}

static int load_reg(struct lw *w, const char *reg)
{
	return ir_load(w->fn, 8, 0, ir_vreg(w->ctx), (int16_t)pt_regs_offset(reg));
}

/* `size` bytes of user memory at `addr` (a vreg), zero-extended; 0 when
 * the read fails. */
static int read_user(struct lw *w, int addr, unsigned size)
{
	struct loc tmp = lw_object(w, 8, "usdt_arg");
	lw_store(w, tmp, 0, 8, ir_imm(0));
	int a[3] = { lw_addr(w, tmp), ir_mov_imm(w->fn, size), addr };
	ir_call(w->fn, BPF_FUNC_probe_read_user, a, 3);
	return lw_load(w, tmp, 0, 8, false);
}

struct val lw_usdt_arg(struct lw *w, struct node *n, int index, const struct type *ty)
{
	const struct usdt_probe *p = w->attach ? w->attach->usdt : NULL;
	if (!p) {
		lw_error(w, n, "'%s': the arguments of this usdt probe are unknown", n->name);
		return lw_imm(w, 0, ty);
	}
	if (p->args_error) {
		lw_error(w, n, "'%s' of %s cannot be read: its argument spec \"%s\" has an %s",
			 n->name, w->attach->name, p->args_text, p->args_error);
		return lw_imm(w, 0, ty);
	}
	if (index >= p->nargs) {
		if (p->nargs == 1)
			lw_error(w, n, "'%s' is out of range: %s has 1 argument (arg0)", n->name,
				 w->attach->name);
		else if (p->nargs)
			lw_error(w, n, "'%s' is out of range: %s has %d arguments (arg0 to arg%d)",
				 n->name, w->attach->name, p->nargs, p->nargs - 1);
		else
			lw_error(w, n, "'%s' is out of range: %s has no arguments", n->name,
				 w->attach->name);
		return lw_imm(w, 0, ty);
	}
	const struct usdt_arg *a = &p->args[index];
	int r;
	switch (a->kind) {
	case USDT_ARG_CONST:
		return lw_imm(w, extend_imm(a->value, a), ty);
	case USDT_ARG_REG:
		r = load_reg(w, a->reg);
		break;
	case USDT_ARG_MEM: {
		int addr = load_reg(w, a->reg);
		ir_alu_to(w->fn, addr, IR_ADD, 0, addr, ir_imm(a->value));
		r = read_user(w, addr, a->size);
		break;
	}
	case USDT_ARG_RIP: {
		/* The file is mapped where the probe's ip says: the address
		 * moves with it. */
		int addr = load_reg(w, "ip");
		ir_alu_to(w->fn, addr, IR_ADD, 0, addr, ir_imm(a->value - (int64_t)p->pc));
		r = read_user(w, addr, a->size);
		break;
	}
	default:
		r = ir_mov_imm(w->fn, 0);
		break;
	}
	return lw_int(w, extend_reg(w, r, a), ty);
}
