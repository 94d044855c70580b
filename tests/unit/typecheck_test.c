/* The type pass: programs through frontend_compile and typecheck_run with a
 * fake tracepoint format, checked through the `-d types` printer and the
 * exact diagnostics. */
#include "frontend/frontend.h"
#include "sema/typecheck.h"
#include "unit.h"

#include <stdlib.h>
#include <unistd.h>

static const char openat_format[] =
	"name: sys_enter_openat\n"
	"ID: 600\n"
	"format:\n"
	"\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n"
	"\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;\n"
	"\n"
	"\tfield:int __syscall_nr;\toffset:8;\tsize:4;\tsigned:1;\n"
	"\tfield:int dfd;\toffset:16;\tsize:8;\tsigned:0;\n"
	"\tfield:const char * filename;\toffset:24;\tsize:8;\tsigned:0;\n"
	"\tfield:char comm[16];\toffset:32;\tsize:16;\tsigned:0;\n"
	"\tfield:__data_loc char[] path;\toffset:48;\tsize:4;\tsigned:0;\n"
	"\tfield:short prio;\toffset:52;\tsize:2;\tsigned:1;\n"
	"\n"
	"print fmt: \"\"\n";

static const struct tp_format *fake_format(void *ctx, const char *category, const char *event,
					   const char **err)
{
	static struct tp_format f;
	if (strcmp(category, "syscalls") || strcmp(event, "sys_enter_openat")) {
		*err = "no such tracepoint";
		return NULL;
	}
	if (tp_format_parse(ctx, openat_format, sizeof(openat_format) - 1, &f, err) < 0)
		return NULL;
	return &f;
}

struct typed {
	struct compilation c;
	char *types;     /* typecheck_print output */
	char *errors;    /* diagnostics of the type pass */
	int nerrors;
};

static void typecheck(struct typed *t, const char *text)
{
	struct sema_options opts = { 0 };
	FILE *sink = fopen("/dev/null", "w");
	CHECK_INT(frontend_compile(&t->c, "test", text, strlen(text), &opts, sink, false), 0);
	fclose(sink);
	size_t len;
	FILE *err = open_memstream(&t->errors, &len);
	t->c.diag.out = err;
	struct typecheck_env env = { .tracepoint_format = fake_format, .ctx = &t->c.arena };
	t->nerrors = typecheck_run(&t->c.arena, t->c.program, &t->c.diag, &env);
	fclose(err);
	FILE *out = open_memstream(&t->types, &len);
	typecheck_print(out, &t->c.src, t->c.program);
	fclose(out);
}

static void done(struct typed *t)
{
	free(t->types);
	free(t->errors);
	frontend_free(&t->c);
}

/* `line` must be one whole line of the -d types output. */
static bool has_line(const struct typed *t, const char *line)
{
	size_t n = strlen(line);
	for (const char *p = strstr(t->types, line); p; p = strstr(p + 1, line))
		if ((p == t->types || p[-1] == '\n') && p[n] == '\n')
			return true;
	return false;
}

#define CHECK_TYPE(t, line)                                                         \
	do {                                                                        \
		if (!has_line((t), (line)))                                         \
			unit_fail(__FILE__, __LINE__, "no line \"%s\" in:\n%s", (line), \
				  (t)->types);                                      \
	} while (0)

/* The first line of the first diagnostic. */
static const char *first_error(struct typed *t)
{
	char *nl = strchr(t->errors, '\n');
	if (nl)
		*nl = '\0';
	return t->errors;
}

UNIT_TEST(typecheck_literals_take_the_smallest_type)
{
	struct typed t;
	typecheck(&t, "begin { $a = 1; $b = 300; $c = -1; $d = -129; $e = 70000; $f = 5000000000; }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:14 int 1 : uint8");
	CHECK_TYPE(&t, "1:22 int 300 : uint16");
	CHECK_TYPE(&t, "1:32 unary - : int8");
	CHECK_TYPE(&t, "1:41 unary - : int16");
	CHECK_TYPE(&t, "1:52 int 70000 : uint32");
	CHECK_TYPE(&t, "1:64 int 5000000000 : uint64");
	/* Stored in a variable, a literal is a 64-bit integer, as in bpftrace. */
	CHECK_TYPE(&t, "1:9 var $a : int64");
	CHECK_TYPE(&t, "1:59 var $f : int64");
	done(&t);
}

