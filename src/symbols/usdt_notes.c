/* USDT notes (see usdt_notes.h). The note layout is SystemTap's: after the
 * ELF note header, three addresses of the file's word size (the probe's
 * pc, the link-time address of .stapsdt.base, the semaphore), then three
 * NUL-terminated strings: provider, name, argument spec. When a tool such
 * as prelink moved the file, .stapsdt.base's address differs from the one
 * recorded, and pc and semaphore move by the same amount. */
#include "symbols/usdt_notes.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/arena.h"

#define NT_STAPSDT 3

struct notes_file {
	struct usdt_notes pub;
	struct arena arena;
	struct usdt_probe *probes;
	size_t cap;
	struct notes_file *next;
};

static struct notes_file *files;

/* ---- argument specs ---- */

/* x86-64 register names as the assembler writes them, by the struct
 * pt_regs field that holds them; every width of a register reads the
 * same field (the value is truncated to the argument's size anyway). */
static const struct {
	const char *field;
	const char *names[5];
} x86_regs[] = {
	{ "ax", { "rax", "eax", "ax", "al" } },
	{ "bx", { "rbx", "ebx", "bx", "bl" } },
	{ "cx", { "rcx", "ecx", "cx", "cl" } },
	{ "dx", { "rdx", "edx", "dx", "dl" } },
	{ "si", { "rsi", "esi", "si", "sil" } },
	{ "di", { "rdi", "edi", "di", "dil" } },
	{ "bp", { "rbp", "ebp", "bp", "bpl" } },
	{ "sp", { "rsp", "esp", "sp", "spl" } },
	{ "r8", { "r8", "r8d", "r8w", "r8b" } },
	{ "r9", { "r9", "r9d", "r9w", "r9b" } },
	{ "r10", { "r10", "r10d", "r10w", "r10b" } },
	{ "r11", { "r11", "r11d", "r11w", "r11b" } },
	{ "r12", { "r12", "r12d", "r12w", "r12b" } },
	{ "r13", { "r13", "r13d", "r13w", "r13b" } },
	{ "r14", { "r14", "r14d", "r14w", "r14b" } },
	{ "r15", { "r15", "r15d", "r15w", "r15b" } },
	{ "ip", { "rip", "eip" } },
};

static const char *reg_field(const char *name, size_t len)
{
	for (size_t i = 0; i < sizeof(x86_regs) / sizeof(x86_regs[0]); i++)
		for (int j = 0; j < 5 && x86_regs[i].names[j]; j++)
			if (strlen(x86_regs[i].names[j]) == len &&
			    !strncmp(x86_regs[i].names[j], name, len))
				return x86_regs[i].field;
	return NULL;
}

/* "%reg" at *p: its pt_regs field, with *p moved past it. */
static const char *parse_reg(const char **p)
{
	if (**p != '%')
		return NULL;
	const char *s = ++*p;
	while (isalnum((unsigned char)**p))
		++*p;
	return reg_field(s, (size_t)(*p - s));
}

static bool parse_int(const char **p, int64_t *v)
{
	char *end;
	errno = 0;
	long long x = strtoll(*p, &end, 0);
	if (end == *p || errno)
		return false;
	*v = x;
	*p = end;
	return true;
}

/* One operand, after "size@": $imm, %reg, [disp](%reg), sym[+-off](%rip). */
static bool parse_operand(const char *op, struct usdt_arg *a,
			  bool (*lookup)(void *ctx, const char *sym, uint64_t *vaddr), void *ctx)
{
	const char *p = op;
	if (*p == '$') {
		p++;
		a->kind = USDT_ARG_CONST;
		return parse_int(&p, &a->value) && !*p;
	}
	if (*p == '%') {
		a->kind = USDT_ARG_REG;
		a->reg = parse_reg(&p);
		return a->reg && !*p;
	}
	int64_t disp = 0;
	const char *sym = NULL;
	size_t sym_len = 0;
	if (isalpha((unsigned char)*p) || *p == '_' || *p == '.') {
		sym = p;
		while (isalnum((unsigned char)*p) || *p == '_' || *p == '.' || *p == '$')
			p++;
		sym_len = (size_t)(p - sym);
	}
	if ((*p == '-' || *p == '+' || isdigit((unsigned char)*p)) && !parse_int(&p, &disp))
		return false;
	if (*p != '(')
		return false;
	p++;
	const char *reg = parse_reg(&p);
	/* (%base,%index,scale) operands need a second register: not read. */
	if (!reg || strcmp(p, ")"))
		return false;
	if (!strcmp(reg, "ip")) {
		char name[256];
		uint64_t addr;
		if (!sym || sym_len >= sizeof(name) || !lookup)
			return false;
		memcpy(name, sym, sym_len);
		name[sym_len] = '\0';
		if (!lookup(ctx, name, &addr))
			return false;
		a->kind = USDT_ARG_RIP;
		a->value = (int64_t)(addr + (uint64_t)disp);
		return true;
	}
	if (sym)
		return false;
	a->kind = USDT_ARG_MEM;
	a->reg = reg;
	a->value = disp;
	return true;
}

