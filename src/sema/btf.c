/* Kernel types from vmlinux BTF (see btf.h). */
#include "sema/btf.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader/vmlinux_btf.h"
#include "sema/suggest.h"
#include "util/arena.h"

const char *btf_unavailable(void)
{
	return vmlinux_btf() ? NULL : vmlinux_btf_error();
}

unsigned long long btf_load_nsecs(void)
{
	return vmlinux_btf_load_nsecs();
}

/* ---- BTF type to language type ---- */

struct conv {
	struct type_table *t;
	const struct btf *btf;
};

static const struct type *convert(struct conv *cv, uint32_t id);
static void define(struct conv *cv, const struct type *s, uint32_t id);

static uint32_t skip_modifiers(const struct btf *btf, uint32_t id)
{
	for (;;) {
		const struct btf_type *bt = btf__type_by_id(btf, id);
		if (!bt || !(btf_is_mod(bt) || btf_is_typedef(bt)))
			return id;
		id = bt->type;
	}
}

static const char *name_of(const struct btf *btf, const struct btf_type *bt)
{
	const char *name = btf__name_by_offset(btf, bt->name_off);
	return name && *name ? name : NULL;
}

/* The TY_STRUCT for BTF struct/union `id`, not defined yet unless it was. */
static const struct type *struct_for(struct conv *cv, uint32_t id)
{
	const struct btf_type *bt = btf__type_by_id(cv->btf, id);
	const char *name = name_of(cv->btf, bt);
	bool is_union = btf_is_union(bt) || (btf_is_fwd(bt) && btf_kflag(bt));
	if (!name)
		return type_struct_anonymous(cv->t, is_union, id);
	return is_union ? type_union(cv->t, name) : type_struct(cv->t, name);
}

static const struct type *convert_int(struct conv *cv, const struct btf_type *bt)
{
	if (btf_int_encoding(bt) & BTF_INT_BOOL)
		return type_bool(cv->t);
	uint32_t size = bt->size;
	if (size == 1 || size == 2 || size == 4 || size == 8)
		return type_int(cv->t, size, btf_int_encoding(bt) & BTF_INT_SIGNED);
	return type_buffer(cv->t, size);
}

/* A pointer to a struct leaves the struct undefined: it is defined when
 * a member is read through the pointer. */
static const struct type *convert_pointer(struct conv *cv, uint32_t target)
{
	uint32_t id = skip_modifiers(cv->btf, target);
	const struct btf_type *bt = btf__type_by_id(cv->btf, id);
	if (!id || !bt || btf_is_func_proto(bt))
		return type_pointer(cv->t, type_void(cv->t));
	if (btf_is_composite(bt) || btf_is_fwd(bt)) {
		const struct type *s = struct_for(cv, id);
		if (!s->name && btf_is_composite(bt))
			define(cv, s, id);   /* nothing names it later */
		return type_pointer(cv->t, s);
	}
	const struct type *to = convert(cv, id);
	return to ? type_pointer(cv->t, to) : type_pointer(cv->t, type_void(cv->t));
}

/* char[N] is a string, as bpftrace reads `comm`; u8[N] stays an array. */
static bool is_char(const struct btf *btf, uint32_t elem)
{
	const struct btf_type *bt = btf__type_by_id(btf, elem);
	while (bt && btf_is_mod(bt))
		bt = btf__type_by_id(btf, bt->type);
	const char *name = bt && btf_is_int(bt) ? name_of(btf, bt) : NULL;
	return name && bt->size == 1 && strstr(name, "char");
}

static const struct type *convert_array(struct conv *cv, const struct btf_type *bt)
{
	const struct btf_array *a = btf_array(bt);
	if (is_char(cv->btf, a->type))
		return type_string(cv->t, a->nelems);
	const struct type *elem = convert(cv, a->type);
	return elem ? type_array(cv->t, elem, a->nelems) : NULL;
}

static const struct type *convert_enum(struct type_table *t, const struct btf *btf,
				       const struct btf_type *bt);

