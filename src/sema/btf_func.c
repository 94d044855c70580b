#include "sema/btf_func.h"

#include <bpf/btf.h>

#include <errno.h>
#include <string.h>

#include "frontend/ast.h"
#include "loader/vmlinux_btf.h"
#include "sema/btf.h"
#include "sema/suggest.h"
#include "util/arena.h"
#include "util/glob.h"

/* The FUNC_PROTO of the FUNC `name`, or NULL. */
static const struct btf_type *func_proto(const struct btf *btf, const char *name)
{
	int id = btf__find_by_name_kind(btf, name, BTF_KIND_FUNC);
	if (id <= 0)
		return NULL;
	const struct btf_type *proto = btf__type_by_id(btf, btf__type_by_id(btf, (uint32_t)id)->type);
	return proto && btf_is_func_proto(proto) ? proto : NULL;
}

static const char *closest_function(const struct btf *btf, const char *name)
{
	struct suggester s;
	suggest_init(&s, name);
	uint32_t n = btf__type_cnt(btf);
	for (uint32_t i = 1; i < n; i++) {
		const struct btf_type *t = btf__type_by_id(btf, i);
		if (btf_is_func(t))
			suggest_offer(&s, btf__name_by_offset(btf, t->name_off));
	}
	return suggest_result(&s);
}

int btf_func_id(struct arena *arena, const char *name, const char **err)
{
	const struct btf *btf = vmlinux_btf();
	if (!btf) {
		*err = vmlinux_btf_error();
		return -ENOENT;
	}
	int id = btf__find_by_name_kind(btf, name, BTF_KIND_FUNC);
	if (id > 0)
		return id;
	const char *best = closest_function(btf, name);
	*err = best ? arena_printf(arena, "no function '%s' in the kernel's BTF (did you mean %s?)",
				   name, best)
		    : arena_printf(arena, "no function '%s' in the kernel's BTF", name);
	return -ENOENT;
}

int btf_func_arg_count(const char *name)
{
	const struct btf *btf = vmlinux_btf();
	const struct btf_type *proto = btf ? func_proto(btf, name) : NULL;
	return proto ? btf_vlen(proto) : -1;
}

int btf_func_arg_index(const char *name, const char *arg)
{
	const struct btf *btf = vmlinux_btf();
	const struct btf_type *proto = btf ? func_proto(btf, name) : NULL;
	const struct btf_param *p = proto ? btf_params(proto) : NULL;
	for (int i = 0; proto && i < btf_vlen(proto); i++, p++)
		if (!strcmp(btf__name_by_offset(btf, p->name_off), arg))
			return i;
	return -1;
}

const char *btf_func_first_match(const char *pattern)
{
	const struct btf *btf = vmlinux_btf();
	if (!btf)
		return NULL;
	uint32_t n = btf__type_cnt(btf);
	for (uint32_t i = 1; i < n; i++) {
		const struct btf_type *t = btf__type_by_id(btf, i);
		const char *name = btf_is_func(t) ? btf__name_by_offset(btf, t->name_off) : NULL;
		if (name && glob_match(pattern, name))
			return name;
	}
	return NULL;
}

/* The function the probe's first attach point names. */
static const char *probe_function(const struct node *probe, const char **err,
				  struct arena *arena)
{
	const struct probe_spec *s = probe && probe->list.len ? probe->list.items[0]->spec : NULL;
	if (!s || !s->func) {
		*err = "no function to take the arguments from";
		return NULL;
	}
	if (s->target && strcmp(s->target, "vmlinux")) {
		*err = arena_printf(arena, "module %s: this kernel's BTF covers vmlinux only",
				    s->target);
		return NULL;
	}
	if (!s->wildcard)
		return s->func;
	const char *name = btf_func_first_match(s->func);
	if (!name)
		*err = arena_printf(arena, "no function in the kernel's BTF matches '%s'", s->func);
	return name;
}

/* Struct or union arguments passed by value: their slots are not one
 * per argument (x86-64 passes up to 16 bytes in two registers). */
static bool by_value_aggregate(const struct btf *btf, uint32_t type)
{
	int resolved = btf__resolve_type(btf, type);
	const struct btf_type *t = btf__type_by_id(btf, resolved > 0 ? (uint32_t)resolved : type);
	return t && (btf_is_struct(t) || btf_is_union(t));
}

static const struct btf_type *probe_proto(struct type_table *t, const struct node *probe,
					  const char **name, const char **err)
{
	const struct btf *btf = vmlinux_btf();
	if (!btf) {
		*err = vmlinux_btf_error();
		return NULL;
	}
	*name = probe_function(probe, err, t->arena);
	if (!*name)
		return NULL;
	const struct btf_type *proto = func_proto(btf, *name);
	if (!proto) {
		btf_func_id(t->arena, *name, err);
		return NULL;
	}
	return proto;
}

const struct type *btf_func_probe_args(struct type_table *t, const struct node *probe,
				       const char **err)
{
	const char *func;
	const struct btf_type *proto = probe_proto(t, probe, &func, err);
	if (!proto)
		return NULL;
	const struct btf *btf = vmlinux_btf();
	int n = btf_vlen(proto);
	const char **names = arena_alloc(t->arena, sizeof(*names) * (size_t)(n + 1));
	const struct type **fields = arena_alloc(t->arena, sizeof(*fields) * (size_t)(n + 1));
	const struct btf_param *p = btf_params(proto);
	for (int i = 0; i < n; i++, p++) {
		if (!p->type) {
			*err = arena_printf(t->arena, "%s takes variable arguments, which BPF "
					    "tracing programs cannot read", func);
			return NULL;
		}
		if (by_value_aggregate(btf, p->type)) {
			*err = arena_printf(t->arena, "%s takes a struct by value (argument %d), "
					    "which is not supported", func, i + 1);
			return NULL;
		}
		const char *pname = btf__name_by_offset(btf, p->name_off);
		names[i] = pname && *pname ? pname : arena_printf(t->arena, "arg%d", i);
		fields[i] = btf_type_from_id(t, p->type);
		if (!fields[i])
			fields[i] = type_int(t, 8, false);
	}
	return type_record(t, n, names, fields);
}

const struct type *btf_func_probe_retval(struct type_table *t, const struct node *probe,
					 const char **err)
{
	const char *func;
	*err = NULL;
	const struct btf_type *proto = probe_proto(t, probe, &func, err);
	if (!proto || !proto->type)
		return NULL;
	if (by_value_aggregate(vmlinux_btf(), proto->type)) {
		*err = arena_printf(t->arena, "%s returns a struct by value, which is not supported",
				    func);
		return NULL;
	}
	return btf_type_from_id(t, proto->type);
}
