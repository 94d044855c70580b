/* Folded stacks that look like a CPU profile of a large program, for the
 * flame graph benchmark: N unique stacks of depth 20-40, with the shared
 * prefixes of real call paths (a few entry points, hot frameworks, many
 * leaves), Zipf-like counts, written in a shuffled order (as a tracer's map
 * dump is not sorted). The same seed gives the same bytes.
 *
 * usage: gen [STACKS [SEED]]   (default 200000 stacks, seed 1) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NFUNCS 6000
#define MAX_DEPTH 40
#define MIN_DEPTH 20

static uint64_t rng_state;

static uint64_t rnd(void)
{
	/* splitmix64 */
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static double uniform(void)
{
	return (double)(rnd() >> 11) / (double)(1ull << 53);
}

static char *names[NFUNCS];

static void make_names(void)
{
	static const char *const modules[] = {
		"libc.so.6`", "", "", "", "", "", "", "",
	};
	static const char *const verbs[] = {
		"read", "write", "parse", "handle", "dispatch", "process", "alloc", "free",
		"lookup", "insert", "encode", "decode", "send", "recv", "poll", "flush",
	};
	static const char *const nouns[] = {
		"request", "buffer", "header", "entry", "node", "page", "socket", "frame",
		"table", "query", "token", "block", "record", "event", "message", "slot",
	};
	for (int i = 0; i < NFUNCS; i++) {
		char buf[128];
		const char *m = modules[rnd() % 8];
		if (rnd() % 8 == 0)
			snprintf(buf, sizeof(buf), "%sns%d::%s_%s", m, i % 97, verbs[rnd() % 16],
				 nouns[rnd() % 16]);
		else
			snprintf(buf, sizeof(buf), "%s%s_%s%d", m, verbs[rnd() % 16],
				 nouns[rnd() % 16], i);
		names[i] = strdup(buf);
	}
}

/* The callee at each step depends on the caller path so far. Near the root
 * a path mostly follows its caller's usual callee (thread start, event
 * loop, framework), deeper it branches more (handlers, libraries, leaves):
 * the shared prefixes of a real profile. */
static int callee(uint64_t path_hash, int depth)
{
	double u = uniform();
	double stay = depth < 10 ? 0.97 : depth < 22 ? 0.85 : 0.6;
	int k = 0;
	if (u >= stay) {
		/* One of the caller's 12 other callees, the first ones likelier. */
		double v = uniform();
		k = 1 + (int)(12 * v * v);
	}
	uint64_t h = (path_hash ^ (uint64_t)k * 0x9e3779b97f4a7c15ull) * 0xff51afd7ed558ccdull;
	return (int)((h >> 17) % NFUNCS);
}

struct stack {
	uint64_t hash;
	int depth;
	uint16_t frames[MAX_DEPTH];
	unsigned count;
};

int main(int argc, char **argv)
{
	long want = argc > 1 ? atol(argv[1]) : 200000;
	rng_state = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
	if (want <= 0)
		return 1;
	make_names();
	size_t slots = 1;
	while (slots < (size_t)want * 2)
		slots <<= 1;
	uint64_t *seen = calloc(slots, sizeof(uint64_t));
	struct stack *stacks = malloc((size_t)want * sizeof(*stacks));
	if (!seen || !stacks)
		return 1;
	long n = 0;
	while (n < want) {
		struct stack *s = &stacks[n];
		s->depth = MIN_DEPTH + (int)(rnd() % (MAX_DEPTH - MIN_DEPTH + 1));
		uint64_t h = 0x1234567;
		for (int d = 0; d < s->depth; d++) {
			int f = callee(h, d);
			s->frames[d] = (uint16_t)f;
			h = (h ^ (uint64_t)(f + 1)) * 0x100000001b3ull;
		}
		h |= 1;
		size_t i = h & (slots - 1);
		while (seen[i] && seen[i] != h)
			i = (i + 1) & (slots - 1);
		if (seen[i])
			continue;
		seen[i] = h;
		s->hash = h;
		/* A heavy tail: most stacks seen a few times, some thousands. */
		double u = uniform();
		s->count = 1 + (unsigned)(1.0 / (u * u * u + 1e-4) / 10);
		n++;
	}
	/* Shuffle (Fisher-Yates) so related stacks are not adjacent. */
	for (long i = n - 1; i > 0; i--) {
		long j = (long)(rnd() % (uint64_t)(i + 1));
		struct stack t = stacks[i];
		stacks[i] = stacks[j];
		stacks[j] = t;
	}
	static char out[1 << 16];
	setvbuf(stdout, out, _IOFBF, sizeof(out));
	for (long i = 0; i < n; i++) {
		const struct stack *s = &stacks[i];
		fputs("bench", stdout);
		for (int d = 0; d < s->depth; d++) {
			putchar(';');
			fputs(names[s->frames[d]], stdout);
		}
		printf(" %u\n", s->count);
	}
	return 0;
}
