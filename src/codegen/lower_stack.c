/* kstack and ustack: bpf_get_stackid() into the program's stack-trace map
 * (image.stack_map). The value is the stack id in the low 32 bits (a
 * negative errno when the kernel could not take the stack) and, for a
 * user stack, the process id in the high 32 bits: user space needs it to
 * find the process's mappings and symbolize the frames.
 *
 * A process may be gone by the time its stacks are printed, so the first
 * user stack of each process also sends its pid to user space
 * (ACT_STACK_PID), which reads the process's mappings right away. The pids
 * already sent are kept in image.stack_pids_map. */
#include "codegen/lower_impl.h"

#include <linux/bpf.h>

#include "sema/pt_regs.h"
#include "symbols/elf_syms.h"

/* if (pid not in stack_pids) { insert it; tell user space } */
static void announce_pid(struct lw *w, int pid)
{
	struct ir_func *fn = w->fn;
	struct loc key = lw_object(w, 8, "pid_key");
	lw_store(w, key, 0, 8, ir_vreg(pid));
	int la[2] = { ir_map_fd(fn, (uint32_t)w->img->stack_pids_map), lw_addr(w, key) };
	int seen = ir_call(fn, BPF_FUNC_map_lookup_elem, la, 2);
	struct ir_block *add = lw_cold(w), *send = lw_cold(w), *next = lw_block(w);
	ir_br(fn, IR_EQ, 0, seen, ir_imm(0), add, next);
	ir_set_block(fn, add);
	int ua[4] = { ir_map_fd(fn, (uint32_t)w->img->stack_pids_map), lw_addr(w, key),
		      lw_addr(w, key), ir_mov_imm(fn, BPF_NOEXIST) };
	int r = ir_call(fn, BPF_FUNC_map_update_elem, ua, 4);
	ir_br(fn, IR_EQ, 0, r, ir_imm(0), send, next);
	ir_set_block(fn, send);
	int action = lw_action(w, ACT_STACK_PID, NULL);
	w->img->actions[action].record_size = 16;
	struct loc rec = lw_object(w, 16, "stack_pid");
	lw_store(w, rec, 0, 8, ir_imm(action));
	lw_store(w, rec, 8, 8, ir_vreg(pid));
	lw_send(w, rec, 16, false);
	ir_jmp(fn, next);
	ir_set_block(fn, next);
}

struct val lw_usym(struct lw *w, int addr, const struct type *ty)
{
	struct ir_func *fn = w->fn;
	int pid = ir_call(fn, BPF_FUNC_get_current_pid_tgid, NULL, 0);
	ir_alu_to(fn, pid, IR_RSH, 0, pid, ir_imm(32));
	if (w->img->stack_pids_map >= 0)
		announce_pid(w, pid);
	struct loc l = lw_object(w, 16, "usym");
	lw_store(w, l, 0, 8, ir_vreg(addr));
	lw_store(w, l, 8, 8, ir_vreg(pid));
	return (struct val){ .ty = ty, .is_mem = true, .loc = l };
}

/* A position-dependent binary has its symbols where its file says; a PIE
 * or a library is loaded wherever, and at a uprobe on the entry of one of
 * its functions the load bias is the ip minus that function's address. */
struct val lw_uaddr(struct lw *w, struct node *call)
{
	const char *name = call->list.items[0]->str;
	const struct probe_spec *s = w->attach ? w->attach->spec : NULL;
	uint64_t sym = 0, func = 0;
	if (!s || (w->prov != PROV_UPROBE && w->prov != PROV_URETPROBE) || !s->target) {
		lw_error(w, call, "uaddr() needs a uprobe with one binary, as in "
			 "uprobe:/bin/bash:readline");
		return lw_imm(w, 0, call->ty);
	}
	if (!elf_syms_lookup_any(s->target, name, &sym)) {
		lw_error(w, call->list.items[0], "uaddr(): no symbol '%s' in %s", name, s->target);
		return lw_imm(w, 0, call->ty);
	}
	const struct elf_syms *e = elf_syms_get(s->target);
	if (!e || !e->is_dyn)
		return lw_imm(w, (int64_t)sym, call->ty);
	const struct elf_sym *f = s->func && !s->has_address ? elf_syms_find(e, s->func) : NULL;
	if (w->prov != PROV_UPROBE || !f) {
		lw_error(w, call, "uaddr(): %s is position-independent, so its symbols move with "
			 "its load address; use it in a uprobe on one of its functions, where that "
			 "address is known", s->target);
		return lw_imm(w, 0, call->ty);
	}
	func = f->addr + s->offset;
	int ip = ir_load(w->fn, 8, 0, ir_vreg(w->ctx), (int16_t)pt_regs_offset("ip"));
	ir_alu_to(w->fn, ip, IR_ADD, 0, ip, ir_imm((int64_t)(sym - func)));
	return lw_int(w, ip, call->ty);
}

struct val lw_stack(struct lw *w, const struct type *ty)
{
	struct ir_func *fn = w->fn;
	if (w->img->stack_map < 0 || (ty->user && w->img->stack_pids_map < 0)) {
		lw_error(w, NULL, "internal error: a stack is taken but no stack map exists");
		return lw_imm(w, 0, ty);
	}
	int args[3] = { w->ctx, ir_map_fd(fn, (uint32_t)w->img->stack_map),
			ir_mov_imm(fn, ty->user ? BPF_F_USER_STACK : 0) };
	int id = ir_call(fn, BPF_FUNC_get_stackid, args, 3);
	ir_alu_to(fn, id, IR_AND, 0, id, ir_imm(0xffffffff));
	if (ty->user) {
		int pid = ir_call(fn, BPF_FUNC_get_current_pid_tgid, NULL, 0);
		ir_alu_to(fn, pid, IR_RSH, 0, pid, ir_imm(32));
		announce_pid(w, pid);
		int hi = ir_alu(fn, IR_LSH, 0, pid, ir_imm(32));
		ir_alu_to(fn, id, IR_OR, 0, id, ir_vreg(hi));
	}
	return lw_int(w, id, ty);
}
