/* The types a probe's context gives (see typecheck_impl.h): builtins like
 * pid, comm, retval and func, and `args` of tracepoints (from the format
 * file, pointers resolved against BTF and script types), raw tracepoints
 * (BTF) and fentry/fexit (the function's BTF prototype). */
#include "sema/typecheck_impl.h"

#include <string.h>

#include "providers/tracepoint.h"
#include "sema/btf.h"
#include "sema/btf_func.h"
#include "sema/stdlib.h"
#include "util/arena.h"

/* ---- builtins ---- */

/* Types of builtin variables (and the zero-argument calls of the same
 * name). Unknown names give NULL: kernel enum constants, macro params. */
const struct type *tc_builtin_type(struct tc *c, const char *name)
{
	static const struct { const char *name; int size; } u32[] = {
		{ "pid", 4 }, { "tid", 4 }, { "uid", 4 }, { "gid", 4 }, { "cpu", 4 },
		{ "numaid", 4 }, { "ncpus", 4 }, { "rand", 4 }, { "cpid", 4 }, { "ppid", 4 },
		{ "usermode", 1 }, { "nsecs", 8 }, { "elapsed", 8 }, { "jiffies", 8 },
		{ "cgroup", 8 }, { "default_str_length", 8 },
	};
	int index;
	if (!strncmp(name, "__builtin_", 10))
		name += 10;
	for (size_t i = 0; i < sizeof(u32) / sizeof(u32[0]); i++)
		if (!strcmp(name, u32[i].name))
			return tc_unsigned(c, (uint32_t)u32[i].size);
	if (stdlib_is_arg_builtin(name, "arg", &index))
		return tc_unsigned(c, 8);
	if (!strcmp(name, "retval") && c->probe && c->probe->list.len &&
	    c->probe->list.items[0]->spec && c->probe->list.items[0]->spec->provider == PROV_FEXIT) {
		const char *err;
		const struct type *r = btf_func_probe_retval(c->types, c->probe, &err);
		return r ? r : type_int(c->types, 8, true);
	}
	if (stdlib_is_arg_builtin(name, "sarg", &index) || !strcmp(name, "retval"))
		return type_int(c->types, 8, true);
	if (!strcmp(name, "comm") || !strcmp(name, "pcomm"))
		return type_string(c->types, TYPES_COMM_CAPACITY);
	if (!strcmp(name, "username"))
		return type_simple(c->types, TY_USERNAME);
	if (!strcmp(name, "probe") || !strcmp(name, "probetype"))
		return type_string(c->types, c->types->str_capacity);
	if (!strcmp(name, "has_cpid"))
		return type_bool(c->types);
	if (!strcmp(name, "kstack") || !strcmp(name, "ustack"))
		return type_stack(c->types, name[0] == 'u', STACK_MODE_BPFTRACE, TYPES_STACK_LIMIT);
	if (!strcmp(name, "curtask"))
		return type_pointer(c->types, type_struct(c->types, "task_struct"));
	if (!strcmp(name, "ctx"))
		return type_pointer(c->types, tc_unsigned(c, 1));
	if (!strcmp(name, "func")) {
		enum provider p = c->probe && c->probe->list.len ? c->probe->list.items[0]->spec->provider
								: PROV_INVALID;
		/* Function probes have one program per function when the
		 * body uses `func`, so it is that function's name, a constant. */
		if (p == PROV_KPROBE || p == PROV_KRETPROBE || p == PROV_FENTRY || p == PROV_FEXIT ||
		    p == PROV_UPROBE || p == PROV_URETPROBE)
			return type_string(c->types, c->types->str_capacity);
		return type_simple(c->types, TY_KSYM);
	}
	return NULL;
}

/* ---- tracepoint args ---- */

/* A pointer field from its C spelling ("const char *const *", "struct
 * __kernel_timespec *"), so that `args->rqtp->tv_sec` reads through it.
 * Pointers to void or to what neither the script nor BTF knows stay byte
 * pointers. A syscall's pointers point into the calling process. */
static const struct type *pointer_field_type(struct tc *c, const struct tp_field *f, bool is_char,
					     bool user)
{
	const char *star = strchr(f->type, '*');
	const struct type *ty = is_char ? type_int(c->types, 1, true)
		: cdecl_type_name(&c->cdefs, arena_strndup(c->arena, f->type, (size_t)(star - f->type)));
	if (!ty || ty->kind == TY_VOID)
		ty = tc_unsigned(c, 1);
	for (const char *s = star; *s; s++)
		if (*s == '*')
			ty = user ? type_user_pointer(c->types, ty) : type_pointer(c->types, ty);
	return ty;
}

