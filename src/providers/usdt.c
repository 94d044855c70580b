/* usdt probes (see usdt.h). */
#include "providers/usdt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "providers/attach.h"
#include "providers/attach_impl.h"
#include "providers/expand.h"
#include "providers/uprobe.h"
#include "sema/suggest.h"
#include "util/glob.h"

/* The ELF files process `pid` maps, each once, in the order of its maps. */
static int mapped_files(struct arena *arena, int pid, const char ***out, const char **err)
{
	char maps[64], line[4096 + 128];
	snprintf(maps, sizeof(maps), "/proc/%d/maps", pid);
	FILE *f = fopen(maps, "re");
	if (!f) {
		*err = arena_printf(arena, "usdt: cannot read %s: %s", maps, strerror(errno));
		return 0;
	}
	const char **paths = NULL;
	size_t n = 0, cap = 0;
	while (fgets(line, sizeof(line), f)) {
		char *path = strchr(line, '/');
		if (!path)
			continue;
		path[strcspn(path, "\n")] = '\0';
		bool seen = false;
		for (size_t i = 0; i < n && !seen; i++)
			seen = !strcmp(paths[i], path);
		const struct usdt_notes *notes = seen ? NULL : usdt_notes_get(path);
		if (!notes || !notes->ok)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			const char **np = arena_alloc(arena, cap * sizeof(*np));
			if (n)
				memcpy(np, paths, n * sizeof(*np));
			paths = np;
		}
		paths[n++] = arena_strdup(arena, path);
	}
	fclose(f);
	if (!n)
		*err = arena_printf(arena, "usdt: process %d maps no ELF file", pid);
	*out = paths;
	return (int)n;
}

int usdt_binaries(struct arena *arena, const char *target, int pid, const char *cmd,
		  const char ***out, const char **err)
{
	bool any = !target || !strcmp(target, "*");
	if (any && pid > 0)
		return mapped_files(arena, pid, out, err);
	char path[4096], why[512];
	if (any && cmd) {
		/* -c: the command's program (the child has not run it yet). */
		target = arena_strndup(arena, cmd, strcspn(cmd, " \t"));
	} else if (any) {
		*err = arena_printf(arena, "usdt: a binary is needed, as in "
				    "usdt:/usr/bin/python3:function__entry, or -p PID");
		return 0;
	}
	if (uprobe_binary(target, path, sizeof(path), why, sizeof(why))) {
		*err = arena_printf(arena, "usdt%s", strchr(why, ':') ? strchr(why, ':') : why);
		return 0;
	}
	const char **one = arena_alloc(arena, sizeof(*one));
	one[0] = arena_strdup(arena, path);
	*out = one;
	return 1;
}

static const struct usdt_notes *read_notes(struct arena *arena, const char *path,
					   const char **err)
{
	const struct usdt_notes *notes = usdt_notes_get(path);
	if (!notes || !notes->ok) {
		*err = arena_printf(arena, "usdt: cannot read %s as an ELF file%s%s", path,
				    notes ? "" : ": ", notes ? "" : strerror(errno));
		return NULL;
	}
	return notes;
}

static bool probe_matches(const struct usdt_probe *p, const char *provider_glob,
			  const char *name_glob)
{
	return (!provider_glob || glob_match(provider_glob, p->provider)) &&
	       glob_match(name_glob, p->name);
}

struct matches {
	struct arena *arena;
	struct image_attach *attaches;
	size_t n, cap;
};

static void add_match(struct matches *m, const struct probe_spec *spec, const char *path,
		      const struct usdt_probe *p)
{
	struct image_attach *a = expand_attach_add(m->arena, &m->attaches, &m->n, &m->cap);
	struct probe_spec *s = arena_alloc(m->arena, sizeof(*s));
	*s = *spec;
	s->target = path;
	s->ns = p->provider;
	s->func = p->name;
	s->wildcard = false;
	a->spec = s;
	a->name = arena_printf(m->arena, "usdt:%s:%s:%s", path, p->provider, p->name);
	a->usdt = p;
}

/* `usdt:binary:probe` names a probe in any provider; two providers with
 * that probe make the name ambiguous. */
static const char *ambiguity(struct arena *arena, const struct matches *m)
{
	for (size_t i = 1; i < m->n; i++) {
		const struct usdt_probe *a = m->attaches[0].usdt, *b = m->attaches[i].usdt;
		if (strcmp(a->provider, b->provider) || strcmp(m->attaches[0].spec->target,
							       m->attaches[i].spec->target))
			return arena_printf(arena, "usdt: probe '%s' is ambiguous: it is in %s:%s "
					    "and %s:%s; name the provider, as in usdt:%s:%s:%s",
					    a->name, m->attaches[0].spec->target, a->provider,
					    m->attaches[i].spec->target, b->provider,
					    m->attaches[0].spec->target, a->provider, a->name);
	}
	return NULL;
}

