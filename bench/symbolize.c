/* Symbolization speed: resolves 100,000 distinct stacks of 20 frames
 * (2,000,000 addresses) against the running kernel's /proc/kallsyms and
 * against this process's own libc, with the symbolizers bpfscope prints
 * stacks with (src/symbols). Prints the load time of each table and the
 * cost per stack and per frame, twice: with every frame a fresh random
 * address (the worst case), and with frames drawn from 5,000 distinct
 * addresses, as in a real profile where distinct stacks share most of
 * their functions.
 *
 * Usage: build/bench/symbolize [STACKS] */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "symbols/ksyms.h"
#include "symbols/usyms.h"

#define FRAMES 20
#define POOL 5000       /* distinct frames of the realistic case */

static void report(const char *what, int pool, long stacks, double secs, long resolved)
{
	double frames = (double)stacks * FRAMES;
	printf("  %-6s %-26s %ld stacks x %d frames in %7.1f ms: %6.0f ns/stack, %4.0f ns/frame "
	       "(%.0f%% named)\n", what, pool ? "frames from 5,000 addrs:" : "every frame random:",
	       stacks, FRAMES, secs * 1e3, secs * 1e9 / (double)stacks, secs * 1e9 / frames,
	       100.0 * (double)resolved / frames);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* xorshift: the same addresses on every run */
static uint64_t next(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

int main(int argc, char **argv)
{
	long stacks = argc > 1 ? atol(argv[1]) : 100000;
	uint64_t seed = 88172645463325252ull, off;
	const char *module;

	/* Kernel: addresses inside the text between two known functions. */
	double t0 = now();
	uint64_t lo = ksyms_address("_stext"), hi = ksyms_address("_etext");
	double kload = now() - t0;
	if (!lo || hi <= lo) {
		fprintf(stderr, "symbolize: /proc/kallsyms has no _stext/_etext (run as root)\n");
		return 1;
	}
	printf("kernel: kallsyms loaded in %.1f ms\n", kload * 1e3);
	for (int pool = 0; pool <= POOL; pool += POOL) {
		long resolved = 0;
		uint64_t pseed = seed;
		t0 = now();
		for (long i = 0; i < stacks * FRAMES; i++) {
			if (pool && i % pool == 0)
				pseed = seed;   /* back to the start of the pool */
			resolved += ksyms_resolve(lo + next(&pseed) % (hi - lo), &off) != NULL;
		}
		report("kernel", pool, stacks, now() - t0, resolved);
	}

	/* User: addresses inside this process's libc text. */
	uint64_t base = (uint64_t)(uintptr_t)&memcpy, span = 1 << 20;
	t0 = now();
	usyms_resolve(getpid(), base, &off, &module);
	double uload = now() - t0;
	printf("user: maps and ELF symbols of libc loaded in %.1f ms\n", uload * 1e3);
	for (int pool = 0; pool <= POOL; pool += POOL) {
		long resolved = 0;
		uint64_t pseed = seed;
		t0 = now();
		for (long i = 0; i < stacks * FRAMES; i++) {
			if (pool && i % pool == 0)
				pseed = seed;
			resolved += usyms_resolve(getpid(), base - span / 2 + next(&pseed) % span,
						  &off, &module) != NULL;
		}
		report("user", pool, stacks, now() - t0, resolved);
	}
	return 0;
}
