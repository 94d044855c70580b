#include "sema/pt_regs.h"

#include <string.h>

/* In the order of struct pt_regs (arch/x86/include/asm/ptrace.h), each
 * 8 bytes. */
static const char *const regs[] = {
	"r15", "r14", "r13", "r12", "bp", "bx", "r11", "r10", "r9", "r8", "ax",
	"cx", "dx", "si", "di", "orig_ax", "ip", "cs", "flags", "sp", "ss",
};

int pt_regs_offset(const char *name)
{
	for (size_t i = 0; i < sizeof(regs) / sizeof(regs[0]); i++)
		if (!strcmp(name, regs[i]))
			return (int)(i * 8);
	return -1;
}

const char *pt_regs_names(void)
{
	return "r15, r14, r13, r12, bp, bx, r11, r10, r9, r8, ax, cx, dx, si, di, orig_ax, ip, "
	       "cs, flags, sp, ss";
}
