/* User symbols (see usyms.h): a process's executable mappings, each
 * pointing at the cached symbols of its file (elf_syms.c). */
#include "symbols/usyms.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symbols/demangle.h"
#include "symbols/elf_syms.h"

struct mapping {
	uint64_t start, end, offset;
	const char *path;
	const struct elf_syms *file;    /* NULL until first used */
};

/* A JIT's symbol, from /tmp/perf-PID.map ("START SIZE name", hex). */
struct jit_sym {
	uint64_t start, size;
	char *name;
};

struct proc {
	int pid;
	struct mapping *maps;
	size_t nmaps;
	struct jit_sym *jit;    /* by start */
	size_t njit;
	struct proc *next;
};

static int by_start(const void *a, const void *b)
{
	const struct jit_sym *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* The perf map a JIT (node, the JVM with perf-map-agent, ...) writes. */
static void load_perf_map(struct proc *p)
{
	char path[64];
	snprintf(path, sizeof(path), "/tmp/perf-%d.map", p->pid);
	FILE *in = fopen(path, "re");
	if (!in)
		return;
	size_t cap = 0;
	char line[4096];
	while (fgets(line, sizeof(line), in)) {
		unsigned long long start, size;
		int name_at = 0;
		if (sscanf(line, "%llx %llx %n", &start, &size, &name_at) < 2 || !name_at)
			continue;
		char *name = line + name_at;
		name[strcspn(name, "\n")] = '\0';
		if (p->njit == cap) {
			cap = cap ? cap * 2 : 256;
			struct jit_sym *nj = realloc(p->jit, cap * sizeof(*nj));
			if (!nj)
				break;
			p->jit = nj;
		}
		char *copy = strdup(name);
		if (!copy)
			break;
		p->jit[p->njit++] = (struct jit_sym){ start, size, copy };
	}
	fclose(in);
	qsort(p->jit, p->njit, sizeof(*p->jit), by_start);
}

static const char *jit_resolve(const struct proc *p, uint64_t addr, uint64_t *offset)
{
	size_t lo = 0, hi = p->njit;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (p->jit[mid].start <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || addr >= p->jit[lo - 1].start + p->jit[lo - 1].size)
		return NULL;
	*offset = addr - p->jit[lo - 1].start;
	return p->jit[lo - 1].name;
}

static struct proc *procs;

static struct proc *proc_of(int pid)
{
	for (struct proc *p = procs; p; p = p->next)
		if (p->pid == pid)
			return p;
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	FILE *in = fopen(path, "re");
	if (!in)
		return NULL;
	struct proc *p = calloc(1, sizeof(*p));
	if (!p) {
		fclose(in);
		return NULL;
	}
	p->pid = pid;
	size_t cap = 0;
	char line[4096];
	while (fgets(line, sizeof(line), in)) {
		unsigned long long start, end, off;
		char perms[8];
		int name_at = 0;
		if (sscanf(line, "%llx-%llx %7s %llx %*s %*s %n", &start, &end, perms, &off,
			   &name_at) < 4 || !name_at || !strchr(perms, 'x'))
			continue;
		char *name = line + name_at;
		name[strcspn(name, "\n")] = '\0';
		if (name[0] != '/')
			continue;
		if (p->nmaps == cap) {
			cap = cap ? cap * 2 : 32;
			struct mapping *nm = realloc(p->maps, cap * sizeof(*nm));
			if (!nm)
				break;
			p->maps = nm;
		}
		char *copy = strdup(name);
		if (!copy)
			break;
		p->maps[p->nmaps++] = (struct mapping){ start, end, off, copy, NULL };
	}
	fclose(in);
	load_perf_map(p);
	p->next = procs;
	procs = p;
	return p;
}

void usyms_remember(int pid)
{
	(void)proc_of(pid);
}

/* Stacks repeat their frames: the last answers, by pid and address. */
#define CACHE_BITS 13
static struct answer {
	int pid;
	uint64_t addr, offset;
	const char *name, *module;
} cache[1 << CACHE_BITS];

static const char *resolve(int pid, uint64_t addr, uint64_t *offset, const char **module);

const char *usyms_resolve(int pid, uint64_t addr, uint64_t *offset, const char **module)
{
	size_t slot = (size_t)(((addr ^ (uint64_t)pid << 40) * 0x9e3779b97f4a7c15ull) >>
			       (64 - CACHE_BITS));
	struct answer *a = &cache[slot];
	if (a->pid != pid || a->addr != addr || !a->pid) {
		a->pid = pid;
		a->addr = addr;
		a->offset = 0;
		a->name = resolve(pid, addr, &a->offset, &a->module);
	}
	if (module)
		*module = a->module;
	*offset = a->offset;
	return a->name;
}

static const char *resolve(int pid, uint64_t addr, uint64_t *offset, const char **module)
{
	*module = NULL;
	struct proc *p = proc_of(pid);
	if (!p)
		return NULL;
	for (size_t i = 0; i < p->nmaps; i++) {
		struct mapping *m = &p->maps[i];
		if (addr < m->start || addr >= m->end)
			continue;
		*module = m->path;
		if (!m->file)
			m->file = elf_syms_get(m->path);
		uint64_t vaddr;
		if (!m->file || !elf_syms_file_to_vaddr(m->file, addr - m->start + m->offset, &vaddr))
			return NULL;
		const struct elf_sym *s = elf_syms_at(m->file, vaddr, offset);
		return s ? demangle(s->name) : NULL;
	}
	return jit_resolve(p, addr, offset);
}
