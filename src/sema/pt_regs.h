/* reg("name"): x86-64 registers by their struct pt_regs names, as
 * bpftrace spells them ("di", "ip", "r8", ...). */
#ifndef BPFSCOPE_SEMA_PT_REGS_H
#define BPFSCOPE_SEMA_PT_REGS_H

/* The byte offset of register `name` in struct pt_regs, or -1. */
int pt_regs_offset(const char *name);

/* The names, comma-separated, for messages. */
const char *pt_regs_names(void);

#endif
