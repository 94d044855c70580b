/* Folded stacks in the formats other profilers read: pprof's
 * profile.proto (gzipped, for `go tool pprof`, Pyroscope, Parca) and
 * speedscope's JSON. */
#ifndef BPFSCOPE_FOLD_EXPORT_H
#define BPFSCOPE_FOLD_EXPORT_H

#include <stdio.h>

/* What the counts of a profile are. */
struct export_kind {
	const char *name;       /* "cpu", "offcpu", "wakeup", "samples" */
	const char *type, *unit;/* pprof sample type and unit */
	long hz;                /* cpu: sampling rate, for nanoseconds per sample */
};

/* The kind named `name` (cpu, offcpu, offwake, wakeup, samples), or NULL. */
const struct export_kind *export_kind_lookup(const char *name);

/* Reads folded lines from `in` and writes the profile to `out`. Returns 0,
 * or -1 with a message on stderr. */
int export_pprof(FILE *in, FILE *out, const struct export_kind *k, long hz);
int export_speedscope(FILE *in, FILE *out, const struct export_kind *k, const char *title);

/* The subcommands `bpfscope pprof` and `bpfscope speedscope` (argv[0]). */
int export_main(int argc, char **argv);

#endif
