/* Stacks recorded by kstack/ustack: the kernel keeps the frames in the
 * program's stack-trace map; a recorded value is (pid << 32 | stack id).
 * This turns one into the text bpftrace prints. */
#ifndef BPFSCOPE_RUNTIME_STACKS_H
#define BPFSCOPE_RUNTIME_STACKS_H

#include <stdint.h>

#include "runtime/out_value.h"

struct arena;
struct type;

/* The stack-trace map, holding up to `frames` addresses per stack. */
void stacks_set_map(int fd, uint32_t frames);

/* The stack `packed` (of TY_STACK `ty`: user or kernel, mode, limit) as
 * text: "\n" then one line per frame, e.g. "        vfs_read+5\n" in
 * bpftrace mode. "" when the stack could not be taken. */
struct out_value stacks_value(struct arena *arena, const struct type *ty, uint64_t packed);

#endif
