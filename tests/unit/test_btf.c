/* Kernel types from the running kernel's BTF (sema/btf.c), checked against
 * what libbpf itself reads from /sys/kernel/btf/vmlinux. */
#include "sema/btf.h"
#include "unit.h"
#include "util/arena.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>

static bool have_btf(void)
{
	const char *why = btf_unavailable();
	if (why)
		unit_skip(why);
	return !why;
}

static struct type_table *table(struct arena *a)
{
	static struct type_table t;
	types_init(&t, a);
	return &t;
}

/* The byte offset libbpf gives member `name` of struct `owner`. */
static long btf_offset(const char *owner, const char *name)
{
	struct btf *btf = btf__load_vmlinux_btf();
	long off = -1;
	int id = btf ? btf__find_by_name_kind(btf, owner, BTF_KIND_STRUCT) : -1;
	if (id > 0) {
		const struct btf_type *t = btf__type_by_id(btf, (uint32_t)id);
		const struct btf_member *m = btf_members(t);
		for (int i = 0; i < btf_vlen(t); i++, m++)
			if (!strcmp(btf__name_by_offset(btf, m->name_off), name))
				off = (long)btf_member_bit_offset(t, (uint32_t)i) / 8;
	}
	btf__free(btf);
	return off;
}

static const struct type *member(const struct type *s, const char *name, uint32_t *offset)
{
	int i = type_struct_member(s, name);
	if (i < 0)
		return NULL;
	if (offset)
		*offset = s->offsets[i];
	return s->fields[i];
}

UNIT_TEST(btf_task_struct_members)
{
	if (!have_btf())
		return;
	struct arena a = { 0 };
	struct type_table *t = table(&a);
	const struct type *task = btf_struct_type(t, "task_struct", false);
	CHECK(task->defined);
	CHECK(task == type_struct(t, "task_struct"));
	CHECK(task->size > 1000);
	uint32_t off = 0;
	const struct type *pid = member(task, "pid", &off);
	CHECK(pid == type_int(t, 4, true));
	CHECK_INT(off, btf_offset("task_struct", "pid"));
	const struct type *comm = member(task, "comm", &off);
	CHECK(comm == type_string(t, 16));
	CHECK_INT(off, btf_offset("task_struct", "comm"));
	const struct type *parent = member(task, "real_parent", NULL);
	CHECK(parent == type_pointer(t, task));
	const struct type *se = member(task, "se", NULL);
	CHECK(se && se->kind == TY_STRUCT && se->defined);
	CHECK(member(se, "vruntime", &off) == type_int(t, 8, false));
	CHECK_INT(off, btf_offset("sched_entity", "vruntime"));
	arena_free(&a);
}

UNIT_TEST(btf_pointer_targets_defined_on_use)
{
	if (!have_btf())
		return;
	struct arena a = { 0 };
	struct type_table *t = table(&a);
	const struct type *task = btf_struct_type(t, "task_struct", false);
	const struct type *mm = member(task, "mm", NULL);
	CHECK(mm && mm->kind == TY_POINTER && mm->target == type_struct(t, "mm_struct"));
	CHECK(!mm->target->defined);
	const char *err = NULL;
	CHECK_INT(btf_struct_complete(t, mm->target, &err), 0);
	CHECK(mm->target->defined && type_struct_member(mm->target, "mmap_base") >= 0);
	CHECK(btf_struct_complete(t, type_struct(t, "no_such_struct_xyz"), &err) < 0);
	CHECK_STR(err, "not found in kernel BTF");
	arena_free(&a);
}

/* sk_buff starts with an anonymous union of an anonymous struct holding
 * next, prev and an anonymous union with dev: all read as its members. */
UNIT_TEST(btf_anonymous_members_flattened)
{
	if (!have_btf())
		return;
	struct arena a = { 0 };
	struct type_table *t = table(&a);
	const struct type *skb = btf_struct_type(t, "sk_buff", false);
	uint32_t off = 1;
	const struct type *next = member(skb, "next", &off);
	CHECK(next == type_pointer(t, skb));
	CHECK_INT(off, 0);
	const struct type *dev = member(skb, "dev", &off);
	CHECK(dev == type_pointer(t, type_struct(t, "net_device")));
	CHECK_INT(off, 16);
	CHECK(member(skb, "len", &off) == type_int(t, 4, false));
	CHECK_INT(off, btf_offset("sk_buff", "len"));
	arena_free(&a);
}

UNIT_TEST(btf_bitfields)
{
	if (!have_btf())
		return;
	struct arena a = { 0 };
	struct type_table *t = table(&a);
	const struct type *task = btf_struct_type(t, "task_struct", false);
	int i = type_struct_member(task, "in_execve");
	CHECK(i >= 0 && task->bit_sizes && task->bit_offsets);
	if (i < 0 || !task->bit_sizes)
		goto out;
	CHECK_INT(task->bit_sizes[i], 1);
	CHECK(task->fields[i] == type_int(t, 4, false));
	CHECK_INT(task->offsets[i] % 4, 0);
	CHECK(task->bit_offsets[i] < 32);
	int pid = type_struct_member(task, "pid");
	CHECK(pid >= 0 && task->bit_sizes[pid] == 0);
out:
	arena_free(&a);
}

UNIT_TEST(btf_raw_tracepoint_sched_switch)
{
	if (!have_btf())
		return;
	struct arena a = { 0 };
	struct type_table *t = table(&a);
	const char *err = NULL;
	const struct type *args = btf_raw_tracepoint_args(t, "sched_switch", &err);
	CHECK(args && args->kind == TY_RECORD);
	if (!args)
		goto out;
	const struct type *task = type_pointer(t, type_struct(t, "task_struct"));
	CHECK_STR(type_name(&a, args),
		  "{preempt:bool,prev:struct task_struct *,next:struct task_struct *,prev_state:uint32}");
	CHECK(args->fields[1] == task && args->fields[2] == task);
	CHECK(!btf_raw_tracepoint_args(t, "no_such_event_xyz", &err));
	CHECK_STR(err, "no such raw tracepoint in kernel BTF");
out:
	arena_free(&a);
}

UNIT_TEST(btf_typedefs)
{
	if (!have_btf())
		return;
	struct arena a = { 0 };
	struct type_table *t = table(&a);
	CHECK(btf_typedef_type(t, "pid_t") == type_int(t, 4, true));
	CHECK(btf_typedef_type(t, "u64") == type_int(t, 8, false));
	CHECK(btf_typedef_type(t, "bool") == type_bool(t));
	CHECK(!btf_typedef_type(t, "no_such_typedef_xyz"));
	arena_free(&a);
}
