/* The -l driver. Each listable provider is a row of `listers`: where its
 * names come from, how a pattern maps onto them, and how -lv shows a
 * probe's arguments. Names are loaded on first use and kept, so
 * `-l 'tracepoint:sched:*'` reads one tracefs file and never touches BTF.
 *
 * Output follows bpftrace 0.26 (src/probe_matcher.cpp): providers in
 * alphabetical order, the names of each sorted bytewise, and a pattern
 * whose provider part is a wildcard reaching only the kernel providers. */
#include "providers/list.h"

#include "frontend/ast.h"
#include "providers/fentry.h"
#include "providers/kprobe.h"
#include "providers/list_btf.h"
#include "providers/perf_events.h"
#include "providers/probe_names.h"
#include "providers/rawtracepoint.h"
#include "providers/tracepoint.h"
#include "providers/tracepoint_format.h"
#include "providers/uprobe.h"
#include "providers/usdt.h"
#include "sema/probe_spec.h"
#include "sema/suggest.h"
#include "util/arena.h"
#include "util/glob.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>

/* A list of names loaded on first use; a failed load is reported once. */
struct catalog {
	bool loaded, failed;
	struct probe_names names;
};

struct list_ctx {
	struct arena arena;
	const struct list_options *opts;
	FILE *out;
	int status;
	struct catalog tracepoints, software, hardware, timers;
	struct catalog functions, module_functions;  /* kprobe: "func", "module:func" */
	struct catalog rawtp_names;
	struct catalog btf_functions;        /* fentry: "vmlinux:func" */
	struct rawtp_catalog rawtp;
	bool kprobes_checked, have_kprobes, warned_no_kprobes;
	unsigned long reported_unlisted;     /* bit per provider: "not implemented" said */
};

/* How the part of a pattern after "provider:" selects names. */
enum name_form {
	FORM_TARGET_EVENT,  /* names "target:event"; no target in the pattern means any */
	FORM_FUNCTION,      /* names "func", or "module:func" when the pattern has a module */
	FORM_EVENT,         /* names "event:"; what follows the event (a count, a rate) is ignored */
};

struct lister {
	enum provider provider;
	bool in_all;        /* listed when the provider part is a wildcard, as "-l" alone */
	enum name_form form;
	/* The names, or NULL after reporting why there are none. `asked` is
	 * set when the user named this provider rather than a wildcard. */
	const struct probe_names *(*names)(struct list_ctx *c, bool with_modules, bool asked);
	/* -lv: prints the arguments of names->names[index]. */
	void (*print_args)(struct list_ctx *c, const char *name, size_t index);
};

