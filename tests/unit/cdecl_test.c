/* The C definition parser: layouts checked against the C compiler's own
 * (each struct is written twice, as C here and as text for cdecl), enum
 * values, #defines, typedefs and errors. No BTF needed. */
#include <stddef.h>
#include <stdint.h>

#include "sema/cdecl.h"
#include "unit.h"
#include "util/arena.h"

struct fixture {
	struct arena arena;
	struct type_table types;
	struct cdecl_defs defs;
	struct cdecl_error err;
};

static void setup(struct fixture *f)
{
	memset(f, 0, sizeof(*f));
	types_init(&f->types, &f->arena);
	cdecl_init(&f->defs, &f->types);
}

static int parse(struct fixture *f, const char *text)
{
	return cdecl_parse(&f->defs, text, strlen(text), &f->err);
}

static uint32_t member_offset(const struct type *s, const char *name)
{
	int i = type_struct_member(s, name);
	return i < 0 ? UINT32_MAX : s->offsets[i];
}

struct mixed { char a; short b; char c; int d:5; int e:30; long f; char g[3]; unsigned long long h; };
struct nested { char c; struct mixed m; union { short s; long l; }; int tail[3]; struct mixed *p; };

UNIT_TEST(cdecl_struct_layout_matches_c)
{
	struct fixture f;
	setup(&f);
	CHECK_INT(parse(&f, "struct mixed { char a; short b; char c; int d:5; int e:30; long f; "
			    "char g[3]; unsigned long long h; };"), 0);
	CHECK_INT(parse(&f, "struct nested { char c; struct mixed m; union { short s; long l; }; "
			    "int tail[3]; struct mixed *p; };"), 0);
	const struct type *m = type_struct(&f.types, "mixed"), *n = type_struct(&f.types, "nested");
	CHECK(m->defined && n->defined);
	CHECK_INT(m->size, sizeof(struct mixed));
	CHECK_INT(m->align, _Alignof(struct mixed));
	CHECK_INT(member_offset(m, "b"), offsetof(struct mixed, b));
	CHECK_INT(member_offset(m, "f"), offsetof(struct mixed, f));
	CHECK_INT(member_offset(m, "g"), offsetof(struct mixed, g));
	CHECK_INT(member_offset(m, "h"), offsetof(struct mixed, h));
	CHECK_INT(n->size, sizeof(struct nested));
	CHECK_INT(member_offset(n, "m"), offsetof(struct nested, m));
	CHECK_INT(member_offset(n, "l"), offsetof(struct nested, l));
	CHECK_INT(member_offset(n, "tail"), offsetof(struct nested, tail));
	CHECK_INT(member_offset(n, "p"), offsetof(struct nested, p));
	CHECK_STR(type_name(&f.arena, m->fields[type_struct_member(m, "g")]), "string[3]");
	CHECK_STR(type_name(&f.arena, n->fields[type_struct_member(n, "p")]), "struct mixed *");
	arena_free(&f.arena);
}

UNIT_TEST(cdecl_bitfields)
{
	struct fixture f;
	setup(&f);
	/* a:3 b:5 share byte 0; c:9 does not fit in the short at bit 8, so it
	 * starts the next short; d:0 ends the unit; e lands in the int after. */
	CHECK_INT(parse(&f, "struct bits { unsigned char a:3, b:5; unsigned short c:9; "
			    "unsigned int :0; int e:7; };"), 0);
	const struct type *s = type_struct(&f.types, "bits");
	CHECK_INT(s->size, 8);
	int c = type_struct_member(s, "c"), e = type_struct_member(s, "e"), b = type_struct_member(s, "b");
	CHECK(s->bit_sizes != NULL);
	CHECK_INT(s->offsets[b], 0);
	CHECK_INT(s->bit_offsets[b], 3);
	CHECK_INT(s->bit_sizes[b], 5);
	CHECK_INT(s->offsets[c], 2);
	CHECK_INT(s->bit_offsets[c], 0);
	CHECK_INT(s->offsets[e], 4);
	CHECK_INT(s->bit_sizes[e], 7);
	arena_free(&f.arena);
}

UNIT_TEST(cdecl_enums_defines_typedefs)
{
	struct fixture f;
	setup(&f);
	CHECK_INT(parse(&f, "enum color { RED, GREEN = 1 << 3, BLUE, NEG = -(2 + 3) };"), 0);
	CHECK_INT(parse(&f, "#define MAX (BLUE * 2)"), 0);
	CHECK_INT(parse(&f, "#define NAME \"a\\tb\""), 0);
	CHECK_INT(parse(&f, "#define TWICE(x) ((x) * 2)"), 0);
	CHECK_INT(parse(&f, "#include <linux/sched.h>"), 0);
	CHECK_INT(parse(&f, "typedef struct point { int x, y; } point_t, *point_p;"), 0);
	CHECK_INT(parse(&f, "typedef int (*callback)(int, char *);"), 0);
	CHECK_INT(cdecl_const_find(&f.defs, "BLUE")->value, 9);
	CHECK_INT(cdecl_const_find(&f.defs, "NEG")->value, -5);
	CHECK_INT(cdecl_const_find(&f.defs, "MAX")->value, 18);
	CHECK_STR(cdecl_const_find(&f.defs, "NAME")->str, "a\tb");
	CHECK(cdecl_const_find(&f.defs, "TWICE") == NULL);
	CHECK_STR(type_name(&f.arena, cdecl_const_find(&f.defs, "GREEN")->ty), "enum color");
	CHECK_STR(type_enumerator_name(cdecl_const_find(&f.defs, "RED")->ty, 8), "GREEN");
	CHECK_STR(type_enumerator_name(cdecl_const_find(&f.defs, "RED")->ty, 9), "BLUE");
	CHECK_STR(type_name(&f.arena, cdecl_typedef_find(&f.defs, "point_t")), "struct point");
	CHECK_STR(type_name(&f.arena, cdecl_typedef_find(&f.defs, "point_p")), "struct point *");
	CHECK_STR(type_name(&f.arena, cdecl_typedef_find(&f.defs, "callback")), "void *");
	arena_free(&f.arena);
}

UNIT_TEST(cdecl_errors)
{
	static const struct { const char *text, *msg; size_t off; } cases[] = {
		{ "struct s { int a; int a; };", "duplicate member 'a'", 22 },
		{ "struct s { int a; foo_t b; };", "unknown type 'foo_t'", 18 },
		{ "struct s { int a }", "expected ';'", 17 },
		{ "enum e { A = B };", "unknown identifier 'B'", 13 },
		{ "struct s { int a[1 / 0]; };", "division by zero in a constant expression", 19 },
		{ "struct s { int a; }; struct s { int b; };", "unexpected text after the definition", 21 },
		{ "struct s { char c[100000][100000]; };", "array too large", 16 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct fixture f;
		setup(&f);
		CHECK_INT(parse(&f, cases[i].text), -1);
		CHECK_STR(f.err.msg, cases[i].msg);
		CHECK_INT(f.err.off, cases[i].off);
		arena_free(&f.arena);
	}
}