UNIT_TEST(typecheck_builtin_variables)
{
	struct typed t;
	typecheck(&t, "kprobe:f { @a = pid; @b = nsecs; @c = comm; @d = arg0; @e = cpu; @f = sarg1; }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:17 ident pid : uint32");
	CHECK_TYPE(&t, "1:27 ident nsecs : uint64");
	CHECK_TYPE(&t, "1:39 ident comm : string[16]");
	CHECK_TYPE(&t, "1:50 ident arg0 : uint64");
	CHECK_TYPE(&t, "1:61 ident cpu : uint32");
	CHECK_TYPE(&t, "1:71 ident sarg1 : int64");
	done(&t);
}

UNIT_TEST(typecheck_tracepoint_args_from_the_format)
{
	struct typed t;
	typecheck(&t, "tracepoint:syscalls:sys_enter_openat { $a = args.dfd; $b = args.filename; "
		      "$c = args.comm; $d = args.path; $e = args->prio; $f = str(args.filename); }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:45 field dfd : uint64");
	CHECK_TYPE(&t, "1:60 field filename : int8 *");
	CHECK_TYPE(&t, "1:80 field comm : string[16]");
	CHECK_TYPE(&t, "1:96 field path : string[64]");
	CHECK_TYPE(&t, "1:112 field prio : int16");
	CHECK_TYPE(&t, "1:129 call str : string[64]");
	done(&t);
}

UNIT_TEST(typecheck_args_record_leaves_out_the_common_header)
{
	struct typed t;
	typecheck(&t, "tracepoint:syscalls:sys_enter_openat { print(args); }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:46 ident args : {__syscall_nr:int32,dfd:uint64,filename:int8 *,"
		       "comm:string[16],path:string[64],prio:int16}");
	done(&t);
}

UNIT_TEST(typecheck_unknown_tracepoint_field_is_an_error)
{
	struct typed t;
	typecheck(&t, "tracepoint:syscalls:sys_enter_openat { @x = args.nope; }");
	CHECK_INT(t.nerrors, 1);
	CHECK_STR(first_error(&t), "test:1:45: error: tracepoint args have no field 'nope'");
	done(&t);
}

UNIT_TEST(typecheck_map_value_mismatch_names_both_places)
{
	struct typed t;
	/* sema already rejects string vs integer values; the type pass says
	 * which types, so check it on its own diagnostics. */
	struct sema_options opts = { 0 };
	const char *text = "begin { @m[1] = \"a\"; @m[2] = 5; }";
	FILE *sink = fopen("/dev/null", "w");
	frontend_compile(&t.c, "test", text, strlen(text), &opts, sink, false);
	fclose(sink);
	size_t len;
	FILE *err = open_memstream(&t.errors, &len);
	t.c.diag.out = err;
	t.c.diag.errors = 0;
	CHECK_INT(typecheck_run(&t.c.arena, t.c.program, &t.c.diag, NULL), 1);
	fclose(err);
	t.types = NULL;
	CHECK_STR(first_error(&t),
		  "test:1:30: error: map '@m' is assigned int64 here, but string[2] at 1:17");
	done(&t);
}

UNIT_TEST(typecheck_map_key_mismatch)
{
	struct typed t;
	typecheck(&t, "begin { @k[\"a\"] = 1; @k[2] = 1; }");
	CHECK_INT(t.nerrors, 1);
	CHECK_STR(first_error(&t),
		  "test:1:25: error: map '@k' is used with key uint8 here, but with key string[2] at 1:12");
	done(&t);
}

UNIT_TEST(typecheck_maps_widen_to_the_largest_value)
{
	struct typed t;
	typecheck(&t, "begin { @a = 1; @a = 1000; @k[1] = 0; @k[pid] = 0; $x = @a; }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:9 map @a : int64");
	CHECK_TYPE(&t, "1:17 map @a : int64");
	CHECK_TYPE(&t, "1:52 var $x : int64");
	done(&t);
}

