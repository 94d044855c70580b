/* The function symbols of an ELF file (.symtab, else .dynsym) and its
 * loadable segments, read with libelf once per path and cached for the
 * life of the process. Used to symbolize user addresses (usyms.c) and to
 * find the file offset of a function to put a uprobe on. */
#ifndef BPFSCOPE_SYMBOLS_ELF_SYMS_H
#define BPFSCOPE_SYMBOLS_ELF_SYMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct elf_sym {
	uint64_t addr, size;        /* virtual address in the file's own layout */
	const char *name;
};

struct elf_syms {
	const char *path;
	bool ok;                    /* the file was read as ELF */
	bool is_dyn;                /* ET_DYN: a PIE or shared library */
	const struct elf_sym *syms; /* by address */
	size_t nsyms;
};

/* The file's symbols; NULL when it cannot be opened (errno says why). A
 * file that is not ELF gives ok = false. */
const struct elf_syms *elf_syms_get(const char *path);

/* The function containing virtual address `vaddr` and the offset into it. */
const struct elf_sym *elf_syms_at(const struct elf_syms *e, uint64_t vaddr, uint64_t *offset);

/* The function named `name`, or NULL. */
const struct elf_sym *elf_syms_find(const struct elf_syms *e, const char *name);

/* Any symbol (function or object) named `name` in `path`'s .symtab or
 * .dynsym: its virtual address. Read afresh (for uaddr() at compile
 * time). Returns false when there is none. */
bool elf_syms_lookup_any(const char *path, const char *name, uint64_t *vaddr);

/* Between a file offset and a virtual address, through the PT_LOAD
 * segments. Return false when no segment covers it. */
bool elf_syms_file_to_vaddr(const struct elf_syms *e, uint64_t file_off, uint64_t *vaddr);
bool elf_syms_vaddr_to_file(const struct elf_syms *e, uint64_t vaddr, uint64_t *file_off);

#endif
