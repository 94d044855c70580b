/* A probe pattern listed as the attach points it matches: for -r
 * (regular expressions, which bpftrace's wildcards cannot say), and for
 * library patterns that take in IFUNCs, whose uprobes go elsewhere. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "providers/tracefs.h"
#include "symbols/elf_syms.h"
#include "symbols/usdt_notes.h"
#include "tools/multi/multi_impl.h"
#include "util/glob.h"

/* More than this is a pattern that was meant to be narrower. */
#define MAX_TARGETS 4000

bool bcc_probe_match(const struct bcc_probe *p, const char *text)
{
	if (p->re)
		return regexec(p->re, text, 0, NULL, 0) == 0;
	return glob_match(p->name, text);
}

static int add(struct bcc_targets *t, char *attach, char *display, bool renamed)
{
	if (t->n == MAX_TARGETS || !attach || !display) {
		free(attach);
		free(display);
		return -1;
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		struct bcc_target *grown = realloc(t->items, t->cap * sizeof(*grown));
		if (!grown) {
			free(attach);
			free(display);
			return -1;
		}
		t->items = grown;
	}
	t->items[t->n++] = (struct bcc_target){ attach, display, renamed };
	return 0;
}

/* "KIND:PATH:NAME", or "KIND:NAME" when path is NULL: a new string. */
static char *attach_text(const char *kind, const char *path, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	if (path)
		strbuf_printf(&sb, "%s:%s:%s", kind, path, name);
	else
		strbuf_printf(&sb, "%s:%s", kind, name);
	return sb.data;
}

/* Uprobes cannot go on an instruction with a VEX or EVEX prefix (the
 * kernel refuses them with ENOTSUPP), and the AVX versions of glibc's
 * string functions start with one. */
static bool probeable(const struct elf_syms *e, const char *path, const char *name)
{
	const struct elf_sym *sym = elf_syms_find(e, name);
	uint64_t off;
	if (!sym || !elf_syms_vaddr_to_file(e, sym->addr, &off))
		return true;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	unsigned char first = 0;
	if (fd >= 0) {
		if (pread(fd, &first, 1, (off_t)off) != 1)
			first = 0;
		close(fd);
	}
	return first != 0xc4 && first != 0xc5 && first != 0x62;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int expand_functions(const struct bcc_probe *p, struct bcc_targets *t)
{
	const struct elf_syms *e = elf_syms_get(p->path);
	if (!e || !e->ok || !e->nsyms)
		return 0;
	const char **names = calloc(e->nsyms, sizeof(*names));
	if (!names)
		return -1;
	size_t n = 0;
	for (size_t i = 0; i < e->nsyms; i++) {
		const char *name = e->syms[i].name;
		size_t len = strlen(name);
		/* glibc's IFUNC resolvers: they run once per process, at link time */
		if (len > 6 && !strcmp(name + len - 6, "_ifunc"))
			continue;
		if (bcc_probe_match(p, name))
			names[n++] = name;
	}
	qsort(names, n, sizeof(*names), by_name);
	const char *kind = p->kind == BCC_URETPROBE ? "uretprobe" : "uprobe";
	int status = 0;
	for (size_t i = 0; i < n && !status; i++) {
		if (i && !strcmp(names[i - 1], names[i]))
			continue;
		const char *impl = bcc_ifunc_target(p->path, names[i]);
		const char *at = impl ? impl : names[i];
		if (!probeable(e, p->path, at)) {
			t->skipped++;
			continue;
		}
		status = add(t, attach_text(kind, p->path, at), strdup(names[i]), impl != NULL);
	}
	free(names);
	return status;
}

static int expand_usdt(const struct bcc_probe *p, struct bcc_targets *t)
{
	const struct usdt_notes *notes = usdt_notes_get(p->path);
	if (!notes || !notes->ok)
		return 0;
	for (size_t i = 0; i < notes->nprobes; i++) {
		const struct usdt_probe *u = &notes->probes[i];
		if ((p->provider && !glob_match(p->provider, u->provider)) || !bcc_probe_match(p, u->name))
			continue;
		struct strbuf sb = STRBUF_INIT;
		strbuf_printf(&sb, "usdt:%s:%s:%s", p->path, u->provider, u->name);
		char *attach = sb.data;
		bool dup = false;
		for (size_t k = 0; k < t->n; k++)
			dup |= !strcmp(t->items[k].attach, attach);
		if (dup) {
			free(attach);
			continue;
		}
		if (add(t, attach, strdup(u->name), false))
			return -1;
	}
	return 0;
}

static int expand_tracepoints(const struct bcc_probe *p, struct bcc_targets *t)
{
	size_t len;
	char *text = tracefs_read("available_events", &len);
	if (!text)
		return 0;
	int status = 0;
	for (char *line = strtok(text, "\n"); line && !status; line = strtok(NULL, "\n")) {
		char *colon = strchr(line, ':');
		if (!colon)
			continue;
		bool hit;
		if (p->re) {
			hit = bcc_probe_match(p, line);
		} else {
			*colon = '\0';
			hit = glob_match(p->category, line) && glob_match(p->name, colon + 1);
			*colon = ':';
		}
		if (hit)
			status = add(t, attach_text("tracepoint", NULL, line), strdup(line), false);
	}
	free(text);
	return status;
}

static int expand_kernel_functions(const struct bcc_probe *p, struct bcc_targets *t)
{
	FILE *f = fopen("/proc/kallsyms", "re");
	if (!f)
		return 0;
	const char *kind = p->kind == BCC_KRETPROBE ? "kretprobe" : "kprobe";
	char line[512];
	int status = 0;
	while (!status && fgets(line, sizeof(line), f)) {
		char type, name[256];
		unsigned long long addr;
		if (sscanf(line, "%llx %c %255s", &addr, &type, name) != 3 ||
		    (type != 't' && type != 'T') || strchr(line, '['))
			continue;
		if (!bcc_probe_match(p, name))
			continue;
		bool dup = false;
		for (size_t k = t->n; k-- > 0 && !dup && k + 8 > t->n;)
			dup = !strcmp(t->items[k].display, name);
		if (!dup)
			status = add(t, attach_text(kind, NULL, name), strdup(name), false);
	}
	fclose(f);
	return status;
}

int bcc_probe_expand(const char *tool, const char *arg, const struct bcc_probe *p,
		     struct bcc_targets *t)
{
	memset(t, 0, sizeof(*t));
	int status;
	switch (p->kind) {
	case BCC_UPROBE:
	case BCC_URETPROBE:
		status = expand_functions(p, t);
		break;
	case BCC_USDT:
		status = expand_usdt(p, t);
		break;
	case BCC_TRACEPOINT:
		status = expand_tracepoints(p, t);
		break;
	default:
		status = expand_kernel_functions(p, t);
		break;
	}
	if (!status && t->n)
		return 0;
	if (status && t->n == MAX_TARGETS)
		multi_error(tool, arg, 0, strlen(arg),
			    "the pattern matches more than %d probes: narrow it", MAX_TARGETS);
	else if (status)
		multi_error(tool, NULL, 0, 0, "out of memory");
	else
		multi_error(tool, arg, 0, strlen(arg), "the pattern matches nothing%s",
			    t->skipped ? " that a uprobe can be put on" : "");
	bcc_targets_free(t);
	return 1;
}

void bcc_targets_free(struct bcc_targets *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->items[i].attach);
		free(t->items[i].display);
	}
	free(t->items);
	memset(t, 0, sizeof(*t));
}
