/* User symbols (see usyms.h): a process's executable mappings, each
 * pointing at the cached symbols of its file (elf_syms.c). */
#include "symbols/usyms.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symbols/elf_syms.h"

struct mapping {
	uint64_t start, end, offset;
	const char *path;
	const struct elf_syms *file;    /* NULL until first used */
};

struct proc {
	int pid;
	struct mapping *maps;
	size_t nmaps;
	struct proc *next;
};

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
	p->next = procs;
	procs = p;
	return p;
}

void usyms_remember(int pid)
{
	(void)proc_of(pid);
}

const char *usyms_resolve(int pid, uint64_t addr, uint64_t *offset, const char **module)
{
	if (module)
		*module = NULL;
	struct proc *p = proc_of(pid);
	if (!p)
		return NULL;
	for (size_t i = 0; i < p->nmaps; i++) {
		struct mapping *m = &p->maps[i];
		if (addr < m->start || addr >= m->end)
			continue;
		if (module)
			*module = m->path;
		if (!m->file)
			m->file = elf_syms_get(m->path);
		uint64_t vaddr;
		if (!m->file || !elf_syms_file_to_vaddr(m->file, addr - m->start + m->offset, &vaddr))
			return NULL;
		const struct elf_sym *s = elf_syms_at(m->file, vaddr, offset);
		return s ? s->name : NULL;
	}
	return NULL;
}
