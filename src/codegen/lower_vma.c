/* find_vma(addr): the struct vm_area_struct of the current task that
 * contains a user address, or 0 (a bpfscope addition to the language).
 *
 * bpf_find_vma() hands the VMA only to a callback, with the task's mmap
 * lock held. The callback (one per program) stores the pointer in an
 * 8-byte slot on the probe's stack, its context argument; the probe then
 * reads through it with bpf_probe_read_kernel like any kernel pointer.
 * Outside the lock the VMA may be unmapped and freed, so a value read
 * through it is as racy as any other probe read of kernel memory; for the
 * current task at a fault or syscall it is what the task is using. */
#include <stdio.h>
#include <string.h>

#include "codegen/lower_impl.h"
#include "linux/bpf.h"

/* Callback arguments: r1 task, r2 vma, r3 our context (the slot). */
enum { ARG_VMA = 1, ARG_SLOT = 2 };

static int vma_callback(struct lw *w)
{
	char name[96];
	snprintf(name, sizeof(name), "%s_vma", w->prog_fn->name);
	for (size_t i = 0; i < w->prog_fn->nsubs; i++)
		if (!strcmp(w->prog_fn->subs[i]->name, name))
			return (int)i;
	int index;
	struct ir_func *cb = ir_subprog_new(w->prog_fn, name, 3, &index);
	ir_set_block(cb, ir_block_new(cb));
	ir_store(cb, 8, ir_vreg(ARG_SLOT), 0, ir_vreg(ARG_VMA));
	ir_ret(cb, ir_imm(0));
	return index;
}

struct val lw_find_vma(struct lw *w, struct node *call)
{
	if (call->list.len != 1) {
		lw_error(w, call, "find_vma() takes one address, as in find_vma(args.address)");
		return lw_imm(w, 0, call->ty);
	}
	int addr = lw_scalar(w, call->list.items[0]);
	struct loc slot = { .kind = LOC_SLOT, .base = ir_stack_alloc(w->fn, "vma", 8, 8) };
	w->stack_used += 8;
	lw_store(w, slot, 0, 8, ir_imm(0));
	int cb = vma_callback(w);
	lw_origin(w, call);
	int args[5] = { ir_call(w->fn, BPF_FUNC_get_current_task_btf, NULL, 0), addr,
			ir_func_addr(w->fn, cb), lw_addr(w, slot), ir_mov_imm(w->fn, 0) };
	ir_call(w->fn, BPF_FUNC_find_vma, args, 5);
	return lw_int(w, lw_load(w, slot, 0, 8, false), call->ty);
}