int usdt_parse_args(const char *text, struct usdt_arg *args,
		    bool (*lookup)(void *ctx, const char *sym, uint64_t *vaddr), void *ctx,
		    char *err, size_t err_size)
{
	int n = 0;
	const char *p = text;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			return n;
		size_t len = strcspn(p, " \t");
		char word[256];
		if (len >= sizeof(word) || n == USDT_MAX_ARGS) {
			snprintf(err, err_size, "%s", n == USDT_MAX_ARGS ? "more than 12 arguments"
					: "an argument spec is too long");
			return -1;
		}
		memcpy(word, p, len);
		word[len] = '\0';
		p += len;
		struct usdt_arg *a = &args[n];
		memset(a, 0, sizeof(*a));
		const char *op = word;
		char *at = strchr(word, '@');
		a->size = 8;
		if (at) {
			char *end;
			long size = strtol(word, &end, 10);
			long mag = size < 0 ? -size : size;
			if (end != at || (mag != 1 && mag != 2 && mag != 4 && mag != 8)) {
				snprintf(err, err_size, "bad argument size in '%s'", word);
				return -1;
			}
			a->size = (unsigned)mag;
			a->is_signed = size < 0;
			op = at + 1;
		}
		if (!parse_operand(op, a, lookup, ctx)) {
			snprintf(err, err_size, "unsupported argument operand '%s'", word);
			return -1;
		}
		n++;
	}
}

/* ---- notes ---- */

struct segment {
	uint64_t offset, vaddr, filesz;
};

struct read_ctx {
	Elf *elf;
	struct segment *segs;
	size_t nsegs;
};

static bool vaddr_to_file(const struct read_ctx *r, uint64_t vaddr, uint64_t *off)
{
	for (size_t i = 0; i < r->nsegs; i++)
		if (vaddr >= r->segs[i].vaddr && vaddr < r->segs[i].vaddr + r->segs[i].filesz) {
			*off = vaddr - r->segs[i].vaddr + r->segs[i].offset;
			return true;
		}
	return false;
}

/* sym(%rip) operands name data symbols (.symtab, else .dynsym). */
static bool lookup_symbol(void *ctx, const char *name, uint64_t *vaddr)
{
	const struct read_ctx *r = ctx;
	for (int want = SHT_SYMTAB; want; want = want == SHT_SYMTAB ? SHT_DYNSYM : 0) {
		Elf_Scn *scn = NULL;
		while ((scn = elf_nextscn(r->elf, scn))) {
			GElf_Shdr sh;
			if (!gelf_getshdr(scn, &sh) || sh.sh_type != (GElf_Word)want || !sh.sh_entsize)
				continue;
			Elf_Data *data = elf_getdata(scn, NULL);
			size_t count = data ? sh.sh_size / sh.sh_entsize : 0;
			for (size_t i = 0; i < count; i++) {
				GElf_Sym sym;
				if (!gelf_getsym(data, (int)i, &sym) || sym.st_shndx == SHN_UNDEF)
					continue;
				const char *s = elf_strptr(r->elf, sh.sh_link, sym.st_name);
				if (s && !strcmp(s, name)) {
					*vaddr = sym.st_value;
					return true;
				}
			}
		}
	}
	return false;
}

static struct usdt_probe *new_probe(struct notes_file *f)
{
	if (f->pub.nprobes == f->cap) {
		size_t ncap = f->cap ? f->cap * 2 : 16;
		struct usdt_probe *np = realloc(f->probes, ncap * sizeof(*np));
		if (!np)
			return NULL;
		f->probes = np;
		f->cap = ncap;
	}
	struct usdt_probe *p = &f->probes[f->pub.nprobes++];
	memset(p, 0, sizeof(*p));
	return p;
}

