/* Wildcard expansion of attach points against the running kernel. */
#include "providers/expand.h"

#include <bpf/btf.h>

#include <errno.h>
#include <string.h>

#include "loader/vmlinux_btf.h"
#include "providers/fentry.h"
#include "providers/kprobe.h"
#include "providers/perf_events.h"
#include "providers/tracepoint.h"
#include "providers/uprobe.h"
#include "providers/usdt.h"
#include "symbols/demangle.h"
#include "sema/btf_func.h"
#include "sema/suggest.h"
#include "util/glob.h"

void expand_ctx_init(struct expand_ctx *c)
{
	memset(c, 0, sizeof(*c));
}

void expand_ctx_free(struct expand_ctx *c)
{
	if (c->rawtp_from_kernel)
		rawtp_catalog_free(&c->rawtp);
	arena_free(&c->arena);
	memset(c, 0, sizeof(*c));
}

static const struct probe_names *tracepoint_catalog(struct expand_ctx *c, const char **err)
{
	if (!c->tracepoints_loaded) {
		c->tracepoints_loaded = true;
		if (tracepoint_events(&c->arena, &c->tracepoints, &c->tracepoints_err) < 0)
			c->tracepoints.len = 0;
	}
	*err = c->tracepoints_err;
	return c->tracepoints_err ? NULL : &c->tracepoints;
}

static const struct probe_names *rawtracepoint_catalog(struct expand_ctx *c, const char **err)
{
	if (!c->rawtracepoints_loaded) {
		c->rawtracepoints_loaded = true;
		c->rawtp_from_kernel = true;
		if (rawtp_catalog_load(&c->arena, &c->rawtp, &c->rawtracepoints_err) == 0)
			c->rawtracepoints = c->rawtp.names;
	}
	*err = c->rawtracepoints_err;
	return c->rawtracepoints_err ? NULL : &c->rawtracepoints;
}

const char *expand_probe_name(struct arena *arena, const struct probe_spec *spec)
{
	const struct provider_info *info = provider_info(spec->provider);
	const char *prov = info ? info->name : "?";
	switch (spec->provider) {
	case PROV_TRACEPOINT:
		return arena_printf(arena, "%s:%s:%s", prov, spec->target, spec->func);
	case PROV_RAWTRACEPOINT:
	case PROV_KPROBE:
	case PROV_KRETPROBE:
	case PROV_FENTRY:
	case PROV_FEXIT:
		if (spec->target)
			return arena_printf(arena, "%s:%s:%s", prov, spec->target, spec->func);
		if (spec->has_offset)
			return arena_printf(arena, "%s:%s+%llu", prov, spec->func,
					    (unsigned long long)spec->offset);
		return arena_printf(arena, "%s:%s", prov, spec->func);
	case PROV_PROFILE:
	case PROV_INTERVAL:
		return arena_printf(arena, "%s:%s:%llu", prov, spec->unit ? spec->unit : "ns",
				    (unsigned long long)spec->freq);
	case PROV_SOFTWARE:
	case PROV_HARDWARE:
		if (spec->has_freq)
			return arena_printf(arena, "%s:%s:%llu", prov, spec->target,
					    (unsigned long long)spec->freq);
		return arena_printf(arena, "%s:%s", prov, spec->target);
	case PROV_BEGIN:
	case PROV_END:
		return prov;
	default: {
		const char *parts[] = { spec->target, spec->ns, spec->func };
		char *name = arena_strdup(arena, prov);
		for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
			if (parts[i])
				name = arena_printf(arena, "%s:%s", name, parts[i]);
		return name;
	}
	}
}

struct image_attach *expand_attach_add(struct arena *arena, struct image_attach **attaches,
				       size_t *n, size_t *cap)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		struct image_attach *na = arena_alloc(arena, ncap * sizeof(*na));
		if (*n)
			memcpy(na, *attaches, *n * sizeof(*na));
		*attaches = na;
		*cap = ncap;
	}
	struct image_attach *a = &(*attaches)[(*n)++];
	memset(a, 0, sizeof(*a));
	return a;
}

static struct image_attach *one_attach(struct arena *arena, const struct probe_spec *spec)
{
	struct image_attach *a = arena_alloc(arena, sizeof(*a));
	a->spec = spec;
	a->name = expand_probe_name(arena, spec);
	return a;
}

/* "category:event" matches of `pattern` in `names`, each turned into a copy
 * of `spec` with target and func set from the name. */
