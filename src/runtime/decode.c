/* Bytes from the kernel → out_value, by the storage layout of image.h. */
#include "runtime/decode.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "codegen/image.h"
#include "runtime/stacks.h"
#include "runtime/syscall_names.h"
#include "symbols/ksyms.h"
#include "symbols/usyms.h"
#include "util/arena.h"

static uint64_t load_u64(const void *p)
{
	uint64_t v;
	memcpy(&v, p, sizeof(v));
	return v;
}

int64_t decode_int(const struct type *ty, const void *p)
{
	(void)ty;
	/* Integers are stored as 64-bit values already extended by their
	 * type; the arithmetic that made them ran on 64 bits. */
	return (int64_t)load_u64(p);
}

static struct out_value decode_inet(struct arena *arena, const unsigned char *p)
{
	uint64_t family = load_u64(p);
	char text[INET6_ADDRSTRLEN];
	int af = family == AF_INET6 ? AF_INET6 : family == AF_INET ? AF_INET : -1;
	if (af < 0 || !inet_ntop(af, p + 8, text, sizeof(text)))
		return out_value_str(arena_strdup(arena, ""));
	return out_value_str(arena_strdup(arena, text));
}

/* The name /etc/passwd gives `uid` (NULL when none), read once per uid:
 * a username printed per event must not read the file per event. */
static const char *passwd_name(uint64_t uid)
{
	static struct {
		uint64_t uid;
		char *name;         /* NULL: not in /etc/passwd */
	} known[64];
	static size_t nknown;
	size_t used = nknown < sizeof(known) / sizeof(known[0]) ? nknown
								: sizeof(known) / sizeof(known[0]);
	for (size_t i = 0; i < used; i++)
		if (known[i].uid == uid)
			return known[i].name;
	char *name = NULL;
	FILE *f = fopen("/etc/passwd", "re");
	char line[1024];
	while (f && fgets(line, sizeof(line), f)) {
		char *name_end = strchr(line, ':');
		char *pw_end = name_end ? strchr(name_end + 1, ':') : NULL;
		if (!pw_end)
			continue;
		char *end;
		unsigned long long id = strtoull(pw_end + 1, &end, 10);
		if (end == pw_end + 1 || *end != ':' || id != uid)
			continue;
		name = strndup(line, (size_t)(name_end - line));
		break;
	}
	if (f)
		fclose(f);
	/* A full table reuses its slots in turn. */
	size_t slot = nknown++ % (sizeof(known) / sizeof(known[0]));
	if (nknown > sizeof(known) / sizeof(known[0]))
		free(known[slot].name);
	known[slot].uid = uid;
	known[slot].name = name;
	return name;
}

/* The user name of `uid` when the value is printed (as bpftrace does);
 * the number itself when no entry names it. */
static struct out_value decode_username(struct arena *arena, uint64_t uid)
{
	const char *name = passwd_name(uid);
	if (name)
		return out_value_str(arena_strdup(arena, name));
	char num[24];
	snprintf(num, sizeof(num), "%llu", (unsigned long long)uid);
	return out_value_str(arena_strdup(arena, num));
}

/* syscall_name(): the name from the build architecture's table; the
 * number, as text, for one the table lacks. */
static struct out_value decode_syscall(struct arena *arena, uint64_t nr)
{
	const char *name = syscall_names_lookup(nr);
	if (name)
		return out_value_str(name);
	char num[24];
	snprintf(num, sizeof(num), "%llu", (unsigned long long)nr);
	return out_value_str(arena_strdup(arena, num));
}

/* Items of a tuple, record or array: each decoded where the layout puts it. */
static struct out_value decode_list(struct arena *arena, const struct type *ty,
				    const unsigned char *p, size_t size)
{
	size_t n = ty->kind == TY_ARRAY ? ty->count : (size_t)ty->nfields;
	struct out_value *items = arena_alloc(arena, sizeof(*items) * (n ? n : 1));
	for (size_t i = 0; i < n; i++) {
		const struct type *ft = ty->kind == TY_ARRAY ? ty->target : ty->fields[i];
		size_t off = ty->kind == TY_ARRAY ? i * image_storage_size(ft)
						  : image_field_offset(ty, (int)i);
		size_t need = image_storage_size(ft);
		if (off + need > size)
			items[i] = (struct out_value){ .kind = OV_NONE };
		else
			items[i] = decode_value(arena, ft, p + off, need);
	}
	switch (ty->kind) {
	case TY_RECORD:
		return out_value_record(items, (const char *const *)ty->field_names, n);
	case TY_ARRAY:
		return out_value_array(items, n);
	default:
		return out_value_tuple(items, n);
	}
}

struct out_value decode_value(struct arena *arena, const struct type *ty, const void *p,
			      size_t size)
{
	const unsigned char *b = p;
	if (!ty || size < image_storage_size(ty))
		return (struct out_value){ .kind = OV_NONE };
	switch (ty->kind) {
	case TY_INT:
		if (type_enumerator_name(ty, decode_int(ty, b)))
			return out_value_symbol(type_enumerator_name(ty, decode_int(ty, b)),
						(uint64_t)decode_int(ty, b));
		if (ty->is_signed)
			return out_value_int(decode_int(ty, b));
		return out_value_uint((uint64_t)decode_int(ty, b));
	case TY_BOOL:
		return out_value_bool(load_u64(b) != 0);
	case TY_STRING:
		return out_value_strn((const char *)b, strnlen((const char *)b, ty->capacity));
	case TY_BUFFER: {
		size_t len = ty->capacity;
		if (type_buffer_has_length(ty) && b[ty->capacity] < len)
			len = b[ty->capacity];
		return out_value_buffer(b, len);
	}
	case TY_KSYM: {
		/* ksym(): the name alone, or the address when none matches. */
		uint64_t off;
		const char *name = ksyms_resolve(load_u64(b), &off);
		if (name)
			return out_value_str(name);
		return out_value_pointer(load_u64(b));
	}
	case TY_USYM: {
		/* usym(): the name alone, by the pid's mappings. */
		uint64_t off;
		const char *name = usyms_resolve((int)load_u64(b + 8), load_u64(b), &off, NULL);
		if (name)
			return out_value_str(name);
		return out_value_pointer(load_u64(b));
	}
	case TY_POINTER:
		return out_value_pointer(load_u64(b));
	case TY_STACK:
		return stacks_value(arena, ty, load_u64(b));
	case TY_TIMESTAMP:
	case TY_COUNT:
		return out_value_uint(load_u64(b));
	case TY_SUM:
		if (ty->target && ty->target->is_signed)
			return out_value_int((int64_t)load_u64(b));
		return out_value_uint(load_u64(b));
	case TY_INET:
		return decode_inet(arena, b);
	case TY_USERNAME:
		return decode_username(arena, load_u64(b));
	case TY_SYSCALL:
		return decode_syscall(arena, load_u64(b));
	case TY_TUPLE:
	case TY_RECORD:
	case TY_ARRAY:
		return decode_list(arena, ty, b, size);
	default:
		return (struct out_value){ .kind = OV_NONE };
	}
}
