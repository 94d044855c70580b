/* Attach-point expansion (src/providers/expand.c) against fixed catalogs,
 * so no kernel is needed. */
#include "providers/expand.h"
#include "sema/probe_spec.h"
#include "unit.h"

static const char *const tracepoints[] = {
	"sched:sched_switch", "sched:sched_wakeup", "syscalls:sys_enter_open",
	"syscalls:sys_enter_openat", "syscalls:sys_enter_read", "syscalls:sys_exit_read",
};
static const char *const rawtracepoints[] = { "vmlinux:sched_switch", "vmlinux:sys_enter" };

static void fake_catalogs(struct expand_ctx *c)
{
	expand_ctx_init(c);
	c->tracepoints.names = (const char **)tracepoints;
	c->tracepoints.len = sizeof(tracepoints) / sizeof(tracepoints[0]);
	c->tracepoints_loaded = true;
	c->rawtracepoints.names = (const char **)rawtracepoints;
	c->rawtracepoints.len = 2;
	c->rawtracepoints_loaded = true;
}

static int expand(struct expand_ctx *c, struct arena *a, const char *text,
		  struct image_attach **out, const char **err)
{
	struct probe_spec spec;
	const char *perr;
	int col;
	if (!probe_spec_parse(a, text, &spec, &perr, &col)) {
		*err = perr;
		return -1;
	}
	return expand_attach_point(c, a, &spec, text, out, err);
}

UNIT_TEST(expand_tracepoint_exact_and_glob)
{
	struct expand_ctx c;
	struct arena a = { 0 };
	fake_catalogs(&c);
	struct image_attach *at = NULL;
	const char *err = NULL;
	CHECK_INT(expand(&c, &a, "tracepoint:syscalls:sys_enter_read", &at, &err), 1);
	CHECK_STR(at[0].name, "tracepoint:syscalls:sys_enter_read");
	CHECK_STR(at[0].spec->target, "syscalls");
	CHECK_STR(at[0].spec->func, "sys_enter_read");
	CHECK_INT(expand(&c, &a, "t:syscalls:sys_enter_open*", &at, &err), 2);
	CHECK_STR(at[0].name, "tracepoint:syscalls:sys_enter_open");
	CHECK_STR(at[1].name, "tracepoint:syscalls:sys_enter_openat");
	CHECK(!at[1].spec->wildcard);
	/* One field with a wildcard searches every category. */
	CHECK_INT(expand(&c, &a, "t:*read*", &at, &err), 2);
	CHECK_STR(at[1].name, "tracepoint:syscalls:sys_exit_read");
	CHECK_INT(expand(&c, &a, "tracepoint:sched:*", &at, &err), 2);
	expand_ctx_free(&c);
	arena_free(&a);
}

UNIT_TEST(expand_tracepoint_not_found)
{
	struct expand_ctx c;
	struct arena a = { 0 };
	fake_catalogs(&c);
	struct image_attach *at = NULL;
	const char *err = NULL;
	CHECK_INT(expand(&c, &a, "tracepoint:syscalls:sys_enter_nosuch", &at, &err), 0);
	CHECK_STR(err, "tracepoint:syscalls:sys_enter_nosuch: no such tracepoint");
	CHECK_INT(expand(&c, &a, "tracepoint:syscalls:sys_enter_reed", &at, &err), 0);
	CHECK_STR(err, "tracepoint:syscalls:sys_enter_reed: no such tracepoint "
		       "(did you mean tracepoint:syscalls:sys_enter_read?)");
	CHECK_INT(expand(&c, &a, "tracepoint:nosuch:*", &at, &err), 0);
	CHECK_STR(err, "tracepoint:nosuch:*: no tracepoint matches");
	expand_ctx_free(&c);
	arena_free(&a);
}

UNIT_TEST(expand_rawtracepoint)
{
	struct expand_ctx c;
	struct arena a = { 0 };
	fake_catalogs(&c);
	struct image_attach *at = NULL;
	const char *err = NULL;
	CHECK_INT(expand(&c, &a, "rawtracepoint:sched_switch", &at, &err), 1);
	CHECK_STR(at[0].name, "rawtracepoint:vmlinux:sched_switch");
	CHECK_STR(at[0].spec->func, "sched_switch");
	CHECK_INT(expand(&c, &a, "rt:sched_swich", &at, &err), 0);
	CHECK_STR(err, "rawtracepoint:sched_swich: no such raw tracepoint "
		       "(did you mean rawtracepoint:sched_switch?)");
	CHECK_INT(expand(&c, &a, "rawtracepoint:s*", &at, &err), 2);
	expand_ctx_free(&c);
	arena_free(&a);
}

UNIT_TEST(expand_names_of_other_providers)
{
	struct expand_ctx c;
	struct arena a = { 0 };
	fake_catalogs(&c);
	struct image_attach *at = NULL;
	const char *err = NULL;
	CHECK_INT(expand(&c, &a, "BEGIN", &at, &err), 1);
	CHECK_STR(at[0].name, "begin");
	CHECK_INT(expand(&c, &a, "i:s:1", &at, &err), 1);
	CHECK_STR(at[0].name, "interval:s:1");
	CHECK_INT(expand(&c, &a, "interval:100ms", &at, &err), 1);
	CHECK_STR(at[0].name, "interval:ms:100");
	CHECK_INT(expand(&c, &a, "profile:hz:99", &at, &err), 1);
	CHECK_STR(at[0].name, "profile:hz:99");
	/* Aliases become the event's name. */
	CHECK_INT(expand(&c, &a, "software:cpu:1000", &at, &err), 1);
	CHECK_STR(at[0].name, "software:cpu-clock:1000");
	CHECK_STR(at[0].spec->target, "cpu-clock");
	CHECK_INT(expand(&c, &a, "s:faults", &at, &err), 1);
	CHECK_STR(at[0].name, "software:page-faults");
	CHECK_INT(expand(&c, &a, "kprobe:do_nanosleep", &at, &err), 1);
	CHECK_STR(at[0].name, "kprobe:do_nanosleep");
	expand_ctx_free(&c);
	arena_free(&a);
}