static int match_names(struct arena *arena, const struct probe_spec *spec, const char *pattern,
		       const struct probe_names *names, struct image_attach **out)
{
	size_t n = 0;
	for (size_t i = 0; i < names->len; i++)
		if (glob_match(pattern, names->names[i]))
			n++;
	if (!n)
		return 0;
	struct image_attach *attaches = arena_alloc(arena, sizeof(*attaches) * n);
	size_t k = 0;
	for (size_t i = 0; i < names->len; i++) {
		const char *name = names->names[i];
		if (!glob_match(pattern, name))
			continue;
		const char *colon = strchr(name, ':');
		struct probe_spec *s = arena_alloc(arena, sizeof(*s));
		*s = *spec;
		s->target = colon ? arena_strndup(arena, name, (size_t)(colon - name)) : NULL;
		s->func = arena_strdup(arena, colon ? colon + 1 : name);
		s->wildcard = false;
		attaches[k].spec = s;
		attaches[k].name = expand_probe_name(arena, s);
		k++;
	}
	*out = attaches;
	return (int)n;
}

/* "no such tracepoint", with the closest name when there is a plausible one. */
static const char *not_found(struct arena *arena, const char *prov, const char *what,
			     const char *pattern, const struct probe_names *names, bool wildcard)
{
	if (wildcard)
		return arena_printf(arena, "%s:%s: no %s matches", prov, pattern, what);
	struct suggester s;
	suggest_init(&s, pattern);
	for (size_t i = 0; i < names->len; i++)
		suggest_offer(&s, names->names[i]);
	const char *best = suggest_result(&s);
	if (best)
		return arena_printf(arena, "%s:%s: no such %s (did you mean %s:%s?)", prov, pattern,
				    what, prov, best);
	return arena_printf(arena, "%s:%s: no such %s", prov, pattern, what);
}

static int expand_tracepoint(struct expand_ctx *c, struct arena *arena,
			     const struct probe_spec *spec, struct image_attach **out,
			     const char **err)
{
	const char *cat_err;
	const struct probe_names *names = tracepoint_catalog(c, &cat_err);
	if (!names) {
		*err = arena_printf(arena, "tracepoint:%s:%s: cannot list tracepoints: %s",
				    spec->target, spec->func, cat_err);
		return 0;
	}
	/* t:*open* (target "*") and t:*:sys_enter_open* match across
	 * categories: '*' reaches over ':'. */
	const char *pattern = arena_printf(arena, "%s:%s", spec->target, spec->func);
	int n = match_names(arena, spec, pattern, names, out);
	if (!n)
		*err = not_found(arena, "tracepoint", "tracepoint", pattern, names,
				 glob_has_wildcard(pattern));
	return n;
}

static int expand_rawtracepoint(struct expand_ctx *c, struct arena *arena,
				const struct probe_spec *spec, struct image_attach **out,
				const char **err)
{
	/* An exact name in vmlinux needs one BTF lookup, not the catalog of
	 * every raw tracepoint (which parses module BTF too). */
	const struct btf *btf = vmlinux_btf();
	if (btf && !glob_has_wildcard(spec->func) && (!spec->target || !strcmp(spec->target, "vmlinux"))) {
		const char *typedef_name = arena_printf(arena, "btf_trace_%s", spec->func);
		if (btf__find_by_name_kind(btf, typedef_name, BTF_KIND_TYPEDEF) > 0) {
			struct probe_spec *s = arena_alloc(arena, sizeof(*s));
			*s = *spec;
			s->target = "vmlinux";
			*out = one_attach(arena, s);
			return 1;
		}
	}
	const char *cat_err;
	const struct probe_names *names = rawtracepoint_catalog(c, &cat_err);
	const char *module = spec->target ? spec->target : "*";
	const char *pattern = arena_printf(arena, "%s:%s", module, spec->func);
	if (!names) {
		*err = arena_printf(arena, "rawtracepoint:%s: cannot list raw tracepoints: %s",
				    pattern, cat_err);
		return 0;
	}
	int n = match_names(arena, spec, pattern, names, out);
	/* Without a module, a name found in vmlinux and in a module is one
	 * tracepoint written twice: keep the first (vmlinux sorts last, so prefer it). */
	if (n > 1 && !spec->target && !glob_has_wildcard(spec->func)) {
		for (int i = 0; i < n; i++)
			if ((*out)[i].spec->target && !strcmp((*out)[i].spec->target, "vmlinux")) {
				(*out)[0] = (*out)[i];
				break;
			}
		n = 1;
	}
	if (!n) {
		const char *shown = spec->target ? pattern : spec->func;
		if (glob_has_wildcard(shown)) {
			*err = arena_printf(arena, "rawtracepoint:%s: no raw tracepoint matches", shown);
		} else {
			struct suggester s;
			suggest_init(&s, spec->func);
			for (size_t i = 0; i < names->len; i++) {
				const char *colon = strchr(names->names[i], ':');
				suggest_offer(&s, colon ? colon + 1 : names->names[i]);
			}
			const char *best = suggest_result(&s);
			*err = best ? arena_printf(arena, "rawtracepoint:%s: no such raw tracepoint "
						   "(did you mean rawtracepoint:%s?)", shown, best)
				    : arena_printf(arena, "rawtracepoint:%s: no such raw tracepoint",
						   shown);
		}
	}
	return n;
}

