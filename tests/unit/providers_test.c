/* Unit tests for probe discovery: wildcards, tracepoint format files,
 * available_events, kprobe function lists, BTF raw tracepoints. Tests on
 * the running kernel skip when tracefs or BTF is out of reach. */
#include <errno.h>
#include <unistd.h>

#include "providers/kprobe.h"
#include "providers/perf_events.h"
#include "providers/probe_names.h"
#include "providers/rawtracepoint.h"
#include "providers/tracefs.h"
#include "providers/tracepoint.h"
#include "providers/tracepoint_format.h"
#include "unit.h"
#include "util/arena.h"
#include "util/glob.h"

UNIT_TEST(glob_matches_stars_and_question_marks)
{
	CHECK(glob_match("*", ""));
	CHECK(glob_match("*", "sched:sched_switch"));
	CHECK(glob_match("sched:*", "sched:sched_switch"));
	CHECK(glob_match("*:sched_switch", "sched:sched_switch"));
	CHECK(glob_match("*sleep*", "syscalls:sys_enter_nanosleep"));
	CHECK(glob_match("sched:sched_w?king", "sched:sched_waking"));
	CHECK(glob_match("a*b", "abab"));
	CHECK(glob_match("*a*a*a", "aaaa"));
	CHECK(!glob_match("sched:*", "sched"));
	CHECK(!glob_match("sched_switch", "sched:sched_switch"));
	CHECK(!glob_match("?", ""));
	CHECK(!glob_match("a*b", "abac"));
	CHECK(glob_has_wildcard("t:*"));
	CHECK(glob_has_wildcard("a?c"));
	CHECK(!glob_has_wildcard("tracepoint:sched:sched_switch"));
}

static const char synthetic_format[] =
	"name: demo\n"
	"ID: 42\n"
	"format:\n"
	"\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n"
	"\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;\n"
	"\n"
	"\tfield:char comm[16];\toffset:8;\tsize:16;\tsigned:0;\n"
	"\tfield:const char * path;\toffset:24;\tsize:8;\tsigned:0;\n"
	"\tfield:__data_loc char[] name;\toffset:32;\tsize:4;\tsigned:0;\n"
	"\tfield:__rel_loc u64[] addrs;\toffset:36;\tsize:4;\tsigned:0;\n"
	"\tfield:char comm2[TASK_COMM_LEN];\toffset:40;\tsize:16;\tsigned:0;\n"
	"\tfield:unsigned long args[];\toffset:56;\tsize:0;\tsigned:0;\n"
	"\tfield:long delta;\toffset:56;\tsize:8;\tsigned:1;\n"
	"\n"
	"print fmt: \"comm=%s\n"
	"\tfield:int bogus;\toffset:0;\tsize:4;\tsigned:1;\n"
	"\", REC->comm\n";