static const struct type *field_type(struct tc *c, const struct tp_field *f, bool user)
{
	bool is_char = strstr(f->type, "char") != NULL;
	if (f->data_loc || f->rel_loc)
		return is_char ? type_string(c->types, c->types->str_capacity)
			       : type_buffer(c->types, c->types->str_capacity);
	if (strchr(f->type, '*'))
		return pointer_field_type(c, f, is_char, user);
	if (f->array_len >= 0) {
		if (is_char)
			return type_string(c->types, f->size);
		uint32_t n = f->array_len > 0 ? (uint32_t)f->array_len : 1;
		uint32_t elem = f->size / n;
		if (elem == 1 || elem == 2 || elem == 4 || elem == 8)
			return type_array(c->types, type_int(c->types, elem, f->is_signed), n);
		return type_buffer(c->types, f->size);
	}
	if (f->size == 1 || f->size == 2 || f->size == 4 || f->size == 8) {
		/* An enum field prints by name when BTF knows the enum. */
		const struct type *e = !strncmp(f->type, "enum ", 5)
			? btf_enum_type(c->types, f->type + 5) : NULL;
		if (e && e->size == f->size)
			return e;
		return type_int(c->types, f->size, f->is_signed);
	}
	return type_buffer(c->types, f->size);
}

/* `args` of a tracepoint: a record of the format's own fields (the common
 * header is not part of it, as in bpftrace). The first attach point that
 * exists decides; for a wildcard, the first tracepoint it matches (each
 * program still reads the fields where its own tracepoint has them). */
static const struct type *tracepoint_args(struct tc *c)
{
	const struct node *probe = c->probe;
	for (int i = 0; probe && i < probe->list.len; i++) {
		const struct probe_spec *s = probe->list.items[i]->spec;
		if (!s || s->provider != PROV_TRACEPOINT)
			continue;
		if (!c->env || !c->env->tracepoint_format)
			return NULL;
		const char *err = NULL;
		const struct tp_format *f = c->env->tracepoint_format(c->env->ctx, s->target, s->func, &err);
		/* One that does not exist is skipped (missing_probes): the next decides. */
		if (!f) {
			if (!c->args_err)
				c->args_err = arena_printf(c->arena, "tracepoint %s:%s: %s", s->target,
							   s->func, err ? err : "no format");
			continue;
		}
		c->args_err = NULL;
		/* A syscall's pointers are the caller's (tracepoint:*:sys_enter_* too). */
		bool syscall = !strcmp(s->target, "syscalls") ||
			       (f->name && !strncmp(f->name, "sys_enter_", 10));
		const struct type **elems = arena_alloc(c->arena, sizeof(*elems) * (size_t)(f->nfields + 1));
		const char **names = arena_alloc(c->arena, sizeof(*names) * (size_t)(f->nfields + 1));
		int n = 0;
		for (int j = 0; j < f->nfields; j++) {
			if (f->fields[j].common)
				continue;
			names[n] = f->fields[j].name;
			elems[n++] = field_type(c, &f->fields[j], syscall);
		}
		return type_record(c->types, n, names, elems);
	}
	return NULL;
}

/* `args` of a raw tracepoint: its arguments as BTF declares them. */
static const struct type *raw_tracepoint_args(struct tc *c)
{
	const struct node *probe = c->probe;
	for (int i = 0; probe && i < probe->list.len; i++) {
		const struct probe_spec *s = probe->list.items[i]->spec;
		if (!s || s->provider != PROV_RAWTRACEPOINT || s->wildcard || !s->func)
			continue;
		const char *err = NULL;
		const struct type *args = btf_raw_tracepoint_args(c->types, s->func, &err);
		if (!args)
			c->args_err = arena_printf(c->arena, "raw tracepoint %s: %s", s->func, err);
		return args;
	}
	return NULL;
}

const struct type *tc_args_type(struct tc *c, const struct node *n)
{
	enum provider p = c->probe && c->probe->list.len && c->probe->list.items[0]->spec
				  ? c->probe->list.items[0]->spec->provider : PROV_INVALID;
	bool btf_func = p == PROV_FENTRY || p == PROV_FEXIT;
	if (p != PROV_TRACEPOINT && p != PROV_RAWTRACEPOINT && !btf_func)
		return type_pointer(c->types, type_struct(c->types, "args"));
	if (!c->args_done) {
		c->args_done = true;
		c->args = btf_func ? btf_func_probe_args(c->types, c->probe, &c->args_err)
			: p == PROV_TRACEPOINT ? tracepoint_args(c) : raw_tracepoint_args(c);
	}
	if (!c->args && c->args_err)
		tc_error(c, n, "cannot type 'args': %s", c->args_err);
	return c->args;
}

