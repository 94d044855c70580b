/* Type construction, interning and printing. */
#include "sema/types.h"

#include <string.h>

#include "util/arena.h"
#include "util/strbuf.h"

void types_init(struct type_table *t, struct arena *arena)
{
	t->arena = arena;
	t->all = NULL;
	t->str_capacity = TYPES_STR_CAPACITY_DEFAULT;
}

static bool same_name(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static bool same_fields(const struct type *a, const struct type *b)
{
	if (a->nfields != b->nfields)
		return false;
	for (int i = 0; i < a->nfields; i++) {
		if (a->fields[i] != b->fields[i])
			return false;
		if ((a->field_names || b->field_names) &&
		    !(a->field_names && b->field_names && same_name(a->field_names[i], b->field_names[i])))
			return false;
	}
	return true;
}

static bool same_type(const struct type *a, const struct type *b)
{
	if (a->kind == TY_STRUCT || b->kind == TY_STRUCT)
		return a->kind == b->kind && a->is_union == b->is_union && same_name(a->name, b->name) &&
		       (a->name || a->btf_id == b->btf_id);
	return a->kind == b->kind && a->size == b->size && a->is_signed == b->is_signed &&
	       a->capacity == b->capacity && a->count == b->count && a->target == b->target &&
	       same_name(a->name, b->name) && a->user == b->user && a->mode == b->mode &&
	       a->limit == b->limit && a->min == b->min && a->max == b->max && a->step == b->step &&
	       a->bits == b->bits && same_fields(a, b);
}

static uint32_t align_up(uint32_t n, uint32_t align)
{
	return align ? (n + align - 1) / align * align : n;
}

/* Offsets as a C compiler would place the members of a struct. */
static void lay_out_fields(struct type_table *t, struct type *ty)
{
	uint32_t off = 0, align = 1;
	ty->offsets = arena_alloc(t->arena, sizeof(uint32_t) * (size_t)(ty->nfields ? ty->nfields : 1));
	for (int i = 0; i < ty->nfields; i++) {
		const struct type *f = ty->fields[i];
		uint32_t fa = f && f->align ? f->align : 1;
		off = align_up(off, fa);
		ty->offsets[i] = off;
		off += f ? f->size : 0;
		if (fa > align)
			align = fa;
	}
	ty->align = align;
	ty->size = align_up(off, align);
}

static const struct type *intern(struct type_table *t, const struct type *in)
{
	struct type laid = *in;
	const struct type *want = &laid;
	if (in->kind == TY_TUPLE || in->kind == TY_RECORD)
		lay_out_fields(t, &laid);
	for (struct type *ty = t->all; ty; ty = ty->next)
		if (same_type(ty, want))
			return ty;
	struct type *ty = arena_alloc(t->arena, sizeof(*ty));
	*ty = *want;
	if (want->nfields) {
		size_t n = (size_t)want->nfields;
		const struct type **fields = arena_alloc(t->arena, sizeof(*fields) * n);
		memcpy(fields, want->fields, sizeof(*fields) * n);
		ty->fields = fields;
		if (want->field_names) {
			const char **names = arena_alloc(t->arena, sizeof(*names) * n);
			for (size_t i = 0; i < n; i++)
				names[i] = arena_strdup(t->arena, want->field_names[i]);
			ty->field_names = names;
		}
	}
	if (want->name)
		ty->name = arena_strdup(t->arena, want->name);
	ty->next = t->all;
	t->all = ty;
	return ty;
}

static const struct type *sized(struct type_table *t, enum type_kind kind, uint32_t size,
				uint32_t align)
{
	struct type want = { .kind = kind, .size = size, .align = align };
	return intern(t, &want);
}

const struct type *type_void(struct type_table *t)
{
	return sized(t, TY_VOID, 0, 1);
}

const struct type *type_int(struct type_table *t, uint32_t size, bool is_signed)
{
	struct type want = { .kind = TY_INT, .size = size, .align = size, .is_signed = is_signed };
	return intern(t, &want);
}

const struct type *type_bool(struct type_table *t)
{
	return sized(t, TY_BOOL, 1, 1);
}

const struct type *type_string(struct type_table *t, uint32_t capacity)
{
	struct type want = { .kind = TY_STRING, .size = capacity, .align = 1, .capacity = capacity };
	return intern(t, &want);
}

const struct type *type_buffer(struct type_table *t, uint32_t capacity)
{
	struct type want = { .kind = TY_BUFFER, .size = capacity, .align = 1, .capacity = capacity };
	return intern(t, &want);
}

const struct type *type_buffer_with_length(struct type_table *t, uint32_t capacity)
{
	struct type want = { .kind = TY_BUFFER, .size = capacity + 1, .align = 1,
			     .capacity = capacity };
	return intern(t, &want);
}

bool type_buffer_has_length(const struct type *ty)
{
	return ty && ty->kind == TY_BUFFER && ty->size > ty->capacity;
}

const struct type *type_pointer(struct type_table *t, const struct type *target)
{
	struct type want = { .kind = TY_POINTER, .size = 8, .align = 8, .target = target };
	return intern(t, &want);
}

const struct type *type_user_pointer(struct type_table *t, const struct type *target)
{
	struct type want = { .kind = TY_POINTER, .size = 8, .align = 8, .target = target, .user = true };
	return intern(t, &want);
}

const struct type *type_struct(struct type_table *t, const char *name)
{
	struct type want = { .kind = TY_STRUCT, .size = 0, .align = 1, .name = name };
	return intern(t, &want);
}

const struct type *type_union(struct type_table *t, const char *name)
{
	struct type want = { .kind = TY_STRUCT, .size = 0, .align = 1, .name = name, .is_union = true };
	return intern(t, &want);
}

const struct type *type_struct_anonymous(struct type_table *t, bool is_union, uint32_t btf_id)
{
	struct type want = { .kind = TY_STRUCT, .size = 0, .align = 1, .is_union = is_union,
			     .btf_id = btf_id };
	return intern(t, &want);
}

void type_struct_define(struct type_table *t, const struct type *s,
			const struct struct_layout *layout)
{
	(void)t;
	/* Interned types are shared and otherwise immutable; a struct is the
	 * one kind that is completed in place, once, so pointers to it made
	 * before stay valid. */
	struct type *ty = (struct type *)s;
	ty->size = layout->size;
	ty->align = layout->align ? layout->align : 1;
	ty->btf_id = layout->btf_id;
	ty->nfields = layout->nfields;
	ty->field_names = layout->names;
	ty->fields = layout->fields;
	ty->offsets = layout->offsets;
	ty->bit_offsets = layout->bit_offsets;
	ty->bit_sizes = layout->bit_sizes;
	ty->defined = true;
}

int type_struct_member(const struct type *s, const char *name)
{
	if (!s || s->kind != TY_STRUCT || !s->defined)
		return -1;
	for (int i = 0; i < s->nfields; i++)
		if (!strcmp(s->field_names[i], name))
			return i;
	return -1;
}

const struct type *type_enum(struct type_table *t, uint32_t size, bool is_signed, const char *name,
			     int n, const char **names, const int64_t *values)
{
	struct type want = { .kind = TY_INT, .size = size, .align = size, .is_signed = is_signed,
			     .name = name, .nenumerators = n, .enumerator_names = names,
			     .enumerator_values = values };
	return intern(t, &want);
}

const char *type_enumerator_name(const struct type *ty, int64_t value)
{
	for (int i = 0; ty && ty->kind == TY_INT && i < ty->nenumerators; i++)
		if (ty->enumerator_values[i] == value)
			return ty->enumerator_names[i];
	return NULL;
}

const struct type *type_array(struct type_table *t, const struct type *elem, uint32_t count)
{
	struct type want = { .kind = TY_ARRAY, .size = elem->size * count, .align = elem->align,
			     .target = elem, .count = count };
	return intern(t, &want);
}

const struct type *type_tuple(struct type_table *t, int n, const struct type *const *elems)
{
	struct type want = { .kind = TY_TUPLE, .nfields = n, .fields = (const struct type **)elems };
	return intern(t, &want);
}

const struct type *type_record(struct type_table *t, int n, const char *const *names,
			       const struct type *const *elems)
{
	struct type want = { .kind = TY_RECORD, .nfields = n, .fields = (const struct type **)elems,
			     .field_names = (const char **)names };
	return intern(t, &want);
}

const struct type *type_stack(struct type_table *t, bool user, enum stack_mode mode, uint32_t limit)
{
	/* The stack id, and for ustack the pid whose maps symbolize it: pid << 32 | id. */
	struct type want = { .kind = TY_STACK, .size = 8, .align = 8, .user = user,
			     .mode = mode, .limit = limit };
	return intern(t, &want);
}

const struct type *type_simple(struct type_table *t, enum type_kind kind)
{
	switch (kind) {
	case TY_USYM:      return sized(t, kind, 16, 8); /* address and pid */
	case TY_INET:      return sized(t, kind, 24, 8); /* family and 16 address bytes */
	case TY_TIMESTAMP: return sized(t, kind, 16, 8); /* format id and nanoseconds */
	default:           return sized(t, kind, 8, 8);
	}
}

const struct type *type_aggregate(struct type_table *t, enum type_kind kind, const struct type *elem)
{
	bool pair = kind == TY_AVG || kind == TY_STATS;   /* total and count */
	struct type want = { .kind = kind, .size = pair ? 16 : 8, .align = 8, .target = elem };
	return intern(t, &want);
}

const struct type *type_hist(struct type_table *t, uint32_t bits)
{
	struct type want = { .kind = TY_HIST, .size = 8, .align = 8, .bits = bits };
	return intern(t, &want);
}

const struct type *type_lhist(struct type_table *t, int64_t min, int64_t max, int64_t step)
{
	struct type want = { .kind = TY_LHIST, .size = 8, .align = 8, .min = min, .max = max,
			     .step = step };
	return intern(t, &want);
}

const struct type *type_int_for_literal(struct type_table *t, uint64_t value, bool negative)
{
	if (negative) {
		for (uint32_t size = 1; size < 8; size *= 2)
			if (value <= (1ull << (size * 8 - 1)))
				return type_int(t, size, true);
		return type_int(t, 8, true);
	}
	for (uint32_t size = 1; size < 8; size *= 2)
		if (value < (1ull << (size * 8)))
			return type_int(t, size, false);
	return type_int(t, 8, false);
}

const struct type *type_int_promote(struct type_table *t, const struct type *a, const struct type *b)
{
	uint32_t size = a->size > b->size ? a->size : b->size;
	if (a->is_signed == b->is_signed)
		return type_int(t, size, a->is_signed);
	const struct type *u = a->is_signed ? b : a, *s = a->is_signed ? a : b;
	if (u->size >= s->size && size < 8)
		size *= 2;
	return type_int(t, size, true);
}

bool type_is_int(const struct type *ty)
{
	return ty && ty->kind == TY_INT;
}

bool type_is_aggregate(const struct type *ty)
{
	return ty && ty->kind >= TY_COUNT && ty->kind <= TY_LHIST;
}

bool type_is_scalar(const struct type *ty)
{
	return ty && (ty->kind == TY_INT || ty->kind == TY_BOOL || ty->kind == TY_POINTER);
}

static void name_into(struct strbuf *sb, const struct type *ty);

static void fields_into(struct strbuf *sb, const struct type *ty)
{
	bool record = ty->kind == TY_RECORD;
	strbuf_printf(sb, record ? "{" : "(");
	for (int i = 0; i < ty->nfields; i++) {
		if (i)
			strbuf_printf(sb, ",");
		if (record)
			strbuf_printf(sb, "%s:", ty->field_names[i]);
		name_into(sb, ty->fields[i]);
	}
	strbuf_printf(sb, record ? "}" : ")");
}

static const char *const stack_modes[] = { "bpftrace", "perf", "raw" };

static void name_into(struct strbuf *sb, const struct type *ty)
{
	if (!ty) {
		strbuf_printf(sb, "unknown");
		return;
	}
	switch (ty->kind) {
	case TY_VOID:      strbuf_printf(sb, "void"); break;
	case TY_INT:
		if (ty->name)
			strbuf_printf(sb, "%s", ty->name);
		else
			strbuf_printf(sb, "%sint%u", ty->is_signed ? "" : "u", ty->size * 8);
		break;
	case TY_BOOL:      strbuf_printf(sb, "bool"); break;
	case TY_STRING:    strbuf_printf(sb, "string[%u]", ty->capacity); break;
	case TY_BUFFER:    strbuf_printf(sb, "buffer[%u]", ty->capacity); break;
	case TY_POINTER:
		name_into(sb, ty->target);
		strbuf_printf(sb, " *");
		break;
	case TY_STRUCT:
		strbuf_printf(sb, "%s %s", ty->is_union ? "union" : "struct",
			      ty->name ? ty->name : "(anonymous)");
		break;
	case TY_ARRAY:
		name_into(sb, ty->target);
		strbuf_printf(sb, "[%u]", ty->count);
		break;
	case TY_TUPLE:
	case TY_RECORD:    fields_into(sb, ty); break;
	case TY_STACK:
		strbuf_printf(sb, "%s(%s,%u)", ty->user ? "ustack" : "kstack", stack_modes[ty->mode],
			    ty->limit);
		break;
	case TY_KSYM:      strbuf_printf(sb, "ksym"); break;
	case TY_USYM:      strbuf_printf(sb, "usym"); break;
	case TY_INET:      strbuf_printf(sb, "inet"); break;
	case TY_TIMESTAMP: strbuf_printf(sb, "timestamp"); break;
	case TY_USERNAME:  strbuf_printf(sb, "username"); break;
	case TY_SYSCALL:   strbuf_printf(sb, "syscall_name"); break;
	case TY_COUNT:     strbuf_printf(sb, "count()"); break;
	case TY_SUM:
	case TY_MIN:
	case TY_MAX:
	case TY_AVG:
	case TY_STATS: {
		static const char *const names[] = { "sum", "min", "max", "avg", "stats" };
		strbuf_printf(sb, "%s(", names[ty->kind - TY_SUM]);
		name_into(sb, ty->target);
		strbuf_printf(sb, ")");
		break;
	}
	case TY_HIST:      strbuf_printf(sb, "hist(bits=%u)", ty->bits); break;
	case TY_LHIST:
		strbuf_printf(sb, "lhist(%lld,%lld,%lld)", (long long)ty->min, (long long)ty->max,
			    (long long)ty->step);
		break;
	case TY_KIND_COUNT:
		break;
	}
}

const char *type_name(struct arena *arena, const struct type *ty)
{
	struct strbuf sb = { 0 };
	name_into(&sb, ty);
	const char *s = arena_strdup(arena, strbuf_str(&sb));
	strbuf_free(&sb);
	return s;
}

void type_print(FILE *out, const struct type *ty)
{
	struct strbuf sb = { 0 };
	name_into(&sb, ty);
	fputs(strbuf_str(&sb), out);
	strbuf_free(&sb);
}
