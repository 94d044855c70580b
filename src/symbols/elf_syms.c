/* ELF function symbols (see elf_syms.h). */
#include "symbols/elf_syms.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct segment {
	uint64_t offset, vaddr, filesz;
};

struct file {
	struct elf_syms pub;
	struct elf_sym *syms;
	size_t cap;
	char *names;
	size_t names_len, names_cap;
	struct segment *segs;
	size_t nsegs;
	const struct elf_sym **by_name;     /* sorted by name, built on first find */
	struct file *next;
};

static struct file *files;

static int by_addr(const void *a, const void *b)
{
	const struct elf_sym *x = a, *y = b;
	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return strcmp(x->name, y->name);
}

static void add_sym(struct file *f, uint64_t addr, uint64_t size, const char *name)
{
	size_t len = strlen(name) + 1;
	if (f->names_len + len > f->names_cap) {
		size_t ncap = f->names_cap ? f->names_cap * 2 : 65536;
		while (ncap < f->names_len + len)
			ncap *= 2;
		char *nn = realloc(f->names, ncap);
		if (!nn)
			return;
		f->names = nn;
		f->names_cap = ncap;
	}
	if (f->pub.nsyms == f->cap) {
		size_t ncap = f->cap ? f->cap * 2 : 1024;
		struct elf_sym *ns = realloc(f->syms, ncap * sizeof(*ns));
		if (!ns)
			return;
		f->syms = ns;
		f->cap = ncap;
	}
	memcpy(f->names + f->names_len, name, len);
	/* The name as an offset until `names` stops moving. */
	f->syms[f->pub.nsyms++] = (struct elf_sym){ addr, size, (const char *)(uintptr_t)f->names_len };
	f->names_len += len;
}

static void read_symtab(Elf *elf, Elf_Scn *scn, const GElf_Shdr *sh, struct file *f)
{
	Elf_Data *data = elf_getdata(scn, NULL);
	if (!data || !sh->sh_entsize)
		return;
	size_t count = sh->sh_size / sh->sh_entsize;
	for (size_t i = 0; i < count; i++) {
		GElf_Sym sym;
		if (!gelf_getsym(data, (int)i, &sym) || !sym.st_value || sym.st_shndx == SHN_UNDEF)
			continue;
		int type = GELF_ST_TYPE(sym.st_info);
		if (type != STT_FUNC && type != STT_GNU_IFUNC)
			continue;
		const char *name = elf_strptr(elf, sh->sh_link, sym.st_name);
		if (name && *name)
			add_sym(f, sym.st_value, sym.st_size, name);
	}
}

/* The separate debug file of an ELF file stripped of .symtab, where the
 * debugger would look: by build id under /usr/lib/debug/.build-id/, then
 * by .gnu_debuglink next to the file, in its .debug/ and under
 * /usr/lib/debug/. Writes the path into `out`; false when none exists. */
static bool debug_file(Elf *elf, const char *path, char *out, size_t size)
{
	Elf_Scn *scn = NULL;
	const char *link = NULL;
	while ((scn = elf_nextscn(elf, scn))) {
		GElf_Shdr sh;
		size_t shstrndx;
		if (!gelf_getshdr(scn, &sh) || elf_getshdrstrndx(elf, &shstrndx))
			continue;
		const char *name = elf_strptr(elf, shstrndx, sh.sh_name);
		Elf_Data *data = elf_getdata(scn, NULL);
		if (!name || !data || !data->d_buf)
			continue;
		if (sh.sh_type == SHT_NOTE && !strcmp(name, ".note.gnu.build-id")) {
			GElf_Nhdr nh;
			size_t name_off, desc_off;
			if (gelf_getnote(data, 0, &nh, &name_off, &desc_off) && nh.n_type == NT_GNU_BUILD_ID &&
			    nh.n_descsz > 1 && nh.n_descsz <= 64) {
				const unsigned char *id = (const unsigned char *)data->d_buf + desc_off;
				int n = snprintf(out, size, "/usr/lib/debug/.build-id/%02x/", id[0]);
				for (size_t i = 1; i < nh.n_descsz && n > 0 && (size_t)n < size; i++)
					n += snprintf(out + n, size - (size_t)n, "%02x", id[i]);
				if (n > 0 && (size_t)n < size &&
				    (size_t)snprintf(out + n, size - (size_t)n, ".debug") < size - (size_t)n &&
				    access(out, R_OK) == 0)
					return true;
			}
		} else if (!strcmp(name, ".gnu_debuglink") && memchr(data->d_buf, '\0', data->d_size)) {
			link = data->d_buf;
		}
	}
	if (!link || !*link)
		return false;
	const char *slash = strrchr(path, '/');
	int dir = slash ? (int)(slash - path) : 0;
	const char *forms[] = { "%.*s/%s", "%.*s/.debug/%s", "/usr/lib/debug%.*s/%s" };
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
		if ((size_t)snprintf(out, size, forms[i], dir, path, link) < size &&
		    strcmp(out, path) && access(out, R_OK) == 0)
			return true;
	return false;
}

