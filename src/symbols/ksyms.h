/* Kernel symbols: /proc/kallsyms read once, on first use, sorted by
 * address; lookups by binary search. */
#ifndef BPFSCOPE_SYMBOLS_KSYMS_H
#define BPFSCOPE_SYMBOLS_KSYMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One line of /proc/kallsyms: "address type name", with "\t[module]"
 * after the name for a module's symbol. */
struct ksyms_line {
	uint64_t addr;
	char type;                  /* 't'/'T': text (a function), 'a'/'A': absolute, ... */
	const char *name;           /* name_len bytes, not NUL-terminated */
	size_t name_len;
	const char *module;         /* module_len bytes; NULL for the kernel's own symbols */
	size_t module_len;
};

/* Parses the line at *text and moves *text to the next line (or the end).
 * False when the line is not of that form. */
bool ksyms_parse_line(const char **text, struct ksyms_line *line);

/* The symbol containing `addr` (the last one at or below it) and the
 * offset into it; NULL when kallsyms is unreadable, hides addresses
 * (kptr_restrict), or `addr` is below every symbol. */
const char *ksyms_resolve(uint64_t addr, uint64_t *offset);

/* The address of symbol `name`, or 0. */
uint64_t ksyms_address(const char *name);

#endif
