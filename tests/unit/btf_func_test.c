/* Kernel function prototypes from BTF (fentry/fexit args and retval) and
 * the pt_regs names of reg(). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "providers/fentry.h"
#include "providers/kprobe.h"
#include "providers/list_btf.h"
#include "sema/btf_func.h"
#include "sema/pt_regs.h"
#include "util/arena.h"
#include "unit.h"

UNIT_TEST(pt_regs_offsets_follow_struct_pt_regs)
{
	CHECK_INT(pt_regs_offset("r15"), 0);
	CHECK_INT(pt_regs_offset("ax"), 80);
	CHECK_INT(pt_regs_offset("di"), 112);
	CHECK_INT(pt_regs_offset("ip"), 128);
	CHECK_INT(pt_regs_offset("ss"), 160);
	CHECK_INT(pt_regs_offset("rdi"), -1);
	CHECK_INT(pt_regs_offset(""), -1);
}

static bool have_btf(void)
{
	if (access("/sys/kernel/btf/vmlinux", R_OK) == 0)
		return true;
	unit_skip("no /sys/kernel/btf/vmlinux");
	return false;
}

UNIT_TEST(btf_func_finds_arguments)
{
	if (!have_btf())
		return;
	CHECK_INT(btf_func_arg_count("vfs_read"), 4);
	CHECK_INT(btf_func_arg_index("vfs_read", "file"), 0);
	CHECK_INT(btf_func_arg_index("vfs_read", "count"), 2);
	CHECK_INT(btf_func_arg_index("vfs_read", "nosuch"), -1);
	CHECK_INT(btf_func_arg_count("no_such_function_here"), -1);
	CHECK_STR(btf_func_first_match("vfs_rea?"), "vfs_read");
}

UNIT_TEST(btf_func_unknown_suggests)
{
	if (!have_btf())
		return;
	struct arena a = { 0 };
	const char *err = NULL;
	CHECK(btf_func_id(&a, "vfs_read", &err) > 0);
	CHECK(btf_func_id(&a, "vfs_reed", &err) < 0);
	CHECK_STR(err, "no function 'vfs_reed' in the kernel's BTF (did you mean vfs_read?)");
	arena_free(&a);
}

UNIT_TEST(fentry_functions_are_named_with_vmlinux)
{
	if (!have_btf())
		return;
	struct arena a = { 0 };
	struct probe_names names;
	const char *err = NULL;
	CHECK_INT(fentry_functions(&a, &names, &err), 0);
	bool found = false;
	for (size_t i = 0; i < names.len; i++)
		found |= !strcmp(names.names[i], "vmlinux:vfs_read");
	CHECK(found);
	for (size_t i = 1; i < names.len; i++)
		CHECK(strcmp(names.names[i - 1], names.names[i]) < 0);
	arena_free(&a);
}

UNIT_TEST(list_btf_prints_one_definition)
{
	if (!have_btf())
		return;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	const char *err = NULL;
	CHECK_INT(list_btf_types(f, "struct path", true, &err), 1);
	fclose(f);
	CHECK_STR(text, "struct path {\n\tstruct vfsmount *mnt;\n\tstruct dentry *dentry;\n};\n\n");
	free(text);
}

UNIT_TEST(kprobe_function_size_from_kallsyms)
{
	const char *text = "ffffffff81000100 T second\n"
			   "ffffffff81000000 T first\n"
			   "ffffffff81000040 t first_helper\t[mod]\n"
			   "ffffffff81000200 D data\n";
	uint64_t size = 0;
	CHECK_INT(kprobe_function_size_in(text, "first", &size), 0);
	CHECK_INT((int)size, 0x40);
	CHECK_INT(kprobe_function_size_in(text, "second", &size), 0);
	CHECK_INT((int)size, 0x100);
	CHECK_INT(kprobe_function_size_in(text, "firs", &size), -ENOENT);
	CHECK_INT(kprobe_function_size_in(text, "data", &size), -ENOENT);
}
