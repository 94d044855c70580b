/* User-space probes: where a uprobe goes (a binary and a file offset) and
 * attaching it through the kernel's uprobe perf PMU. */
#ifndef BPFSCOPE_PROVIDERS_UPROBE_H
#define BPFSCOPE_PROVIDERS_UPROBE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The binary `target` names ("/bin/bash", "bash", "libc", "libc.so.6"),
 * as an absolute path. Returns 0 or a negative errno with `err` set to a
 * message naming what was searched. */
int uprobe_binary(const char *target, char *path, size_t size, char *err, size_t err_size);

/* The file offset of `func` + `offset` in `path`, or of virtual address
 * `address` when `func` is NULL. Returns 0 or a negative errno with `err`
 * set ("function 'foo' not found in /bin/bash (12 functions like it: ...)"). */
int uprobe_offset(const char *path, const char *func, uint64_t offset, uint64_t address,
		  uint64_t *file_off, char *err, size_t err_size);

/* Calls `fn` with the name of every function of `path` that matches the
 * shell pattern `pattern`, in name order; returns how many matched, or a
 * negative errno when the file cannot be read. With `cpp`, the pattern is
 * matched against the demangled C++ names (with or without their
 * parameter lists) and `fn` still gets the symbol's own name. */
int uprobe_functions(const char *path, const char *pattern, bool cpp,
		     void (*fn)(void *ctx, const char *name), void *ctx);

/* A BPF_PROG_TYPE_KPROBE program on the uprobe (or uretprobe) at `path` +
 * `file_off`, for process `pid` only when pid > 0. `what` names the probe
 * in messages. Returns 0 or a negative errno (attach_error() says why). */
/* The uprobes at `offsets` in `path` through one uprobe_multi link, for a
 * program loaded for one (loader/uprobe_multi.h). `what` names them in
 * the error. Returns 0 or a negative errno (see attach_error()). */
int attach_uprobe_multi(int prog_fd, const char *path, const uint64_t *offsets, uint32_t n,
			bool retprobe, int pid, const char *what);

int attach_uprobe(int prog_fd, const char *path, uint64_t file_off, bool retprobe, int pid,
		  const char *what);

#endif