UNIT_TEST(tp_format_parses_synthetic_fields)
{
	struct arena a = { 0 };
	struct tp_format f;
	const char *err = NULL;
	CHECK_INT(tp_format_parse(&a, synthetic_format, sizeof(synthetic_format) - 1, &f, &err), 0);
	CHECK_STR(f.name, "demo");
	CHECK_INT(f.id, 42);
	CHECK_INT(f.nfields, 9); /* the field inside "print fmt" is not one */
	CHECK(f.fields[0].common && f.fields[1].common && !f.fields[2].common);
	CHECK(f.fields[1].is_signed);

	const struct tp_field *comm = tp_format_field(&f, "comm");
	CHECK(comm != NULL);
	if (comm) {
		CHECK_STR(comm->type, "char");
		CHECK_STR(comm->decl, "char comm[16]");
		CHECK_INT(comm->array_len, 16);
		CHECK_INT(comm->offset, 8);
		CHECK_INT(comm->size, 16);
	}
	const struct tp_field *path = tp_format_field(&f, "path");
	CHECK(path != NULL);
	if (path) {
		CHECK_STR(path->type, "const char *");
		CHECK_INT(path->array_len, -1);
		CHECK(!path->data_loc);
	}
	const struct tp_field *name = tp_format_field(&f, "name");
	CHECK(name != NULL);
	if (name) {
		CHECK_STR(name->type, "char");
		CHECK_STR(name->decl, "__data_loc char[] name");
		CHECK(name->data_loc && !name->rel_loc);
		CHECK_INT(name->array_len, 0);
		CHECK_INT(name->size, 4);
	}
	const struct tp_field *addrs = tp_format_field(&f, "addrs");
	CHECK(addrs && addrs->data_loc && addrs->rel_loc);
	CHECK(addrs && !strcmp(addrs->type, "u64"));
	const struct tp_field *comm2 = tp_format_field(&f, "comm2");
	CHECK(comm2 && comm2->array_len == 0 && comm2->size == 16);
	const struct tp_field *args = tp_format_field(&f, "args");
	CHECK(args && args->array_len == 0 && !args->data_loc);
	CHECK(args && !strcmp(args->type, "unsigned long"));
	const struct tp_field *delta = tp_format_field(&f, "delta");
	CHECK(delta && delta->is_signed && delta->size == 8);
	CHECK(tp_format_field(&f, "bogus") == NULL);
	arena_free(&a);
}

UNIT_TEST(tp_format_reports_bad_lines)
{
	struct arena a = { 0 };
	struct tp_format f;
	const char *err = NULL;
	static const char no_semicolon[] = "name: x\nID: 1\nformat:\n\tfield:int a\toffset:0\n";
	CHECK(tp_format_parse(&a, no_semicolon, sizeof(no_semicolon) - 1, &f, &err) < 0);
	CHECK_STR(err, "line 4: field line has no ';'");
	static const char no_size[] = "format:\n\tfield:int a;\toffset:0;\n";
	CHECK(tp_format_parse(&a, no_size, sizeof(no_size) - 1, &f, &err) < 0);
	CHECK_STR(err, "line 2: field line lacks offset or size");
	static const char no_name[] = "format:\n\tfield:int;\toffset:0;\tsize:4;\n";
	CHECK(tp_format_parse(&a, no_name, sizeof(no_name) - 1, &f, &err) < 0);
	static const char bad_id[] = "name: x\nID: twelve\nformat:\n";
	CHECK(tp_format_parse(&a, bad_id, sizeof(bad_id) - 1, &f, &err) < 0);
	CHECK_STR(err, "line 2: ID is not a number");
	static const char empty[] = "";
	CHECK(tp_format_parse(&a, empty, 0, &f, &err) < 0);
	arena_free(&a);
}

/* Loads a format file of this kernel, or skips when tracefs is out of reach. */
static bool load_real_format(struct arena *a, const char *category, const char *event,
			     struct tp_format *f)
{
	if (!tracefs_root()) {
		unit_skip(tracefs_error());
		return false;
	}
	const char *err = NULL;
	int ret = tp_format_load(a, category, event, f, &err);
	if (ret == -EACCES || ret == -EPERM) {
		unit_skip("tracefs format files need root");
		return false;
	}
	if (ret)
		unit_fail(__FILE__, __LINE__, "%s", err);
	return ret == 0;
}

UNIT_TEST(tp_format_reads_sched_switch)
{
	struct arena a = { 0 };
	struct tp_format f;
	if (load_real_format(&a, "sched", "sched_switch", &f)) {
		CHECK_STR(f.name, "sched_switch");
		CHECK(f.id > 0);
		int common = 0;
		for (int i = 0; i < f.nfields; i++)
			common += f.fields[i].common;
		CHECK_INT(common, 4);
		const struct tp_field *pid = tp_format_field(&f, "common_pid");
		CHECK(pid && pid->common && pid->is_signed && pid->size == 4);
		const struct tp_field *comm = tp_format_field(&f, "prev_comm");
		CHECK(comm && !comm->common && comm->array_len == 16 && comm->size == 16);
		CHECK(comm && !strcmp(comm->type, "char") && comm->offset == 8);
		const struct tp_field *prev = tp_format_field(&f, "prev_pid");
		CHECK(prev && !strcmp(prev->type, "pid_t") && prev->is_signed && prev->size == 4);
		CHECK(tp_format_field(&f, "next_pid") != NULL);
	}
	arena_free(&a);
}