static uint64_t read_word(const unsigned char *p, bool is64)
{
	if (is64) {
		uint64_t v;
		memcpy(&v, p, 8);
		return v;
	}
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static void read_note(struct notes_file *f, struct read_ctx *r, const unsigned char *desc,
		      size_t size, bool is64, bool has_base, uint64_t base)
{
	size_t word = is64 ? 8 : 4;
	if (size < 3 * word + 3)
		return;
	uint64_t pc = read_word(desc, is64), note_base = read_word(desc + word, is64);
	uint64_t sema = read_word(desc + 2 * word, is64);
	const char *provider = (const char *)desc + 3 * word;
	const char *end = (const char *)desc + size;
	const char *name = memchr(provider, '\0', (size_t)(end - provider));
	const char *args = name ? memchr(name + 1, '\0', (size_t)(end - name - 1)) : NULL;
	if (!name || !args || !memchr(args + 1, '\0', (size_t)(end - args - 1)))
		return;
	name++;
	args++;
	if (has_base && note_base) {
		pc += base - note_base;
		if (sema)
			sema += base - note_base;
	}
	struct usdt_probe *p = new_probe(f);
	if (!p)
		return;
	p->provider = arena_strdup(&f->arena, provider);
	p->name = arena_strdup(&f->arena, name);
	p->args_text = arena_strdup(&f->arena, args);
	p->pc = pc;
	if (!vaddr_to_file(r, pc, &p->pc_file_off))
		p->pc_file_off = pc;
	p->semaphore = sema;
	if (sema && !vaddr_to_file(r, sema, &p->semaphore_file_off))
		p->semaphore_file_off = 0;
	char err[300];
	p->nargs = usdt_parse_args(args, p->args, lookup_symbol, r, err, sizeof(err));
	if (p->nargs < 0) {
		p->nargs = 0;
		p->args_error = arena_strdup(&f->arena, err);
	}
}

static void load(struct notes_file *f)
{
	int fd = open(f->pub.path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	elf_version(EV_CURRENT);
	struct read_ctx r = { elf_begin(fd, ELF_C_READ, NULL), NULL, 0 };
	GElf_Ehdr eh;
	size_t nphdr, shstrndx;
	if (!r.elf || !gelf_getehdr(r.elf, &eh) || elf_getphdrnum(r.elf, &nphdr) ||
	    elf_getshdrstrndx(r.elf, &shstrndx))
		goto out;
	f->pub.ok = true;
	r.segs = calloc(nphdr + 1, sizeof(*r.segs));
	for (size_t i = 0; r.segs && i < nphdr; i++) {
		GElf_Phdr ph;
		if (gelf_getphdr(r.elf, (int)i, &ph) && ph.p_type == PT_LOAD)
			r.segs[r.nsegs++] = (struct segment){ ph.p_offset, ph.p_vaddr, ph.p_filesz };
	}
	bool has_base = false;
	uint64_t base = 0;
	Elf_Scn *scn = NULL;
	while ((scn = elf_nextscn(r.elf, scn))) {
		GElf_Shdr sh;
		const char *sname = gelf_getshdr(scn, &sh) ? elf_strptr(r.elf, shstrndx, sh.sh_name) : NULL;
		if (sname && !strcmp(sname, ".stapsdt.base")) {
			has_base = true;
			base = sh.sh_addr;
		}
	}
	bool is64 = eh.e_ident[EI_CLASS] == ELFCLASS64;
	while ((scn = elf_nextscn(r.elf, scn))) {
		GElf_Shdr sh;
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_NOTE)
			continue;
		Elf_Data *data = elf_getdata(scn, NULL);
		GElf_Nhdr nh;
		size_t off = 0, name_off, desc_off;
		while (data && (off = gelf_getnote(data, off, &nh, &name_off, &desc_off)) > 0) {
			const char *owner = (const char *)data->d_buf + name_off;
			if (nh.n_type == NT_STAPSDT && nh.n_namesz == sizeof("stapsdt") &&
			    !memcmp(owner, "stapsdt", sizeof("stapsdt")))
				read_note(f, &r, (const unsigned char *)data->d_buf + desc_off,
					  nh.n_descsz, is64, has_base, base);
		}
	}
	f->pub.probes = f->probes;
out:
	free(r.segs);
	if (r.elf)
		elf_end(r.elf);
	close(fd);
}

const struct usdt_notes *usdt_notes_get(const char *path)
{
	for (struct notes_file *f = files; f; f = f->next)
		if (!strcmp(f->pub.path, path))
			return &f->pub;
	if (access(path, R_OK) != 0)
		return NULL;
	struct notes_file *f = calloc(1, sizeof(*f));
	if (!f) {
		errno = ENOMEM;
		return NULL;
	}
	f->pub.path = arena_strdup(&f->arena, path);
	f->next = files;
	files = f;
	load(f);
	return &f->pub;
}
