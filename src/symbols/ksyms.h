/* Kernel symbols: /proc/kallsyms read once, on first use, sorted by
 * address; lookups by binary search. */
#ifndef BPFSCOPE_SYMBOLS_KSYMS_H
#define BPFSCOPE_SYMBOLS_KSYMS_H

#include <stdint.h>

/* The symbol containing `addr` (the last one at or below it) and the
 * offset into it; NULL when kallsyms is unreadable, hides addresses
 * (kptr_restrict), or `addr` is below every symbol. */
const char *ksyms_resolve(uint64_t addr, uint64_t *offset);

/* The address of symbol `name`, or 0. */
uint64_t ksyms_address(const char *name);

#endif
