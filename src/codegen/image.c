/* The storage layout of values in maps and ring buffer records, shared by
 * the code generator and the runtime's decoder (see image.h). */
#include "codegen/image.h"

#include "runtime/hist.h"

static uint32_t align_up(uint32_t n, uint32_t align)
{
	return align > 1 ? (n + align - 1) / align * align : n;
}

/* Offset of each field and the total size, computed in one walk so the two
 * can never disagree. */
static uint32_t layout_fields(const struct type *ty, int upto)
{
	uint32_t off = 0;
	for (int i = 0; i < ty->nfields; i++) {
		off = align_up(off, image_storage_align(ty->fields[i]));
		if (i == upto)
			return off;
		off += image_storage_size(ty->fields[i]);
	}
	return align_up(off, image_storage_align(ty));
}

uint32_t image_storage_align(const struct type *ty)
{
	if (!ty)
		return 8;
	switch (ty->kind) {
	case TY_STRING:
	case TY_BUFFER:
	case TY_VOID:
		return 1;
	case TY_ARRAY:
		return ty->target ? image_storage_align(ty->target) : 1;
	case TY_STRUCT:
		return ty->align ? ty->align : 1;
	case TY_TUPLE:
	case TY_RECORD: {
		uint32_t align = 1;
		for (int i = 0; i < ty->nfields; i++) {
			uint32_t a = image_storage_align(ty->fields[i]);
			if (a > align)
				align = a;
		}
		return align;
	}
	default:
		return 8;
	}
}

uint32_t image_storage_size(const struct type *ty)
{
	if (!ty)
		return 8;
	switch (ty->kind) {
	case TY_VOID:
		return 0;
	case TY_INT:
	case TY_BOOL:
	case TY_POINTER:
	case TY_KSYM:
	case TY_TIMESTAMP:
	case TY_USERNAME:
	case TY_SYSCALL:
	case TY_STACK:      /* pid << 32 | stack id */
	case TY_COUNT:
	case TY_SUM:
		return 8;
	case TY_USYM:       /* address, pid whose mappings symbolize it */
		return 16;
	case TY_STRING:
		return ty->capacity;
	case TY_BUFFER:
		return ty->size;
	case TY_STRUCT:
		return ty->size;
	case TY_ARRAY:
		return ty->target ? image_storage_size(ty->target) * ty->count : 0;
	case TY_INET:
		return 24;
	case TY_MIN:
	case TY_MAX:
	case TY_AVG:
	case TY_STATS:
		return 16;
	case TY_HIST:
		return (uint32_t)(8 * hist_bucket_count(ty->bits));
	case TY_LHIST:
		return (uint32_t)(8 * lhist_bucket_count(ty->min, ty->max, ty->step));
	case TY_TUPLE:
	case TY_RECORD:
		return layout_fields(ty, -1);
	case TY_KIND_COUNT:
		break;
	}
	return 8;
}

uint32_t image_field_offset(const struct type *ty, int i)
{
	if (!ty || (ty->kind != TY_TUPLE && ty->kind != TY_RECORD) || i < 0 || i >= ty->nfields)
		return 0;
	return layout_fields(ty, i);
}

const struct image_map *image_map_by_role(const struct image *img, enum image_map_role role)
{
	for (size_t i = 0; i < img->nmaps; i++)
		if (img->maps[i].role == role)
			return &img->maps[i];
	return NULL;
}