static const struct probe_names *kernel_function_catalog(struct expand_ctx *c, bool modules,
							 const char **err)
{
	if (!c->kernel_functions_loaded[modules]) {
		c->kernel_functions_loaded[modules] = true;
		kprobe_functions(&c->arena, modules, &c->kernel_functions[modules],
				 &c->kernel_functions_err[modules]);
	}
	*err = c->kernel_functions_err[modules];
	return *err ? NULL : &c->kernel_functions[modules];
}

static const struct probe_names *btf_function_catalog(struct expand_ctx *c, const char **err)
{
	if (!c->btf_functions_loaded) {
		c->btf_functions_loaded = true;
		fentry_functions(&c->arena, &c->btf_functions, &c->btf_functions_err);
	}
	*err = c->btf_functions_err;
	return *err ? NULL : &c->btf_functions;
}

/* kprobe:func, kprobe:module:func, wildcards in either. An exact name that
 * BTF knows needs no look at the (large) list of kernel functions. */
static int expand_kprobe(struct expand_ctx *c, struct arena *arena, const struct probe_spec *spec,
			 struct image_attach **out, const char **err)
{
	const char *prov = provider_info(spec->provider)->name;
	bool modules = spec->target != NULL;
	bool wildcard = glob_has_wildcard(spec->func) || (modules && glob_has_wildcard(spec->target));
	const struct btf *btf = vmlinux_btf();
	if (!wildcard && (!modules || !strcmp(spec->target, "vmlinux")) && btf &&
	    btf__find_by_name_kind(btf, spec->func, BTF_KIND_FUNC) > 0) {
		*out = one_attach(arena, spec);
		return 1;
	}
	const char *cat_err;
	const struct probe_names *names = kernel_function_catalog(c, modules, &cat_err);
	const char *pattern = modules ? arena_printf(arena, "%s:%s", spec->target, spec->func)
				      : spec->func;
	if (!names) {
		*err = arena_printf(arena, "%s:%s: cannot list kernel functions: %s", prov, pattern,
				    cat_err);
		return 0;
	}
	int n = match_names(arena, spec, pattern, names, out);
	if (!n)
		*err = not_found(arena, prov, "kernel function", pattern, names, wildcard);
	return n;
}

/* func+offset must stay inside the function (kallsyms gives its extent). */
static bool offset_in_function(struct arena *arena, const struct probe_spec *spec,
			       const char **err)
{
	uint64_t size;
	if (!spec->has_offset || kprobe_function_size(spec->func, &size) < 0 || spec->offset < size)
		return true;
	*err = arena_printf(arena, "kprobe:%s+%llu: the offset is past the end of %s (%llu bytes)",
			    spec->func, (unsigned long long)spec->offset, spec->func,
			    (unsigned long long)size);
	return false;
}

/* fentry:[vmlinux:]func with wildcards, from the functions BTF describes;
 * the probe is named fentry:vmlinux:func, as bpftrace names it. */
static int expand_fentry(struct expand_ctx *c, struct arena *arena, const struct probe_spec *spec,
			 struct image_attach **out, const char **err)
{
	const char *prov = provider_info(spec->provider)->name;
	if (spec->target && strcmp(spec->target, "vmlinux") && strcmp(spec->target, "*")) {
		*err = arena_printf(arena, "%s:%s:%s: no module %s (this kernel's BTF covers "
				    "vmlinux only)", prov, spec->target, spec->func, spec->target);
		return 0;
	}
	if (!glob_has_wildcard(spec->func)) {
		const char *why;
		if (btf_func_id(arena, spec->func, &why) < 0) {
			*err = arena_printf(arena, "%s:%s: %s", prov, spec->func, why);
			return 0;
		}
		struct probe_spec *s = arena_alloc(arena, sizeof(*s));
		*s = *spec;
		s->target = "vmlinux";
		*out = one_attach(arena, s);
		return 1;
	}
	const char *cat_err;
	const struct probe_names *names = btf_function_catalog(c, &cat_err);
	if (!names) {
		*err = arena_printf(arena, "%s:%s: cannot list kernel functions: %s", prov,
				    spec->func, cat_err);
		return 0;
	}
	int n = match_names(arena, spec, arena_printf(arena, "vmlinux:%s", spec->func), names, out);
	if (!n)
		*err = arena_printf(arena, "%s:%s: no kernel function in BTF matches", prov,
				    spec->func);
	return n;
}

