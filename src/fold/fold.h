/* `bpfscope fold`: maps keyed by stacks, as bpfscope and bpftrace print
 * them, turned into folded stacks ("comm;root;...;leaf COUNT"), the input
 * of flame graph tools. */
#ifndef BPFSCOPE_FOLD_FOLD_H
#define BPFSCOPE_FOLD_FOLD_H

#include <stdbool.h>
#include <stdio.h>

struct fold_options {
	bool kernel_tag;    /* "_[k]" after kernel frames (names /proc/kallsyms has) */
	bool delimit;       /* "-" between the stacks of one key, as bcc's profile -d */
	bool no_fields;     /* leave out the key's other fields (comm, pid, ...) */
	bool keep_offsets;  /* keep "+123" after frame names */
	bool keep_bpf;      /* keep the BPF program's own frames at the leaf end */
	/* Off-wake keys (blocked stack, waker stack, blocked comm, waker
	 * comm): "blocked comm;blocked stack root→leaf;--;waker stack
	 * leaf→root;waker comm", as off-wake flame graphs draw them. With
	 * two stacks a side (kernel, user), the blocked thread's user stack
	 * comes first and the waker's user stack last. */
	bool offwake;
};

/* Reads map text from `in`, writes folded lines to `out`, sorted, equal
 * lines summed. Returns the number of stacks read, or -1 on a read error. */
long fold_stream(FILE *in, FILE *out, const struct fold_options *o);

/* The subcommand: argv[0] is "fold". Returns the exit status. */
int fold_main(int argc, char **argv);

#endif