static const struct type *convert(struct conv *cv, uint32_t id)
{
	id = skip_modifiers(cv->btf, id);
	if (!id)
		return type_void(cv->t);
	const struct btf_type *bt = btf__type_by_id(cv->btf, id);
	if (!bt)
		return NULL;
	if (btf_is_int(bt))
		return convert_int(cv, bt);
	if (btf_is_any_enum(bt))
		return convert_enum(cv->t, cv->btf, bt);
	if (btf_is_ptr(bt))
		return convert_pointer(cv, bt->type);
	if (btf_is_array(bt))
		return convert_array(cv, bt);
	if (btf_is_composite(bt)) {
		const struct type *s = struct_for(cv, id);
		define(cv, s, id);   /* embedded: its size is part of the parent's */
		return s;
	}
	if (btf_is_fwd(bt))
		return struct_for(cv, id);
	if (btf_is_float(bt))
		return type_buffer(cv->t, bt->size);
	return NULL;
}

/* ---- struct members ---- */

struct members {
	int len, cap;
	const char **names;
	const struct type **fields;
	uint32_t *offsets;
	uint8_t *bit_offsets, *bit_sizes;
	bool any_bitfield;
};

/* Members of `id` once anonymous members are flattened. */
static int count_members(const struct btf *btf, uint32_t id)
{
	const struct btf_type *bt = btf__type_by_id(btf, id);
	const struct btf_member *m = btf_members(bt);
	int n = 0;
	for (int i = 0; i < btf_vlen(bt); i++, m++) {
		const char *name = btf__name_by_offset(btf, m->name_off);
		uint32_t mid = skip_modifiers(btf, m->type);
		const struct btf_type *mt = btf__type_by_id(btf, mid);
		if ((!name || !*name) && mt && btf_is_composite(mt))
			n += count_members(btf, mid);
		else
			n++;
	}
	return n;
}

/* A bitfield's storage unit: the aligned integer of its type's size that
 * holds it, as C compilers place them; a field straddling units (packed
 * structs) is read from its first byte instead. */
static void place_bitfield(struct members *out, int i, uint32_t bit_off, uint32_t bits,
			   uint32_t unit_size)
{
	uint32_t unit_bits = unit_size ? unit_size * 8 : 8;
	uint32_t unit = bit_off / unit_bits * unit_size;
	if (bit_off - unit * 8 + bits > unit_bits)
		unit = bit_off / 8;
	out->offsets[i] = unit;
	out->bit_offsets[i] = (uint8_t)(bit_off - unit * 8);
	out->bit_sizes[i] = (uint8_t)bits;
	out->any_bitfield = true;
}

static void add_members(struct conv *cv, uint32_t id, uint32_t base_bits, struct members *out)
{
	const struct btf_type *bt = btf__type_by_id(cv->btf, id);
	const struct btf_member *m = btf_members(bt);
	for (int i = 0; i < btf_vlen(bt); i++, m++) {
		const char *name = btf__name_by_offset(cv->btf, m->name_off);
		uint32_t bit_off = base_bits + btf_member_bit_offset(bt, (uint32_t)i);
		uint32_t bits = btf_member_bitfield_size(bt, (uint32_t)i);
		uint32_t mid = skip_modifiers(cv->btf, m->type);
		const struct btf_type *mt = btf__type_by_id(cv->btf, mid);
		if (!name || !*name) {
			if (mt && btf_is_composite(mt))
				add_members(cv, mid, bit_off, out);
			continue;   /* unnamed padding bitfields */
		}
		int k = out->len++;
		out->names[k] = name;
		out->fields[k] = convert(cv, m->type);
		if (bits)
			place_bitfield(out, k, bit_off, bits,
				       out->fields[k] ? out->fields[k]->size : 1);
		else
			out->offsets[k] = bit_off / 8;
	}
}

static void define(struct conv *cv, const struct type *s, uint32_t id)
{
	if (s->defined)
		return;
	struct arena *a = cv->t->arena;
	const struct btf_type *bt = btf__type_by_id(cv->btf, id);
	int n = count_members(cv->btf, id);
	size_t cap = (size_t)(n ? n : 1);
	struct members m = {
		.cap = n,
		.names = arena_alloc(a, sizeof(*m.names) * cap),
		.fields = arena_alloc(a, sizeof(*m.fields) * cap),
		.offsets = arena_alloc(a, sizeof(*m.offsets) * cap),
		.bit_offsets = arena_alloc(a, cap),
		.bit_sizes = arena_alloc(a, cap),
	};
	add_members(cv, id, 0, &m);
	/* BTF has no alignment; the members' give it unless the struct is
	 * packed, and then only a copy's padding would differ. */
	uint32_t align = 1;
	for (int i = 0; i < m.len; i++)
		if (m.fields[i] && m.fields[i]->align > align)
			align = m.fields[i]->align;
	struct struct_layout layout = {
		.size = bt->size, .align = align, .btf_id = id, .nfields = m.len,
		.names = m.names, .fields = m.fields, .offsets = m.offsets,
		.bit_offsets = m.any_bitfield ? m.bit_offsets : NULL,
		.bit_sizes = m.any_bitfield ? m.bit_sizes : NULL,
	};
	type_struct_define(cv->t, s, &layout);
}

