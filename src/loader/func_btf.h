/* The BTF a program with subprograms must carry: the kernel accepts a
 * callback (bpf_for_each_map_elem, bpf_loop) only when func_info names
 * every function and marks the callback static. This builds the smallest
 * such BTF: one FUNC per function, prototypes of `long` and `void *`. */
#ifndef BPFSCOPE_LOADER_FUNC_BTF_H
#define BPFSCOPE_LOADER_FUNC_BTF_H

#include <stddef.h>
#include <stdint.h>

#include <linux/bpf.h>

struct func_btf {
	int btf_fd;                     /* -1 when none was needed */
	struct bpf_func_info *info;     /* one per function, main first */
	uint32_t ninfo;
};

/* `offs[0..nsubs)` are the first instructions of the subprograms (callbacks
 * of four arguments) that follow the main function `main_name`. Loads the
 * BTF into the kernel. Returns 0 or a negative errno; release with
 * func_btf_free(). */
int func_btf_make(const char *main_name, const uint32_t *offs, size_t nsubs,
		  struct func_btf *out);
void func_btf_free(struct func_btf *f);

#endif