static void read_sections(Elf *elf, struct file *f, GElf_Word type)
{
	Elf_Scn *scn = NULL;
	while ((scn = elf_nextscn(elf, scn))) {
		GElf_Shdr sh;
		if (gelf_getshdr(scn, &sh) && sh.sh_type == type)
			read_symtab(elf, scn, &sh, f);
	}
}

/* A name at an address once, though a table and .dynsym both list it (or
 * .dynsym lists it under two versions): probe wildcards attach once. */
static void drop_duplicates(struct file *f)
{
	size_t kept = 0;
	for (size_t i = 0; i < f->pub.nsyms; i++)
		if (!kept || by_addr(&f->syms[kept - 1], &f->syms[i]))
			f->syms[kept++] = f->syms[i];
	f->pub.nsyms = kept;
}

/* Function symbols from a separate debug file, when there is one. */
static void read_debug_file(Elf *elf, struct file *f)
{
	char path[4096];
	if (!debug_file(elf, f->pub.path, path, sizeof(path)))
		return;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	Elf *dbg = elf_begin(fd, ELF_C_READ, NULL);
	Elf_Scn *scn = NULL;
	while (dbg && (scn = elf_nextscn(dbg, scn))) {
		GElf_Shdr sh;
		if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_SYMTAB)
			read_symtab(dbg, scn, &sh, f);
	}
	if (dbg)
		elf_end(dbg);
	close(fd);
}

static void load(struct file *f)
{
	int fd = open(f->pub.path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	elf_version(EV_CURRENT);
	Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
	GElf_Ehdr eh;
	size_t nphdr;
	if (elf && gelf_getehdr(elf, &eh) && !elf_getphdrnum(elf, &nphdr)) {
		f->pub.is_dyn = eh.e_type == ET_DYN;
		f->segs = calloc(nphdr + 1, sizeof(*f->segs));
		for (size_t i = 0; f->segs && i < nphdr; i++) {
			GElf_Phdr ph;
			if (gelf_getphdr(elf, (int)i, &ph) && ph.p_type == PT_LOAD)
				f->segs[f->nsegs++] = (struct segment){ ph.p_offset, ph.p_vaddr,
									ph.p_filesz };
		}
		/* .symtab when the file has one (it holds the static functions
		 * too), else the one of its separate debug file with .dynsym, else
		 * .dynsym alone. The debug file's table can lack exported aliases
		 * (glibc's pthread_create is __pthread_create_2_1 there). */
		read_sections(elf, f, SHT_SYMTAB);
		if (!f->pub.nsyms) {
			read_debug_file(elf, f);
			read_sections(elf, f, SHT_DYNSYM);
		}
		for (size_t i = 0; i < f->pub.nsyms; i++)
			f->syms[i].name = f->names + (uintptr_t)f->syms[i].name;
		qsort(f->syms, f->pub.nsyms, sizeof(*f->syms), by_addr);
		drop_duplicates(f);
		f->pub.syms = f->syms;
		f->pub.ok = true;
	}
	if (elf)
		elf_end(elf);
	close(fd);
}

bool elf_syms_lookup_any(const char *path, const char *name, uint64_t *vaddr)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	elf_version(EV_CURRENT);
	Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
	bool found = false;
	Elf_Scn *scn = NULL;
	while (elf && !found && (scn = elf_nextscn(elf, scn))) {
		GElf_Shdr sh;
		if (!gelf_getshdr(scn, &sh) || (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM) ||
		    !sh.sh_entsize)
			continue;
		Elf_Data *data = elf_getdata(scn, NULL);
		size_t count = data ? sh.sh_size / sh.sh_entsize : 0;
		for (size_t i = 0; i < count && !found; i++) {
			GElf_Sym sym;
			if (!gelf_getsym(data, (int)i, &sym) || !sym.st_value ||
			    sym.st_shndx == SHN_UNDEF)
				continue;
			const char *n = elf_strptr(elf, sh.sh_link, sym.st_name);
			if (n && !strcmp(n, name)) {
				*vaddr = sym.st_value;
				found = true;
			}
		}
	}
	if (elf)
		elf_end(elf);
	close(fd);
	return found;
}

