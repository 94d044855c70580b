/* IR to BPF instructions: the back end's pipeline, read top to bottom in
 * emit_func(): register allocation, frame layout, then one pass over the
 * blocks in layout order, each block a label, each instruction tagged with
 * its IR origin through insn_buf_set_origin(). */
#ifndef BPFSCOPE_CODEGEN_EMIT_H
#define BPFSCOPE_CODEGEN_EMIT_H

#include <stddef.h>

#include "codegen/bpf_insn.h"
#include "codegen/regalloc.h"

struct ir_func;

/* Appends `fn`, then its subprograms (fn->subs, each insn_off set), to `out` (not finished: the caller calls insn_buf_finish()).
 * `ra`, when not NULL, receives the allocation (e.g. for `-d regalloc`).
 * Returns 0, or a negative errno with `err` set. */
int emit_func(struct ir_func *fn, struct insn_buf *out, struct regalloc *ra, char *err,
	      size_t err_size);

#endif
