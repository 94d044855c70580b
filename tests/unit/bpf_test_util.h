/* Loading hand-built programs in unit tests. */
#ifndef BPFSCOPE_TESTS_BPF_TEST_UTIL_H
#define BPFSCOPE_TESTS_BPF_TEST_UTIL_H

#include <linux/bpf.h>

#include "codegen/bpf_insn.h"

/* Loads the (finished) instructions of `b`; on failure records a test
 * failure with the verifier's reason and returns a negative errno. */
int unit_load_insns(const char *name, enum bpf_prog_type type, const struct insn_buf *b,
		    const int *map_fds);

#endif