UNIT_TEST(typecheck_scratch_variable_mismatch)
{
	struct typed t;
	typecheck(&t, "begin { $x = 1; $x = \"s\"; }");
	CHECK_INT(t.nerrors, 1);
	CHECK_STR(first_error(&t),
		  "test:1:22: error: variable '$x' is assigned string[2] here, but int64 at 1:9");
	done(&t);
}

UNIT_TEST(typecheck_scratch_variables_widen_everywhere)
{
	struct typed t;
	typecheck(&t, "begin { $x = 1; $x = 100000; @y = $x; }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:9 var $x : int64");
	CHECK_TYPE(&t, "1:35 var $x : int64");
	done(&t);
}

UNIT_TEST(typecheck_ternary_branches_must_agree)
{
	struct typed t;
	typecheck(&t, "begin { $y = 1 ? 2 : \"a\"; }");
	CHECK_INT(t.nerrors, 1);
	CHECK_STR(first_error(&t),
		  "test:1:14: error: ternary branches have different types: uint8 and string[2]");
	done(&t);
	typecheck(&t, "begin { $y = pid > 1 ? 2 : -1; $s = 1 ? \"ab\" : \"abcd\"; }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:14 ternary : int8");
	CHECK_TYPE(&t, "1:37 ternary : string[5]");
	done(&t);
}

UNIT_TEST(typecheck_comparisons_yield_bool)
{
	struct typed t;
	typecheck(&t, "begin { $a = pid == 1; $b = comm == \"bash\"; $c = 1 < 2 && 3; }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:14 binary == : bool");
	CHECK_TYPE(&t, "1:14 ident pid : uint32");
	CHECK_TYPE(&t, "1:29 binary == : bool");
	CHECK_TYPE(&t, "1:50 binary && : bool");
	done(&t);
}

UNIT_TEST(typecheck_string_plus_int_is_an_error)
{
	struct typed t;
	typecheck(&t, "begin { $z = \"a\" + 1; }");
	CHECK_INT(t.nerrors, 1);
	CHECK_STR(first_error(&t),
		  "test:1:14: error: operator '+' cannot combine string[2] and uint8");
	done(&t);
	typecheck(&t, "begin { if (comm == 1) { } }");
	CHECK_INT(t.nerrors, 1);
	CHECK_STR(first_error(&t), "test:1:13: error: cannot compare string[16] with uint8");
	done(&t);
}

UNIT_TEST(typecheck_arithmetic_promotion)
{
	struct typed t;
	typecheck(&t, "begin { $a = pid + 1; $b = pid + nsecs; $c = (int32)1 + pid; "
		      "$d = (int8)1 + (int16)2; $e = pid - 1000000; }");
	CHECK_INT(t.nerrors, 0);
	/* 64-bit arithmetic: unsigned only when both sides are unsigned values. */
	CHECK_TYPE(&t, "1:14 binary + : int64");
	CHECK_TYPE(&t, "1:28 binary + : uint64");
	CHECK_TYPE(&t, "1:46 binary + : int64");
	CHECK_TYPE(&t, "1:67 binary + : int64");
	CHECK_TYPE(&t, "1:92 binary - : int64");
	done(&t);
}

UNIT_TEST(typecheck_tuples_compare_element_wise)
{
	struct typed t;
	typecheck(&t, "begin { $a = (1, \"a\"); $b = (pid, \"bc\"); if ($a == $b) { } }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:9 var $a : (uint8,string[2])");
	CHECK_TYPE(&t, "1:24 var $b : (uint32,string[3])");
	done(&t);
	typecheck(&t, "begin { $a = (1, \"a\"); $b = (1, 2); if ($a == $b) { } }");
	CHECK_INT(t.nerrors, 1);
	CHECK_STR(first_error(&t),
		  "test:1:41: error: cannot compare (uint8,string[2]) with (uint8,uint8)");
	done(&t);
}

