/* C definitions written in a script: struct, union, enum and typedef
 * bodies and `#define NAME value` lines, as bpftrace takes them before the
 * probes. They become language types (a struct the script defines is the
 * one every use sees, even when kernel BTF has one of the same name),
 * integer and string constants, and typedef names. Types come from BTF,
 * so `#include` brings in only the integer macros of the few headers that
 * tools include for them (header_macros.h); other headers are ignored.
 * #if, #ifdef, #ifndef, #elif, #else and #endif choose which definitions
 * are read, with BPFTRACE_HAVE_BTF defined when the kernel has BTF, as
 * bpftrace defines it (probes are not C and are always read).
 *
 * The parser knows the C that such scripts use: the basic integer types
 * and their spellings (`unsigned long`, `u32`, `uint64_t`, ...), pointers,
 * arrays, nested and anonymous structs and unions, bitfields, function
 * pointers (as `void *`), and constant expressions in enum values, array
 * sizes and #defines. Layouts follow the x86-64 System V ABI. */
#ifndef BPFSCOPE_SEMA_CDECL_H
#define BPFSCOPE_SEMA_CDECL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sema/types.h"

/* An enum value or an object-like #define. */
struct cdecl_const {
	const char *name;
	bool is_string;
	int64_t value;
	const char *str;             /* is_string: unescaped, NUL-terminated */
	uint32_t str_len;
	const struct type *ty;       /* integer type of the enum; NULL for #define */
	const char *enum_name;       /* "enum color" for enum values */
	struct cdecl_const *next;
};

struct cdecl_typedef {
	const char *name;
	const struct type *ty;
	struct cdecl_typedef *next;
};

/* Deeper #if nesting than any script needs: an error. */
#define CDECL_MAX_IF_DEPTH 32

/* One open #if group. */
struct cdecl_if {
	bool reading;                /* its definitions are read */
	bool done;                   /* a branch was taken (or the outer group is
	                              * skipped): later #elif and #else are not */
	bool seen_else;
};

struct cdecl_defs {
	struct type_table *types;
	struct cdecl_const *consts;
	struct cdecl_typedef *typedefs;
	uint32_t anonymous;          /* anonymous structs defined so far */
	struct cdecl_if ifs[CDECL_MAX_IF_DEPTH];
	int if_depth;
};

struct cdecl_error {
	const char *msg;
	size_t off, len;             /* where in the definition's text */
};

void cdecl_init(struct cdecl_defs *d, struct type_table *types);

/* Reads one definition (the text of one N_C_DEFINITION). Returns 0, or -1
 * with *err set. Definitions read before are visible to later ones. */
int cdecl_parse(struct cdecl_defs *d, const char *text, size_t len, struct cdecl_error *err);

/* A type written in C words (`unsigned long`, `u32`, `uint64_t`, a
 * typedef of the script or of the kernel), or NULL. */
const struct type *cdecl_type_name(struct cdecl_defs *d, const char *name);

const struct cdecl_const *cdecl_const_find(const struct cdecl_defs *d, const char *name);
const struct type *cdecl_typedef_find(const struct cdecl_defs *d, const char *name);

#endif