static const char *not_found(struct arena *arena, const struct probe_spec *spec, int pid,
			     const char **paths, int npaths, size_t nprobes)
{
	const char *what = spec->ns ? arena_printf(arena, "%s:%s", spec->ns, spec->func)
				    : spec->func;
	const char *where = npaths == 1 ? paths[0]
		: arena_printf(arena, "the %d files process %d maps", npaths, pid);
	if (!nprobes)
		return npaths == 1
			? arena_printf(arena, "usdt: %s has no USDT probes (no .note.stapsdt notes)",
				       where)
			: arena_printf(arena, "usdt: none of %s has USDT probes", where);
	if (spec->wildcard)
		return arena_printf(arena, "usdt: no probe of %s matches '%s'", where, what);
	struct suggester s;
	suggest_init(&s, what);
	for (int i = 0; i < npaths; i++) {
		const struct usdt_notes *notes = usdt_notes_get(paths[i]);
		for (size_t j = 0; notes && j < notes->nprobes; j++) {
			const struct usdt_probe *p = &notes->probes[j];
			suggest_offer(&s, spec->ns ? arena_printf(arena, "%s:%s", p->provider, p->name)
						   : p->name);
		}
	}
	const char *best = suggest_result(&s);
	return arena_printf(arena, "usdt: no probe '%s' in %s (%zu probes%s%s%s)", what, where,
			    nprobes, best ? "; did you mean '" : "", best ? best : "",
			    best ? "'?" : "");
}

int usdt_expand(struct arena *arena, const struct probe_spec *spec, int pid, const char *cmd,
		struct image_attach **out, const char **err)
{
	const char **paths;
	int npaths = usdt_binaries(arena, spec->target, pid, cmd, &paths, err);
	if (!npaths && (pid > 0 || cmd) && spec->target && !spec->ns &&
	    !strchr(spec->target, '/')) {
		/* With -p or -c, usdt:provider:probe searches the process's files. */
		struct probe_spec *s = arena_alloc(arena, sizeof(*s));
		*s = *spec;
		s->ns = spec->target;
		s->target = NULL;
		spec = s;
		npaths = usdt_binaries(arena, NULL, pid, cmd, &paths, err);
	}
	if (!npaths)
		return 0;
	struct matches m = { arena, NULL, 0, 0 };
	size_t nprobes = 0;
	for (int i = 0; i < npaths; i++) {
		const struct usdt_notes *notes = read_notes(arena, paths[i], err);
		if (!notes) {
			if (npaths == 1)
				return 0;
			continue;
		}
		nprobes += notes->nprobes;
		for (size_t j = 0; j < notes->nprobes; j++)
			if (probe_matches(&notes->probes[j], spec->ns, spec->func))
				add_match(&m, spec, paths[i], &notes->probes[j]);
	}
	*err = NULL;
	if (!m.n) {
		*err = not_found(arena, spec, pid, paths, npaths, nprobes);
		return 0;
	}
	if (!spec->ns && !glob_has_wildcard(spec->func) && (*err = ambiguity(arena, &m)))
		return 0;
	*out = m.attaches;
	return (int)m.n;
}

static void print_args(FILE *out, const struct usdt_probe *p)
{
	if (p->args_error) {
		fprintf(out, "    %s (%s)\n", p->args_text, p->args_error);
		return;
	}
	const char *s = p->args_text;
	for (int i = 0; i < p->nargs; i++) {
		while (*s == ' ')
			s++;
		size_t len = strcspn(s, " ");
		fprintf(out, "    arg%d: %sint%u (%.*s)\n", i, p->args[i].is_signed ? "" : "u",
			p->args[i].size * 8, (int)len, s);
		s += len;
	}
}

static int by_provider_and_name(const void *a, const void *b)
{
	const struct usdt_probe *x = *(const struct usdt_probe *const *)a;
	const struct usdt_probe *y = *(const struct usdt_probe *const *)b;
	int c = strcmp(x->provider, y->provider);
	return c ? c : strcmp(x->name, y->name);
}

int usdt_list(FILE *out, const char *path, const char *provider_glob, const char *name_glob,
	      bool verbose)
{
	const struct usdt_notes *notes = usdt_notes_get(path);
	if (!notes || !notes->ok)
		return notes ? -ENOEXEC : -errno;
	const struct usdt_probe **sorted = malloc((notes->nprobes + 1) * sizeof(*sorted));
	if (!sorted)
		return -ENOMEM;
	size_t n = 0;
	for (size_t i = 0; i < notes->nprobes; i++)
		if (probe_matches(&notes->probes[i], provider_glob, name_glob))
			sorted[n++] = &notes->probes[i];
	qsort(sorted, n, sizeof(*sorted), by_provider_and_name);
	int count = 0;
	for (size_t i = 0; i < n; i++) {
		/* A probe at several places (an inlined function) is listed once. */
		if (i && !by_provider_and_name(&sorted[i - 1], &sorted[i]))
			continue;
		fprintf(out, "usdt:%s:%s:%s\n", path, sorted[i]->provider, sorted[i]->name);
		if (verbose)
			print_args(out, sorted[i]);
		count++;
	}
	free(sorted);
	return count;
}

int attach_usdt(int prog_fd, const char *path, const struct usdt_probe *probe, int pid,
		const char *what)
{
	return attach_pmu_probe(prog_fd, "uprobe", false, (uint64_t)(uintptr_t)path,
				probe->pc_file_off, probe->semaphore_file_off, pid, "usdt", what);
}