/* uprobe:binary:func with the binary found like the dynamic loader finds
 * it and wildcards matched against its ELF function symbols; the probes
 * are named with the binary's full path. */
struct uprobe_matches {
	struct arena *arena;
	const struct probe_spec *spec;
	const char *path;
	struct image_attach *attaches;
	size_t n, cap;
};

static void add_uprobe_match(void *ctx, const char *name)
{
	struct uprobe_matches *m = ctx;
	struct image_attach *a = expand_attach_add(m->arena, &m->attaches, &m->n, &m->cap);
	struct probe_spec *s = arena_alloc(m->arena, sizeof(*s));
	*s = *m->spec;
	s->target = m->path;
	s->func = arena_strdup(m->arena, name);
	s->wildcard = false;
	s->ns = NULL;   /* attached by the symbol's own name */
	a->spec = s;
	if (m->spec->ns)   /* named as written: uprobe:/bin/x:cpp:ns::f */
		a->name = arena_printf(m->arena, "%s:%s:cpp:%s", provider_info(s->provider)->name,
				       m->path, demangle_no_params(name));
	else
		a->name = expand_probe_name(m->arena, s);
}

static int expand_uprobe(struct arena *arena, const struct probe_spec *spec,
			 struct image_attach **out, const char **err)
{
	const char *prov = provider_info(spec->provider)->name;
	char path[4096], why[512];
	if (!spec->target || uprobe_binary(spec->target, path, sizeof(path), why, sizeof(why))) {
		*err = spec->target ? arena_printf(arena, "%s", why)
				    : arena_printf(arena, "%s: a binary is needed, as in "
						   "%s:/bin/bash:readline", prov, prov);
		return 0;
	}
	struct probe_spec *s = arena_alloc(arena, sizeof(*s));
	*s = *spec;
	s->target = arena_strdup(arena, path);
	bool cpp = spec->ns && !strcmp(spec->ns, "cpp");
	if (spec->func && (glob_has_wildcard(spec->func) || cpp)) {
		struct uprobe_matches m = { arena, s, s->target, NULL, 0, 0 };
		int n = uprobe_functions(s->target, spec->func, cpp, add_uprobe_match, &m);
		if (n <= 0) {
			*err = n < 0 ? arena_printf(arena, "%s:%s: cannot read its symbols: %s", prov,
						    s->target, strerror(-n))
				     : arena_printf(arena, "%s:%s:%s: no function of %s matches", prov,
						    s->target, spec->func, s->target);
			return 0;
		}
		*out = m.attaches;
		return (int)m.n;
	}
	uint64_t off;
	if (uprobe_offset(s->target, spec->has_address ? NULL : spec->func, spec->offset,
			  spec->address, &off, why, sizeof(why))) {
		*err = arena_printf(arena, "%s", why);
		return 0;
	}
	*out = one_attach(arena, s);
	return 1;
}

/* software:/hardware: events by their full name, not an alias. */
static int expand_perf(struct arena *arena, const struct probe_spec *spec,
		       struct image_attach **out, const char **err)
{
	const struct perf_event_info *ev =
		perf_event_lookup(spec->provider == PROV_HARDWARE, spec->target);
	if (!ev) {
		*err = arena_printf(arena, "%s:%s: no such event",
				    provider_info(spec->provider)->name, spec->target);
		return 0;
	}
	struct probe_spec *s = arena_alloc(arena, sizeof(*s));
	*s = *spec;
	s->target = ev->name;
	*out = one_attach(arena, s);
	return 1;
}

int expand_attach_point(void *ctx, struct arena *arena, const struct probe_spec *spec,
			const char *text, struct image_attach **out, const char **err)
{
	struct expand_ctx *c = ctx;
	(void)text;
	*err = NULL;
	switch (spec->provider) {
	case PROV_TRACEPOINT:
		return expand_tracepoint(c, arena, spec, out, err);
	case PROV_RAWTRACEPOINT:
		return expand_rawtracepoint(c, arena, spec, out, err);
	case PROV_SOFTWARE:
	case PROV_HARDWARE:
		return expand_perf(arena, spec, out, err);
	case PROV_KPROBE:
	case PROV_KRETPROBE:
		if (!offset_in_function(arena, spec, err))
			return 0;
		return expand_kprobe(c, arena, spec, out, err);
	case PROV_FENTRY:
	case PROV_FEXIT:
		return expand_fentry(c, arena, spec, out, err);
	case PROV_UPROBE:
	case PROV_URETPROBE:
		return expand_uprobe(arena, spec, out, err);
	case PROV_USDT:
		return usdt_expand(arena, spec, c->pid, c->cmd, out, err);
	default:
		*out = one_attach(arena, spec);
		return 1;
	}
}
