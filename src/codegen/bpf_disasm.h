/* BPF instructions as text, for `-d bpf`: one instruction per line with its
 * index, in the notation of the kernel verifier and bpftool:
 *
 *    0: r6 = r1
 *    1: r1 = *(u64 *)(r6 + 8)
 *    2: *(u64 *)(r10 - 8) = r1
 *    3: r1 = map[idx:0] ll
 *    5: call bpf_map_lookup_elem#1
 *    6: if r0 == 0x0 goto +3
 *    7: lock *(u64 *)(r0 + 0) += r1
 *
 * A 64-bit immediate load takes two slots, so the index after it skips one. */
#ifndef BPFSCOPE_CODEGEN_BPF_DISASM_H
#define BPFSCOPE_CODEGEN_BPF_DISASM_H

#include <stddef.h>
#include <stdio.h>

#include <linux/bpf.h>

struct disasm_opts {
	/* Names the map an LD_IMM64 refers to (`pseudo` is BPF_PSEUDO_MAP_FD,
	 * _IDX, _VALUE or _IDX_VALUE; `ref` its fd or index), e.g. "@counts".
	 * Returns NULL to print the raw form "map[fd:3]" / "map[idx:0]". */
	const char *(*map_name)(void *ctx, int pseudo, int ref);
	void *ctx;
};

/* Writes instruction `i` of `insns[0..n)` to `buf` (no index, no newline),
 * truncating to `size`. Returns how many slots it took: 1, or 2 for a
 * 64-bit immediate load. `opts` may be NULL. */
int bpf_disasm_insn(char *buf, size_t size, const struct bpf_insn *insns, size_t n, size_t i,
		    const struct disasm_opts *opts);

/* Prints the whole program, one "%4zu: text" line per instruction. */
void bpf_disasm_print(FILE *out, const struct bpf_insn *insns, size_t n,
		      const struct disasm_opts *opts);

/* "bpf_map_lookup_elem" for 1; NULL for an id this build does not know. */
const char *bpf_helper_name(int helper);

#endif