static void report_error(struct list_ctx *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void report_error(struct list_ctx *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("bpfscope: error: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	c->status = 1;
}

static void report_warning(struct list_ctx *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void report_warning(struct list_ctx *c, const char *fmt, ...)
{
	if (c->opts->no_warnings)
		return;
	va_list ap;
	va_start(ap, fmt);
	fputs("bpfscope: warning: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

typedef int (*catalog_loader)(struct list_ctx *c, struct probe_names *out, const char **err);

static const struct probe_names *load_once(struct list_ctx *c, struct catalog *cat,
					   catalog_loader load)
{
	if (!cat->loaded) {
		const char *err = NULL;
		cat->loaded = true;
		if (load(c, &cat->names, &err)) {
			report_error(c, "%s", err);
			cat->failed = true;
		}
	}
	return cat->failed ? NULL : &cat->names;
}

/* ---- tracepoint ---- */

static int load_tracepoints(struct list_ctx *c, struct probe_names *out, const char **err)
{
	return tracepoint_events(&c->arena, out, err);
}

static const struct probe_names *tracepoint_names(struct list_ctx *c, bool with_modules,
						  bool asked)
{
	(void)with_modules, (void)asked;
	return load_once(c, &c->tracepoints, load_tracepoints);
}

/* The event's own fields as the format file declares them; the common
 * header (common_pid, ...) is left out, as in bpftrace. */
static void tracepoint_print_args(struct list_ctx *c, const char *name, size_t index)
{
	(void)index;
	const char *colon = strchr(name, ':');
	const char *category = arena_strndup(&c->arena, name, (size_t)(colon - name));
	struct tp_format format;
	const char *err;
	if (tp_format_load(&c->arena, category, colon + 1, &format, &err)) {
		report_error(c, "%s", err);
		return;
	}
	for (int i = 0; i < format.nfields; i++)
		if (!format.fields[i].common)
			fprintf(c->out, "    %s\n", format.fields[i].decl);
}

/* ---- rawtracepoint ---- */

static int load_rawtracepoints(struct list_ctx *c, struct probe_names *out, const char **err)
{
	int ret = rawtp_catalog_load(&c->arena, &c->rawtp, err);
	*out = c->rawtp.names;
	return ret;
}

static const struct probe_names *rawtp_names(struct list_ctx *c, bool with_modules, bool asked)
{
	(void)with_modules, (void)asked;
	return load_once(c, &c->rawtp_names, load_rawtracepoints);
}

static void rawtp_print_args(struct list_ctx *c, const char *name, size_t index)
{
	const char **args;
	int n = rawtp_event_args(&c->rawtp, index, &c->arena, &args);
	if (n < 0) {
		report_error(c, "rawtracepoint %s: cannot print its arguments from BTF: %s", name,
			     strerror(-n));
		return;
	}
	for (int i = 0; i < n; i++)
		fprintf(c->out, "    %s\n", args[i]);
}

/* ---- kprobe, kretprobe ---- */

static int load_functions(struct list_ctx *c, struct probe_names *out, const char **err)
{
	return kprobe_functions(&c->arena, false, out, err);
}

static int load_module_functions(struct list_ctx *c, struct probe_names *out, const char **err)
{
	return kprobe_functions(&c->arena, true, out, err);
}

/* Without kprobes the functions are still listed (from kallsyms), with a
 * warning when kprobes were asked for by name, not when a wildcard
 * reached them. */
static const struct probe_names *kprobe_names(struct list_ctx *c, bool with_modules, bool asked)
{
	if (!c->kprobes_checked) {
		c->kprobes_checked = true;
		c->have_kprobes = kprobe_available();
	}
	if (!c->have_kprobes && asked && !c->warned_no_kprobes) {
		c->warned_no_kprobes = true;
		report_warning(c, "no kprobes on this kernel (no kprobe PMU, no kprobe_events in "
				  "tracefs): these functions cannot be probed here; use tracepoint: "
				  "or rawtracepoint: probes instead");
	}
	return with_modules ? load_once(c, &c->module_functions, load_module_functions)
			    : load_once(c, &c->functions, load_functions);
}

/* ---- fentry, fexit ---- */

static int load_btf_functions(struct list_ctx *c, struct probe_names *out, const char **err)
{
	return fentry_functions(&c->arena, out, err);
}

static const struct probe_names *fentry_names(struct list_ctx *c, bool with_modules, bool asked)
{
	(void)with_modules, (void)asked;
	return load_once(c, &c->btf_functions, load_btf_functions);
}

static void fentry_print_args(struct list_ctx *c, const char *name, size_t index)
{
	(void)index;
	const char *colon = strchr(name, ':');
	const char *err = NULL;
	if (list_btf_func_args(c->out, colon ? colon + 1 : name, &err) < 0)
		report_error(c, "%s: cannot print its arguments from BTF: %s", name, err);
}

/* ---- software, hardware, profile, interval: fixed lists ---- */

static void add_perf_events(struct list_ctx *c, struct probe_names *out,
			    const struct perf_event_info *events, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		probe_names_add(&c->arena, out, arena_printf(&c->arena, "%s:", events[i].name));
		if (events[i].alias)
			probe_names_add(&c->arena, out,
					arena_printf(&c->arena, "%s:", events[i].alias));
	}
	probe_names_sort(out);
}

static int load_software(struct list_ctx *c, struct probe_names *out, const char **err)
{
	(void)err;
	add_perf_events(c, out, perf_software_events, perf_nsoftware_events);
	return 0;
}

static int load_hardware(struct list_ctx *c, struct probe_names *out, const char **err)
{
	(void)err;
	add_perf_events(c, out, perf_hardware_events, perf_nhardware_events);
	return 0;
}

static int load_timer_units(struct list_ctx *c, struct probe_names *out, const char **err)
{
	(void)err;
	static const char *const units[] = { "hz:", "ms:", "ns:", "s:", "us:" };
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		probe_names_add(&c->arena, out, units[i]);
	return 0;
}

static const struct probe_names *software_names(struct list_ctx *c, bool with_modules, bool asked)
{
	(void)with_modules, (void)asked;
	return load_once(c, &c->software, load_software);
}

static const struct probe_names *hardware_names(struct list_ctx *c, bool with_modules, bool asked)
{
	(void)with_modules, (void)asked;
	return load_once(c, &c->hardware, load_hardware);
}

static const struct probe_names *timer_names(struct list_ctx *c, bool with_modules, bool asked)
{
	(void)with_modules, (void)asked;
	return load_once(c, &c->timers, load_timer_units);
}

/* ---- the table ---- */

/* Sorted by provider name: "-l" prints the providers in this order. */
static const struct lister listers[] = {
	{ PROV_FENTRY, true, FORM_TARGET_EVENT, fentry_names, fentry_print_args },
	{ PROV_FEXIT, false, FORM_TARGET_EVENT, fentry_names, fentry_print_args },
	{ PROV_HARDWARE, true, FORM_EVENT, hardware_names, NULL },
	{ PROV_INTERVAL, false, FORM_EVENT, timer_names, NULL },
	{ PROV_KPROBE, true, FORM_FUNCTION, kprobe_names, NULL },
	{ PROV_KRETPROBE, false, FORM_FUNCTION, kprobe_names, NULL },
	{ PROV_PROFILE, false, FORM_EVENT, timer_names, NULL },
	{ PROV_RAWTRACEPOINT, true, FORM_TARGET_EVENT, rawtp_names, rawtp_print_args },
	{ PROV_SOFTWARE, true, FORM_EVENT, software_names, NULL },
	{ PROV_TRACEPOINT, true, FORM_TARGET_EVENT, tracepoint_names, tracepoint_print_args },
};

static const struct lister *find_lister(enum provider p)
{
	for (size_t i = 0; i < sizeof(listers) / sizeof(listers[0]); i++)
		if (listers[i].provider == p)
			return &listers[i];
	return NULL;
}

/* A provider without a lister: either there is nothing to list (begin,
 * watchpoint, ...) or its listing is not written yet, which is said once. */
static void report_unlisted(struct list_ctx *c, enum provider p)
{
	switch (p) {
	case PROV_BEGIN: case PROV_END: case PROV_SELF: case PROV_TEST: case PROV_BENCH:
	case PROV_WATCHPOINT: case PROV_ASYNCWATCHPOINT:
		return;
	default:
		break;
	}
	if (c->reported_unlisted & (1ul << p))
		return;
	c->reported_unlisted |= 1ul << p;
	report_error(c, "listing %s probes is not implemented yet", provider_info(p)->name);
}

static void list_matches(struct list_ctx *c, const struct lister *l, const char *glob,
			 bool with_modules, bool asked)
{
	const struct probe_names *names = l->names(c, with_modules, asked);
	if (!names)
		return;
	const char *provider = provider_info(l->provider)->name;
	for (size_t i = 0; i < names->len; i++) {
		if (!glob_match(glob, names->names[i]))
			continue;
		fprintf(c->out, "%s:%s\n", provider, names->names[i]);
		if (c->opts->verbose && l->print_args)
			l->print_args(c, names->names[i], i);
	}
}

/* ---- -l PATTERN ---- */

/* The glob over `l`'s names for what followed "provider:" in a pattern. */
static const char *pattern_glob(struct list_ctx *c, const struct lister *l, const char *rest,
				bool *with_modules)
{
	*with_modules = false;
	switch (l->form) {
	case FORM_TARGET_EVENT:
		return strchr(rest, ':') ? rest : arena_printf(&c->arena, "*:%s", rest);
	case FORM_FUNCTION:
		*with_modules = strchr(rest, ':') != NULL;
		return rest;
	case FORM_EVENT:
		break;
	}
	return arena_printf(&c->arena, "%.*s:", (int)strcspn(rest, ":"), rest);
}

static void report_unknown_provider(struct list_ctx *c, const char *name, const char *pattern)
{
	struct suggester s;
	suggest_init(&s, name);
	for (int p = PROV_INVALID + 1; p < PROV_COUNT; p++) {
		const struct provider_info *info = provider_info(p);
		suggest_offer(&s, info->name);
		for (int j = 0; j < 3 && info->aliases[j]; j++)
			suggest_offer(&s, info->aliases[j]);
	}
	const char *best = suggest_result(&s);
	if (best)
		report_error(c, "unknown probe type '%s' in '%s' (did you mean '%s'?)", name,
			     pattern, best);
	else
		report_error(c, "unknown probe type '%s' in '%s'", name, pattern);
}

/* uprobe:BINARY[:PATTERN]: the functions of one binary, from its ELF
 * symbols; the binary is found as for attaching. */
struct uprobe_list {
	struct list_ctx *c;
	const char *provider, *path;
};

static void print_uprobe(void *ctx, const char *name)
{
	struct uprobe_list *u = ctx;
	fprintf(u->c->out, "%s:%s:%s\n", u->provider, u->path, name);
}

static void list_uprobes(struct list_ctx *c, enum provider p, const char *rest)
{
	const char *colon = strrchr(rest, ':');
	const char *binary = colon ? arena_strndup(&c->arena, rest, (size_t)(colon - rest)) : rest;
	const char *glob = colon && colon[1] ? colon + 1 : "*";
	char path[4096], why[512];
	if (uprobe_binary(binary, path, sizeof(path), why, sizeof(why))) {
		report_error(c, "%s", why);
		return;
	}
	struct uprobe_list u = { c, provider_info(p)->name, path };
	if (uprobe_functions(path, glob, false, print_uprobe, &u) < 0)
		report_error(c, "%s: cannot read %s as an ELF file", u.provider, path);
}

/* usdt:BINARY[:[PROVIDER:]PROBE]: the probes in one binary's notes, or
 * with -p (and BINARY "*" or missing) in every file the process maps. */
static void list_usdt(struct list_ctx *c, const char *binary, const char *provider,
		      const char *probe)
{
	const char **paths, *err;
	int n = usdt_binaries(&c->arena, binary, c->opts->pid, NULL, &paths, &err);
	if (!n) {
		report_error(c, "%s", err);
		return;
	}
	for (int i = 0; i < n; i++)
		if (usdt_list(c->out, paths[i], provider, probe ? probe : "*", c->opts->verbose) < 0 &&
		    n == 1)
			report_error(c, "usdt: cannot read %s as an ELF file", paths[i]);
}

static void list_usdt_pattern(struct list_ctx *c, const char *rest)
{
	char *parts[3] = { NULL, NULL, NULL };
	char *copy = arena_strdup(&c->arena, rest), *save = NULL;
	int n = 0;
	for (char *p = strtok_r(copy, ":", &save); p && n < 3; p = strtok_r(NULL, ":", &save))
		parts[n++] = p;
	if (n == 1 && c->opts->pid > 0 && !strchr(parts[0], '/'))
		list_usdt(c, NULL, NULL, parts[0]);   /* -l 'usdt:probe' -p PID */
	else if (n == 3)
		list_usdt(c, parts[0], parts[1], parts[2]);
	else
		list_usdt(c, parts[0], NULL, parts[1]);
}

/* One pattern: "provider:rest", or "rest" alone for every kernel provider. */
static void list_pattern(struct list_ctx *c, const char *pattern)
{
	const char *colon = strchr(pattern, ':');
	const char *provider = colon ? arena_strndup(&c->arena, pattern, (size_t)(colon - pattern))
				     : "*";
	const char *rest = colon ? colon + 1 : pattern;
	if (!*provider)
		provider = "*";
	if (!*rest)
		rest = "*";
	bool with_modules;

	if (glob_has_wildcard(provider)) {
		for (size_t i = 0; i < sizeof(listers) / sizeof(listers[0]); i++) {
			const struct lister *l = &listers[i];
			if (!l->in_all || !glob_match(provider, provider_info(l->provider)->name))
				continue;
			const char *glob = pattern_glob(c, l, rest, &with_modules);
			list_matches(c, l, glob, with_modules, false);
		}
		return;
	}
	const struct provider_info *info = provider_lookup(provider);
	if (!info) {
		report_unknown_provider(c, provider, pattern);
		return;
	}
	if (info->id == PROV_UPROBE || info->id == PROV_URETPROBE) {
		list_uprobes(c, info->id, rest);
		return;
	}
	if (info->id == PROV_USDT) {
		list_usdt_pattern(c, rest);
		return;
	}
	const struct lister *l = find_lister(info->id);
	if (!l) {
		report_unlisted(c, info->id);
		return;
	}
	const char *glob = pattern_glob(c, l, rest, &with_modules);
	list_matches(c, l, glob, with_modules, true);
}

static bool starts_with(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static void list_ctx_init(struct list_ctx *c, const struct list_options *o, FILE *out)
{
	memset(c, 0, sizeof(*c));
	c->opts = o;
	c->out = out;
}

static int list_ctx_finish(struct list_ctx *c)
{
	rawtp_catalog_free(&c->rawtp);
	arena_free(&c->arena);
	if (fflush(c->out)) {
		fprintf(stderr, "bpfscope: error: cannot write the list: %s\n", strerror(errno));
		return 1;
	}
	return c->status;
}

int list_probes_matching(const char *pattern, const struct list_options *o, FILE *out)
{
	struct list_ctx c;
	list_ctx_init(&c, o, out);
	if (!pattern || !*pattern)
		pattern = "*";
	if (starts_with(pattern, "struct ") || starts_with(pattern, "union ") ||
	    starts_with(pattern, "enum ")) {
		const char *err = NULL;
		int n = list_btf_types(out, pattern, o->verbose, &err);
		if (n < 0)
			report_error(&c, "cannot list '%s': %s", pattern, err);
		else if (n == 0 && !glob_has_wildcard(pattern))
			report_error(&c, "no %s in the kernel's BTF", pattern);
		return list_ctx_finish(&c);
	}
	if (strchr(pattern, '.') && !strpbrk(pattern, ":*?"))
		report_warning(&c, "'%s' looks like a file name, but there is no such file: "
				   "treating it as a search pattern", pattern);
	/* bpftrace's documentation lists "kprobe:tcp*,trace"; each comma
	 * separated pattern is listed in turn. */
	char *patterns = arena_strdup(&c.arena, pattern);
	for (char *save = NULL, *p = strtok_r(patterns, ",", &save); p;
	     p = strtok_r(NULL, ",", &save))
		list_pattern(&c, p);
	return list_ctx_finish(&c);
}

/* ---- -l with a program ---- */

/* The glob over the provider's names that an attach point stands for, as
 * bpftrace's ProbeMatcher::get_matches_for_ap builds it. */
static const char *spec_glob(struct list_ctx *c, const struct probe_spec *s, bool *with_modules)
{
	*with_modules = false;
	switch (s->provider) {
	case PROV_TRACEPOINT:
	case PROV_RAWTRACEPOINT:
	case PROV_FENTRY:
	case PROV_FEXIT:
		return arena_printf(&c->arena, "%s:%s", s->target ? s->target : "*",
				    s->func ? s->func : "*");
	case PROV_KPROBE:
	case PROV_KRETPROBE:
		if (!s->target)
			return s->func;
		*with_modules = true;
		return arena_printf(&c->arena, "%s:%s", s->target, s->func);
	case PROV_SOFTWARE:
	case PROV_HARDWARE:
		return arena_printf(&c->arena, "%s:", s->target);
	case PROV_PROFILE:
	case PROV_INTERVAL:
		return arena_printf(&c->arena, "%s:", s->unit ? s->unit : "*");
	default:
		return NULL;
	}
}

static void list_attach_point(struct list_ctx *c, const struct probe_spec *spec)
{
	if (spec->provider == PROV_USDT) {
		list_usdt(c, spec->target, spec->ns, spec->func);
		return;
	}
	const struct lister *l = find_lister(spec->provider);
	bool with_modules = false;
	const char *glob = l ? spec_glob(c, spec, &with_modules) : NULL;
	if (!glob) {
		report_unlisted(c, spec->provider);
		return;
	}
	list_matches(c, l, glob, with_modules, true);
}

int list_program_probes(const struct node *program, const struct list_options *o, FILE *out)
{
	struct list_ctx c;
	list_ctx_init(&c, o, out);
	for (int i = 0; program && i < program->list.len; i++) {
		const struct node *probe = program->list.items[i];
		if (probe->kind != N_PROBE)
			continue;
		for (int j = 0; j < probe->list.len; j++) {
			const struct node *ap = probe->list.items[j];
			if (ap->kind == N_ATTACH_POINT && ap->spec)
				list_attach_point(&c, ap->spec);
		}
	}
	return list_ctx_finish(&c);
}