/* ---- the API ---- */

static int find_struct(const struct btf *btf, const char *name, bool is_union)
{
	return btf__find_by_name_kind(btf, name, is_union ? BTF_KIND_UNION : BTF_KIND_STRUCT);
}

int btf_struct_complete(struct type_table *t, const struct type *s, const char **err)
{
	if (s->defined)
		return 0;
	const struct btf *btf = vmlinux_btf();
	if (!btf) {
		*err = vmlinux_btf_error();
		return -ENOENT;
	}
	int id = s->btf_id ? (int)s->btf_id : s->name ? find_struct(btf, s->name, s->is_union) : -1;
	if (id <= 0) {
		*err = "not found in kernel BTF";
		return -ENOENT;
	}
	struct conv cv = { .t = t, .btf = btf };
	define(&cv, s, (uint32_t)id);
	return 0;
}

const struct type *btf_struct_type(struct type_table *t, const char *name, bool is_union)
{
	const struct type *s = is_union ? type_union(t, name) : type_struct(t, name);
	const char *err;
	btf_struct_complete(t, s, &err);
	return s;
}

const struct type *btf_typedef_type(struct type_table *t, const char *name)
{
	const struct btf *btf = vmlinux_btf();
	int id = btf ? btf__find_by_name_kind(btf, name, BTF_KIND_TYPEDEF) : -1;
	if (id <= 0)
		return NULL;
	struct conv cv = { .t = t, .btf = btf };
	return convert(&cv, (uint32_t)id);
}

const struct type *btf_type_from_id(struct type_table *t, unsigned int id)
{
	const struct btf *btf = vmlinux_btf();
	if (!btf || !id)
		return NULL;
	struct conv cv = { .t = t, .btf = btf };
	return convert(&cv, id);
}

/* ---- enums ---- */

static int64_t enumerator_value(const struct btf_type *bt, int i)
{
	if (btf_is_enum64(bt))
		return (int64_t)btf_enum64_value(btf_enum64(bt) + i);
	const struct btf_enum *e = btf_enum(bt) + i;
	return btf_kflag(bt) ? (int64_t)e->val : (int64_t)(uint32_t)e->val;
}

static const char *enumerator_name(const struct btf *btf, const struct btf_type *bt, int i)
{
	uint32_t off = btf_is_enum64(bt) ? btf_enum64(bt)[i].name_off : btf_enum(bt)[i].name_off;
	return btf__name_by_offset(btf, off);
}

/* Enumerators are not named types: every enum is searched, a few
 * milliseconds for the whole kernel, only for names the script uses. */
bool btf_enum_constant(const char *name, int64_t *value, const char **enum_name)
{
	const struct btf *btf = vmlinux_btf();
	uint32_t n = btf ? btf__type_cnt(btf) : 0;
	for (uint32_t id = 1; id < n; id++) {
		const struct btf_type *bt = btf__type_by_id(btf, id);
		if (!btf_is_any_enum(bt))
			continue;
		for (int i = 0; i < btf_vlen(bt); i++) {
			const char *e = enumerator_name(btf, bt, i);
			if (e && !strcmp(e, name)) {
				*value = enumerator_value(bt, i);
				if (enum_name)
					*enum_name = name_of(btf, bt);
				return true;
			}
		}
	}
	return false;
}

const char *btf_enum_constant_suggest(const char *name)
{
	const struct btf *btf = vmlinux_btf();
	uint32_t n = btf ? btf__type_cnt(btf) : 0;
	struct suggester sg;
	suggest_init(&sg, name);
	for (uint32_t id = 1; id < n; id++) {
		const struct btf_type *bt = btf__type_by_id(btf, id);
		for (int i = 0; btf_is_any_enum(bt) && i < btf_vlen(bt); i++)
			suggest_offer(&sg, enumerator_name(btf, bt, i));
	}
	return suggest_result(&sg);
}

