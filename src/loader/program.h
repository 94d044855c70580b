/* Loading one BPF program, with the verifier's verdict made readable.
 *
 * A load is tried once without a log (the fast path). If the kernel rejects
 * it, it is loaded again with a verifier log, grown until the whole log
 * fits, and the log is reduced to what a user needs: the errno, the index
 * of the instruction the verifier rejected (so the caller can map it to a
 * script line:col), and the verifier's own reason in a line or two. */
#ifndef BPFSCOPE_LOADER_PROGRAM_H
#define BPFSCOPE_LOADER_PROGRAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <linux/bpf.h>

struct program_spec {
	const char *name;           /* shown by bpftool; cut to the kernel's 15 characters */
	enum bpf_prog_type type;
	enum bpf_attach_type expected_attach_type;  /* tp_btf, fentry, iterators; else 0 */
	uint32_t attach_btf_id;     /* vmlinux BTF id of the target, when the type needs one */
	const struct bpf_insn *insns;
	size_t insn_count;
	/* Map fds, indexed by the map index of BPF_PSEUDO_MAP_IDX(_VALUE) loads. */
	const int *map_fds;
	/* Subprograms (callbacks) after the main function: their first
	 * instructions. The load then carries the func_info they need. */
	const uint32_t *sub_offs;
	size_t nsubs;
	/* 0: a log only when the load fails. 1 or 2: always keep a log at
	 * that verifier log level (2 adds register states; for -d verifier). */
	unsigned log_level;
};

struct program_load {
	int fd;                     /* the program, or -1 */
	int err;                    /* 0, or the positive errno of the failed load */
	int insn_index;             /* the rejected instruction, or -1 when unknown */
	char *reason;               /* the verifier's reason, lines joined by '\n'; or NULL */
	char *log;                  /* the whole verifier log, or NULL */
	bool log_truncated;         /* even the largest buffer was too small */
};

/* Loads the program with license "GPL". Returns the fd, or a negative
 * errno; `result` says more either way, and must be released with
 * program_load_free() (which does not close the fd). */
int program_load(const struct program_spec *spec, struct program_load *result);
void program_load_free(struct program_load *result);

/* One line for the user, e.g. "R2 !read_ok (instruction 3)" or, without a
 * log, the errno text. Written into `buf`, which is returned. */
const char *program_load_message(const struct program_load *result, char *buf, size_t size);

/* Reads a verifier log: the index of the instruction it stopped at (or -1)
 * and the reason it gave (malloc'd, NULL when none). Exposed so the parser
 * can be tested on recorded logs. */
void program_parse_verifier_log(const char *log, int *insn_index, char **reason);

/* Runs a loaded program once with BPF_PROG_TEST_RUN (how BEGIN and END
 * run): `ctx` is its context (raw tracepoint arguments, ...) and `data`
 * its packet, either may be NULL. Stores r0 in `retval`. Returns 0 or a
 * negative errno. */
int program_test_run(int prog_fd, const void *ctx, size_t ctx_size, const void *data,
		     size_t data_size, uint32_t *retval);

#endif
