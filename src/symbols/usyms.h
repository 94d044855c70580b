/* User-space symbols: a process's executable mappings from
 * /proc/PID/maps, and each mapped file's ELF symbol tables (.symtab, else
 * .dynsym), read with libelf; code a JIT made, from the /tmp/perf-PID.map
 * it writes. All are cached for the life of the process, so a process
 * that exits after its first symbolized address still resolves. */
#ifndef BPFSCOPE_SYMBOLS_USYMS_H
#define BPFSCOPE_SYMBOLS_USYMS_H

#include <stdint.h>

/* The function containing `addr` in process `pid`, the offset into it and
 * the file it is in (`module`, may be NULL). Returns NULL when unknown;
 * *module is still set when the address is in a known mapping. */
const char *usyms_resolve(int pid, uint64_t addr, uint64_t *offset, const char **module);

/* Reads the mappings of `pid` now, if not cached yet (call while the
 * process is known to be alive). */
void usyms_remember(int pid);

#endif