static const struct btf_type *find_enum(const struct btf *btf, const char *name)
{
	int id = btf__find_by_name_kind(btf, name, BTF_KIND_ENUM);
	if (id <= 0)
		id = btf__find_by_name_kind(btf, name, BTF_KIND_ENUM64);
	return id > 0 ? btf__type_by_id(btf, (uint32_t)id) : NULL;
}

/* An enum is an integer that prints by name; an anonymous one only
 * holds constants, and is a plain integer. */
static const struct type *convert_enum(struct type_table *t, const struct btf *btf,
				       const struct btf_type *bt)
{
	const char *name = name_of(btf, bt);
	int n = btf_vlen(bt);
	if (!name || !n)
		return type_int(t, bt->size, btf_kflag(bt));
	const char **names = arena_alloc(t->arena, sizeof(*names) * (size_t)n);
	int64_t *values = arena_alloc(t->arena, sizeof(*values) * (size_t)n);
	for (int i = 0; i < n; i++) {
		names[i] = enumerator_name(btf, bt, i);
		values[i] = enumerator_value(bt, i);
	}
	return type_enum(t, bt->size, btf_kflag(bt), arena_printf(t->arena, "enum %s", name), n,
			 names, values);
}

const struct type *btf_enum_type(struct type_table *t, const char *name)
{
	const struct btf *btf = vmlinux_btf();
	const struct btf_type *bt = btf ? find_enum(btf, name) : NULL;
	return bt ? convert_enum(t, btf, bt) : NULL;
}

const char *btf_enum_value_name(const char *enum_name, int64_t value)
{
	const struct btf *btf = vmlinux_btf();
	const struct btf_type *bt = btf ? find_enum(btf, enum_name) : NULL;
	for (int i = 0; bt && i < btf_vlen(bt); i++)
		if (enumerator_value(bt, i) == value)
			return enumerator_name(btf, bt, i);
	return NULL;
}

/* The prototype (void *__data, args...) of a raw tracepoint: the stubs
 * name their parameters; the btf_trace_<event> typedef (Linux 5.5+) does
 * not, so with it the arguments are arg0, arg1, ... */
static int event_proto(const struct btf *btf, const char *event, bool *named)
{
	static const char *const stubs[] = { "__probestub_", "__traceiter_" };
	char name[256];
	for (size_t i = 0; i < sizeof(stubs) / sizeof(stubs[0]); i++) {
		snprintf(name, sizeof(name), "%s%s", stubs[i], event);
		int id = btf__find_by_name_kind(btf, name, BTF_KIND_FUNC);
		if (id > 0) {
			*named = true;
			return (int)btf__type_by_id(btf, (uint32_t)id)->type;
		}
	}
	snprintf(name, sizeof(name), "btf_trace_%s", event);
	int id = btf__find_by_name_kind(btf, name, BTF_KIND_TYPEDEF);
	if (id <= 0)
		return -ENOENT;
	const struct btf_type *ptr = btf__type_by_id(btf, skip_modifiers(btf, (uint32_t)id));
	if (!ptr || !btf_is_ptr(ptr))
		return -ENOENT;
	*named = false;
	return (int)ptr->type;
}

const struct type *btf_raw_tracepoint_args(struct type_table *t, const char *event,
					   const char **err)
{
	const struct btf *btf = vmlinux_btf();
	if (!btf) {
		*err = vmlinux_btf_error();
		return NULL;
	}
	bool named = false;
	int proto_id = event_proto(btf, event, &named);
	const struct btf_type *proto = proto_id > 0 ? btf__type_by_id(btf, (uint32_t)proto_id) : NULL;
	if (!proto || !btf_is_func_proto(proto) || btf_vlen(proto) < 1) {
		*err = "no such raw tracepoint in kernel BTF";
		return NULL;
	}
	struct conv cv = { .t = t, .btf = btf };
	int n = btf_vlen(proto) - 1;
	const char **names = arena_alloc(t->arena, sizeof(*names) * (size_t)(n + 1));
	const struct type **fields = arena_alloc(t->arena, sizeof(*fields) * (size_t)(n + 1));
	const struct btf_param *p = btf_params(proto) + 1;
	for (int i = 0; i < n; i++, p++) {
		const char *name = named ? btf__name_by_offset(btf, p->name_off) : NULL;
		names[i] = name && *name ? name : arena_printf(t->arena, "arg%d", i);
		fields[i] = convert(&cv, p->type);
		if (!fields[i])
			fields[i] = type_int(t, 8, false);
	}
	return type_record(t, n, names, fields);
}