UNIT_TEST(tp_format_reads_openat_filename_pointer)
{
	struct arena a = { 0 };
	struct tp_format f;
	if (load_real_format(&a, "syscalls", "sys_enter_openat", &f)) {
		const struct tp_field *nr = tp_format_field(&f, "__syscall_nr");
		CHECK(nr && !nr->common && !strcmp(nr->type, "int"));
		const struct tp_field *fn = tp_format_field(&f, "filename");
		CHECK(fn != NULL);
		if (fn) {
			CHECK_STR(fn->type, "const char *");
			CHECK_STR(fn->decl, "const char * filename");
			CHECK_INT(fn->size, 8);
			CHECK_INT(fn->array_len, -1);
			CHECK(!fn->data_loc);
		}
	}
	arena_free(&a);
}

UNIT_TEST(tp_format_reads_data_loc_filename)
{
	struct arena a = { 0 };
	struct tp_format f;
	if (load_real_format(&a, "sched", "sched_process_exec", &f)) {
		const struct tp_field *fn = tp_format_field(&f, "filename");
		CHECK(fn != NULL);
		if (fn) {
			CHECK(fn->data_loc && !fn->rel_loc);
			CHECK_STR(fn->type, "char");
			CHECK_STR(fn->decl, "__data_loc char[] filename");
			CHECK_INT(fn->size, 4);
			CHECK_INT(fn->array_len, 0);
		}
	}
	arena_free(&a);
}

UNIT_TEST(tracepoint_events_sorted_unique)
{
	struct arena a = { 0 };
	struct probe_names names = { 0 };
	char *text = arena_strdup(&a, "sched:sched_switch\nirq:irq_handler_entry\n"
				      "sched:sched_switch\nbogus\nblock:block_io_start\n");
	tracepoint_parse_events(&a, text, &names);
	CHECK_INT(names.len, 3);
	if (names.len == 3) {
		CHECK_STR(names.names[0], "block:block_io_start");
		CHECK_STR(names.names[1], "irq:irq_handler_entry");
		CHECK_STR(names.names[2], "sched:sched_switch");
	}
	arena_free(&a);
}

UNIT_TEST(tracepoint_events_of_this_kernel)
{
	if (!tracefs_root()) {
		unit_skip(tracefs_error());
		return;
	}
	struct arena a = { 0 };
	struct probe_names names;
	const char *err = NULL;
	int ret = tracepoint_events(&a, &names, &err);
	if (ret == -EACCES || ret == -EPERM) {
		unit_skip("tracefs available_events needs root");
	} else {
		CHECK_INT(ret, 0);
		CHECK(names.len > 100);
		bool found = false;
		for (size_t i = 0; i < names.len; i++) {
			found |= !strcmp(names.names[i], "sched:sched_switch");
			if (i)
				CHECK(strcmp(names.names[i - 1], names.names[i]) < 0);
		}
		CHECK(found);
	}
	arena_free(&a);
}

