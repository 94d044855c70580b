/* Turning the bytes of a map key, map value or ring buffer record back into
 * a typed value for the output engine, following the storage layout of
 * codegen/image.h (integers in 8 bytes, strings at their capacity, tuples
 * and records at image_field_offset()). */
#ifndef BPFSCOPE_RUNTIME_DECODE_H
#define BPFSCOPE_RUNTIME_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/out_value.h"
#include "sema/types.h"

struct arena;

/* Decodes the value of type `ty` stored at `p` (`size` bytes available;
 * fields beyond them decode as OV_NONE). Strings and buffers point into
 * `p`, which must outlive the value; tuple items and formatted text (inet
 * addresses) come from `arena`. A NULL or non-printable type gives OV_NONE. */
struct out_value decode_value(struct arena *arena, const struct type *ty, const void *p,
			      size_t size);

/* The integer stored at `p` for type `ty` (8 bytes of storage), truncated to
 * the type's width and sign-extended when the type is signed. */
int64_t decode_int(const struct type *ty, const void *p);

#endif
