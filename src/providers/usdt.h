/* USDT probes: statically defined probes of user programs, found in their
 * SystemTap SDT notes (symbols/usdt_notes.h), matched against
 * usdt:binary[:provider]:probe, listed for -l, and attached as uprobes on
 * the probe's address with the probe's semaphore as the uprobe's
 * reference counter, so the kernel sets it while the probe is attached. */
#ifndef BPFSCOPE_PROVIDERS_USDT_H
#define BPFSCOPE_PROVIDERS_USDT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "codegen/image.h"
#include "symbols/usdt_notes.h"
#include "util/arena.h"

/* The binaries a usdt attach point or -l pattern searches: `target` found
 * like a uprobe's binary; with no target (or "*") and a process `pid`, the
 * program and every ELF file it maps; with no target and -c `cmd`, the
 * command's program. Returns the count (paths in *out, from `arena`), or
 * 0 with *err set. */
int usdt_binaries(struct arena *arena, const char *target, int pid, const char *cmd,
		  const char ***out, const char **err);

/* The attach points of `spec` (provider and probe may be wildcards), one
 * per probe location, each carrying its note in image_attach.usdt. `pid`
 * and `cmd` are -p and -c, for a spec without a binary. Returns the count,
 * or 0 with *err set. */
int usdt_expand(struct arena *arena, const struct probe_spec *spec, int pid, const char *cmd,
		struct image_attach **out, const char **err);

/* -l: prints "usdt:PATH:PROVIDER:NAME" for each probe of `path` whose
 * provider matches `provider_glob` and name `name_glob`, each name once;
 * with `verbose`, its arguments below it. Returns how many were printed,
 * or a negative errno when the file cannot be read. */
int usdt_list(FILE *out, const char *path, const char *provider_glob, const char *name_glob,
	      bool verbose);

/* Attaches a BPF_PROG_TYPE_KPROBE program to the probe of `path`, for
 * process `pid` only when pid > 0. Returns 0 or a negative errno
 * (attach_error() says why). */
int attach_usdt(int prog_fd, const char *path, const struct usdt_probe *probe, int pid,
		const char *what);

#endif