UNIT_TEST(kprobe_function_lists_parse)
{
	struct arena a = { 0 };
	struct probe_names plain = { 0 }, qualified = { 0 };
	const char filter[] = "vfs_read\ndo_sys_open\nfoo.part.0\nvfs_read\next4_sync [ext4]\n";
	kprobe_parse_filter_functions(&a, arena_strdup(&a, filter), false, &plain);
	kprobe_parse_filter_functions(&a, arena_strdup(&a, filter), true, &qualified);
	CHECK_INT(plain.len, 3);
	if (plain.len == 3) {
		CHECK_STR(plain.names[0], "do_sys_open");
		CHECK_STR(plain.names[1], "ext4_sync");
		CHECK_STR(plain.names[2], "vfs_read");
	}
	CHECK_INT(qualified.len, 3);
	if (qualified.len == 3) {
		CHECK_STR(qualified.names[0], "ext4:ext4_sync");
		CHECK_STR(qualified.names[1], "vmlinux:do_sys_open");
	}

	struct probe_names syms = { 0 };
	const char kallsyms[] = "ffffffff81000000 T _stext\n"
				"ffffffff81001000 t helper.part.3\n"
				"ffffffff81002000 D jiffies\n"
				"ffffffffc0001000 t xfs_fs_sync\t[xfs]\n";
	kprobe_parse_kallsyms(&a, arena_strdup(&a, kallsyms), true, &syms);
	CHECK_INT(syms.len, 2);
	if (syms.len == 2) {
		CHECK_STR(syms.names[0], "vmlinux:_stext");
		CHECK_STR(syms.names[1], "xfs:xfs_fs_sync");
	}
	arena_free(&a);
}

UNIT_TEST(perf_events_lookup_names_and_aliases)
{
	const struct perf_event_info *e = perf_event_lookup(false, "cpu");
	CHECK(e && !strcmp(e->name, "cpu-clock"));
	CHECK(perf_event_lookup(false, "page-faults") == perf_event_lookup(false, "faults"));
	CHECK(perf_event_lookup(true, "cycles") != NULL);
	CHECK(perf_event_lookup(false, "cycles") == NULL);
	for (size_t i = 1; i < perf_nsoftware_events; i++)
		CHECK(strcmp(perf_software_events[i - 1].name, perf_software_events[i].name) < 0);
	for (size_t i = 1; i < perf_nhardware_events; i++)
		CHECK(strcmp(perf_hardware_events[i - 1].name, perf_hardware_events[i].name) < 0);
}

static const struct rawtp_event *find_rawtp(const struct rawtp_catalog *c, const char *name,
					    size_t *index)
{
	for (size_t i = 0; i < c->names.len; i++) {
		if (!strcmp(c->events[i].name, name)) {
			*index = i;
			return &c->events[i];
		}
	}
	return NULL;
}

UNIT_TEST(rawtracepoints_from_kernel_btf)
{
	if (access("/sys/kernel/btf/vmlinux", R_OK)) {
		unit_skip("no kernel BTF at /sys/kernel/btf/vmlinux");
		return;
	}
	struct arena a = { 0 };
	struct rawtp_catalog c;
	const char *err = NULL;
	CHECK_INT(rawtp_catalog_load(&a, &c, &err), 0);
	CHECK(c.names.len > 100);
	for (size_t i = 1; i < c.names.len; i++)
		CHECK(strcmp(c.names.names[i - 1], c.names.names[i]) < 0);
	size_t index = 0;
	CHECK(find_rawtp(&c, "vmlinux:sched_switch", &index) != NULL);
	const char **args = NULL;
	int n = find_rawtp(&c, "vmlinux:sched_switch", &index)
			? rawtp_event_args(&c, index, &a, &args)
			: -1;
	CHECK_INT(n, 4);
	if (n == 4) {
		CHECK_STR(args[0], "bool preempt");
		CHECK_STR(args[1], "struct task_struct * prev");
		CHECK_STR(args[2], "struct task_struct * next");
		CHECK_STR(args[3], "unsigned int prev_state");
	}
	/* syscalls:sys_enter_* are perf-only events, not raw tracepoints. */
	CHECK(find_rawtp(&c, "vmlinux:sys_enter_openat", &index) == NULL);
	CHECK(find_rawtp(&c, "vmlinux:sys_enter", &index) != NULL);
	rawtp_catalog_free(&c);
	arena_free(&a);
}