UNIT_TEST(typecheck_tuple_layout_is_like_a_c_struct)
{
	struct arena arena = { 0 };
	struct type_table types;
	types_init(&types, &arena);
	const struct type *elems[] = { type_int(&types, 1, false), type_int(&types, 8, true),
				       type_string(&types, 3), type_int(&types, 4, false) };
	const struct type *t = type_tuple(&types, 4, elems);
	CHECK_INT(t->offsets[0], 0);
	CHECK_INT(t->offsets[1], 8);
	CHECK_INT(t->offsets[2], 16);
	CHECK_INT(t->offsets[3], 20);
	CHECK_INT(t->size, 24);
	CHECK_INT(t->align, 8);
	CHECK(type_tuple(&types, 4, elems) == t);
	CHECK(type_int(&types, 4, false) == elems[3]);
	CHECK(type_string(&types, 16) != type_string(&types, 17));
	arena_free(&arena);
}

UNIT_TEST(typecheck_aggregations_are_map_value_types)
{
	struct typed t;
	typecheck(&t, "kprobe:f { @c = count(); @s = sum(arg0); @m = min((int32)arg1); @h = hist(arg0); "
		      "@l = lhist(arg0, 0, 100, 10); @a = avg(1); @st = stats(2); }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:12 map @c : count()");
	CHECK_TYPE(&t, "1:26 map @s : sum(uint64)");
	CHECK_TYPE(&t, "1:42 map @m : min(int64)");
	CHECK_TYPE(&t, "1:65 map @h : hist(bits=0)");
	CHECK_TYPE(&t, "1:82 map @l : lhist(0,100,10)");
	CHECK_TYPE(&t, "1:112 map @a : avg(uint64)");
	CHECK_TYPE(&t, "1:125 map @st : stats(uint64)");
	done(&t);
}

UNIT_TEST(typecheck_special_value_types)
{
	struct typed t;
	typecheck(&t, "kprobe:f { @a[kstack] = 1; @b[ustack(perf, 5)] = 1; @c = ksym(arg0); @d = func; "
		      "@e = ntop(arg0); @f = strftime(\"%H\", nsecs); @g = buf(arg0, 8); @h = str(arg0, 10); }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:15 ident kstack : kstack(bpftrace,127)");
	CHECK_TYPE(&t, "1:31 call ustack : ustack(perf,5)");
	CHECK_TYPE(&t, "1:58 call ksym : ksym");
	/* one program per kernel function: `func` is its name, a constant string */
	CHECK_TYPE(&t, "1:75 ident func : string[64]");
	CHECK_TYPE(&t, "1:86 call ntop : inet");
	CHECK_TYPE(&t, "1:103 call strftime : timestamp");
	CHECK_TYPE(&t, "1:131 call buf : buffer[8]");
	CHECK_TYPE(&t, "1:150 call str : string[10]");
	done(&t);
}

UNIT_TEST(typecheck_kernel_structs_come_from_btf)
{
	struct typed t;
	if (access("/sys/kernel/btf/vmlinux", R_OK)) {
		unit_skip("no /sys/kernel/btf/vmlinux");
		return;
	}
	typecheck(&t, "kprobe:f { $t = curtask; $p = curtask->pid; $s = (struct sock *)arg0; "
		      "$q = $s->__sk_common.skc_family; }");
	CHECK_INT(t.nerrors, 0);
	CHECK_TYPE(&t, "1:12 var $t : struct task_struct *");
	CHECK_TYPE(&t, "1:50 cast : struct sock *");
	CHECK(strstr(t.types, "var $p : int32") != NULL);
	CHECK(strstr(t.types, "var $q : uint16") != NULL);
	done(&t);
}

UNIT_TEST(typecheck_unknown_tracepoint_reports_the_reason)
{
	struct typed t;
	typecheck(&t, "tracepoint:sched:nope { @x = args.a; }");
	CHECK_INT(t.nerrors, 1);
	CHECK_STR(first_error(&t),
		  "test:1:30: error: cannot type 'args': tracepoint sched:nope: no such tracepoint");
	done(&t);
}
