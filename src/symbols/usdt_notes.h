/* USDT probes of an ELF file: the SystemTap SDT notes (.note.stapsdt,
 * owner "stapsdt", type 3) read with libelf once per path and cached for
 * the life of the process. Each note gives a probe's provider and name,
 * its address, its semaphore's address (0 when it has none) and its
 * arguments as an assembler-operand spec, "-4@%edi 8@-8(%rbp) 4@$5". */
#ifndef BPFSCOPE_SYMBOLS_USDT_NOTES_H
#define BPFSCOPE_SYMBOLS_USDT_NOTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The most arguments a probe can have (STAP_PROBE12). */
#define USDT_MAX_ARGS 12

enum usdt_arg_kind {
	USDT_ARG_CONST,     /* $5: the value itself */
	USDT_ARG_REG,       /* %edi: a register */
	USDT_ARG_MEM,       /* -8(%rbp): memory at a register plus an offset */
	USDT_ARG_RIP,       /* sym+8(%rip): memory at a fixed address of the file */
};

struct usdt_arg {
	enum usdt_arg_kind kind;
	unsigned size;      /* 1, 2, 4 or 8 bytes */
	bool is_signed;     /* a negative size in the spec */
	const char *reg;    /* REG, MEM: the struct pt_regs name ("di", "sp", "r8") */
	int64_t value;      /* CONST: the value; MEM: the offset; RIP: the virtual address */
};

struct usdt_probe {
	const char *provider, *name;
	uint64_t pc;            /* virtual address, adjusted by .stapsdt.base */
	uint64_t pc_file_off;   /* where the uprobe goes */
	uint64_t semaphore;     /* virtual address, 0: none */
	uint64_t semaphore_file_off;   /* the uprobe's ref_ctr_offset, 0: none */
	const char *args_text;  /* the spec as written in the note */
	int nargs;
	struct usdt_arg args[USDT_MAX_ARGS];
	const char *args_error; /* why the spec cannot be used, or NULL */
};

struct usdt_notes {
	const char *path;
	bool ok;                /* read as ELF */
	const struct usdt_probe *probes;   /* in note order */
	size_t nprobes;
};

/* The probes of `path`; NULL when it cannot be opened (errno says why). A
 * file that is not ELF gives ok = false; one without notes, nprobes = 0. */
const struct usdt_notes *usdt_notes_get(const char *path);

/* Parses an argument spec into `args` (room for USDT_MAX_ARGS). Symbols
 * in sym(%rip) operands are looked up through `lookup` (NULL: none known),
 * which returns false when there is no such symbol. Returns the count, or
 * -1 with `err` set to what is wrong ("unsupported operand '...'"). */
int usdt_parse_args(const char *text, struct usdt_arg *args,
		    bool (*lookup)(void *ctx, const char *sym, uint64_t *vaddr), void *ctx,
		    char *err, size_t err_size);

#endif