const struct elf_syms *elf_syms_get(const char *path)
{
	for (struct file *f = files; f; f = f->next)
		if (!strcmp(f->pub.path, path))
			return &f->pub;
	if (access(path, R_OK) != 0)
		return NULL;
	struct file *f = calloc(1, sizeof(*f));
	char *copy = strdup(path);
	if (!f || !copy) {
		free(f);
		free(copy);
		errno = ENOMEM;
		return NULL;
	}
	f->pub.path = copy;
	f->next = files;
	files = f;
	load(f);
	return &f->pub;
}

const struct elf_sym *elf_syms_at(const struct elf_syms *e, uint64_t vaddr, uint64_t *offset)
{
	if (!e->nsyms || vaddr < e->syms[0].addr)
		return NULL;
	size_t lo = 0, n = e->nsyms;
	while (n > 1) {
		size_t half = n / 2;
		if (e->syms[lo + half].addr <= vaddr)
			lo += half;
		n -= half;
	}
	const struct elf_sym *s = &e->syms[lo];
	if (s->size && vaddr >= s->addr + s->size)
		return NULL;
	*offset = vaddr - s->addr;
	return s;
}

static int by_name(const void *a, const void *b)
{
	const struct elf_sym *x = *(const struct elf_sym *const *)a;
	const struct elf_sym *y = *(const struct elf_sym *const *)b;
	return strcmp(x->name, y->name);
}

const struct elf_sym *elf_syms_find(const struct elf_syms *e, const char *name)
{
	struct file *f = (struct file *)e;
	if (!f->by_name && e->nsyms) {
		f->by_name = malloc(e->nsyms * sizeof(*f->by_name));
		if (!f->by_name)
			return NULL;
		for (size_t i = 0; i < e->nsyms; i++)
			f->by_name[i] = &e->syms[i];
		qsort(f->by_name, e->nsyms, sizeof(*f->by_name), by_name);
	}
	struct elf_sym key = { .name = name };
	const struct elf_sym *kp = &key;
	const struct elf_sym **hit = e->nsyms ? bsearch(&kp, f->by_name, e->nsyms,
							 sizeof(*f->by_name), by_name) : NULL;
	return hit ? *hit : NULL;
}

bool elf_syms_file_to_vaddr(const struct elf_syms *e, uint64_t file_off, uint64_t *vaddr)
{
	const struct file *f = (const struct file *)e;
	for (size_t s = 0; s < f->nsegs; s++)
		if (file_off >= f->segs[s].offset && file_off < f->segs[s].offset + f->segs[s].filesz) {
			*vaddr = file_off - f->segs[s].offset + f->segs[s].vaddr;
			return true;
		}
	return false;
}

bool elf_syms_vaddr_to_file(const struct elf_syms *e, uint64_t vaddr, uint64_t *file_off)
{
	const struct file *f = (const struct file *)e;
	for (size_t s = 0; s < f->nsegs; s++)
		if (vaddr >= f->segs[s].vaddr && vaddr < f->segs[s].vaddr + f->segs[s].filesz) {
			*file_off = vaddr - f->segs[s].vaddr + f->segs[s].offset;
			return true;
		}
	return false;
}
