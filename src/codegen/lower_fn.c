/* Lowering, the script's own functions: a call of `fn name(...)` is
 * inlined where it is made. The arguments are converted to the declared
 * parameter types and bound to fresh variables; the body is lowered with
 * only those (and its own variables) in scope; each `return` stores its
 * value, converted to the declared return type, and jumps to the end of
 * this copy of the body.
 *
 * Inlining rather than BPF-to-BPF calls: a BPF subprogram takes at most
 * five scalar arguments and returns one, while a fn may take and return
 * strings and tuples; and one flat program lets the verifier check each
 * call with the values it really gets. The price is code size, one copy
 * of the body per call. */
#include "codegen/lower_impl.h"

#include <string.h>

#include "util/arena.h"

/* One inlined call, innermost first. */
struct fn_inline {
	const struct node *def;
	struct ir_func *func;       /* the IR function the copy is made in */
	struct val result;          /* ty NULL for a void fn */
	struct ir_block *end;
	struct fn_inline *outer;
};

const struct node *lw_fn_find(struct lw *w, const char *name)
{
	for (int i = 0; w->program && i < w->program->list.len; i++) {
		const struct node *n = w->program->list.items[i];
		if (n->kind == N_FUNCTION && !strcmp(n->name, name))
			return n;
	}
	return NULL;
}

/* Storage for a value of `ty`, zeroed: every path through the inlined
 * body then sees it defined. */
static struct val storage(struct lw *w, const struct type *ty, const char *what)
{
	struct val v = { .ty = ty };
	if (lw_in_register(ty)) {
		v.reg = ir_vreg_new(w->fn);
		ir_mov_imm_to(w->fn, v.reg, 0);
		return v;
	}
	uint32_t size = image_storage_size(ty);
	v.is_mem = true;
	v.loc = lw_object(w, size, what);
	lw_zero(w, v.loc, (size + 7) & ~7u);
	return v;
}

static void store(struct lw *w, const struct val *dst, struct val v)
{
	if (dst->is_mem) {
		if (lw_is_str(dst->ty))
			lw_zero(w, dst->loc, (image_storage_size(dst->ty) + 7) & ~7u);
		lw_store_val(w, dst->loc, dst->ty, v);
		return;
	}
	int r = v.is_mem ? lw_read_val(w, v.loc, v.ty).reg : v.reg;
	ir_mov_to(w->fn, dst->reg, lw_convert(w, r, v.ty, dst->ty));
}

static struct var *var_new(struct lw *w, struct var **list, const struct node *var)
{
	struct var *v = arena_alloc(w->arena, sizeof(*v));
	v->name = var->name;
	v->v.ty = var->ty;
	if (var->ty)
		v->v = storage(w, var->ty, var->name);
	v->next = *list;
	*list = v;
	return v;
}

static bool listed(const struct var *list, const char *name)
{
	for (; list; list = list->next)
		if (!strcmp(list->name, name))
			return true;
	return false;
}

/* The body's own variables, declared up front as a probe's are. */
static void declare_locals(struct lw *w, const struct node *n)
{
	if (!n)
		return;
	if (n->kind == N_VAR && n->ty && !listed(w->vars, n->name))
		var_new(w, &w->vars, n);
	const struct node *kids[] = { n->lhs, n->rhs, n->cond, n->then, n->els, n->body };
	for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++)
		declare_locals(w, kids[i]);
	for (int i = 0; i < n->list.len; i++)
		declare_locals(w, n->list.items[i]);
}

struct val lw_fn_call(struct lw *w, struct node *call, const struct node *def)
{
	for (struct fn_inline *f = w->inl; f; f = f->outer)
		if (f->def == def) {
			lw_error(w, call, "function '%s' calls itself (directly or through another "
				 "function): functions are inlined and cannot be recursive", def->name);
			return call->ty && call->ty->kind != TY_VOID ? storage(w, call->ty, "result")
								     : lw_imm(w, 0, NULL);
		}
	/* Arguments are evaluated in the caller's scope, left to right. */
	struct var *params = NULL;
	for (int i = 0; i < def->params.len && i < call->list.len; i++) {
		const struct node *p = def->params.items[i];
		struct val arg = lw_expr(w, call->list.items[i]);
		struct var *v = var_new(w, &params, p->lhs);
		if (v->v.ty)
			store(w, &v->v, arg);
	}
	struct fn_inline f = { .def = def, .func = w->fn, .end = lw_block(w), .outer = w->inl };
	if (call->ty && call->ty->kind != TY_VOID)
		f.result = storage(w, call->ty, "result");
	struct var *caller_vars = w->vars;
	struct loop_ctx *caller_loop = w->loop;
	w->vars = params;
	w->loop = NULL;
	w->inl = &f;
	declare_locals(w, def->body);
	lw_stmt(w, def->body);
	ir_jmp(w->fn, f.end);
	ir_set_block(w->fn, f.end);
	w->vars = caller_vars;
	w->loop = caller_loop;
	w->inl = f.outer;
	lw_origin(w, call);
	if (!f.result.ty)
		return lw_imm(w, 0, NULL);
	if (f.result.is_mem)
		return f.result;
	return lw_int(w, ir_mov(w->fn, f.result.reg), f.result.ty);
}

void lw_fn_return(struct lw *w, struct node *ret)
{
	struct fn_inline *f = w->inl;
	/* A for loop over a map runs its body as a callback: a separate IR
	 * function, which cannot jump to the end of this copy. */
	if (w->fn != f->func) {
		lw_error(w, ret, "'return' inside a for loop over a map in a fn is not implemented yet");
		return;
	}
	if (ret->lhs) {
		struct val v = lw_expr(w, ret->lhs);
		if (f->result.ty)
			store(w, &f->result, v);
	}
	ir_jmp(w->fn, f->end);
	ir_set_block(w->fn, lw_block(w));   /* unreachable code after it */
}
