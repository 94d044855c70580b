/* difffolded. Stacks are kept once, in a hash table, with a count from each
 * file; the output is sorted by stack so it is the same for the same input
 * and lines up with a sorted folded file. */
#include "flame/diff.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "flame/folded.h"
#include "flame/out.h"

struct diff_stack {
	size_t off, len;            /* in the blob */
	double count[2];
};

struct diff_table {
	struct diff_stack *stacks;
	size_t n, cap;
	char *blob;
	size_t blob_len, blob_cap;
	uint32_t *slots;            /* stack index + 1; 0 = empty */
	size_t mask;
	double total[2];
	unsigned long long ignored[2];
};

static void out_of_memory(void)
{
	fputs("bpfscope: error: difffolded: out of memory\n", stderr);
	exit(1);
}

static void *grow(void *p, size_t *cap, size_t need, size_t elem, size_t first)
{
	if (need <= *cap)
		return p;
	size_t c = *cap ? *cap : first;
	while (c < need)
		c *= 2;
	p = realloc(p, c * elem);
	if (!p)
		out_of_memory();
	*cap = c;
	return p;
}

static uint64_t hash_stack(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
	return h ^ (h >> 29);
}

static void rehash(struct diff_table *t)
{
	size_t mask = t->mask ? t->mask * 2 + 1 : 1023;
	uint32_t *slots = calloc(mask + 1, sizeof(uint32_t));
	if (!slots)
		out_of_memory();
	for (size_t i = 0; i < t->n; i++) {
		size_t s = hash_stack(t->blob + t->stacks[i].off, t->stacks[i].len) & mask;
		while (slots[s])
			s = (s + 1) & mask;
		slots[s] = (uint32_t)i + 1;
	}
	free(t->slots);
	t->slots = slots;
	t->mask = mask;
}

static void add(struct diff_table *t, int which, const char *s, size_t n, double count)
{
	if ((t->n + 1) * 2 > t->mask)
		rehash(t);
	size_t slot = hash_stack(s, n) & t->mask;
	for (; t->slots[slot]; slot = (slot + 1) & t->mask) {
		struct diff_stack *d = &t->stacks[t->slots[slot] - 1];
		if (d->len == n && !memcmp(t->blob + d->off, s, n)) {
			d->count[which] += count;
			return;
		}
	}
	t->stacks = grow(t->stacks, &t->cap, t->n + 1, sizeof(*t->stacks), 1024);
	t->blob = grow(t->blob, &t->blob_cap, t->blob_len + n, 1, 1 << 16);
	memcpy(t->blob + t->blob_len, s, n);
	t->stacks[t->n] = (struct diff_stack){ .off = t->blob_len, .len = n };
	t->stacks[t->n].count[which] = count;
	t->blob_len += n;
	t->slots[slot] = (uint32_t)++t->n;
}

/* Removes "+0x..." (hexadecimal offsets) in place; returns the new length. */
static size_t strip_hex(char *s, size_t n)
{
	size_t w = 0;
	for (size_t r = 0; r < n;) {
		if (r + 3 < n && s[r] == '+' && s[r + 1] == '0' && s[r + 2] == 'x' &&
		    isxdigit((unsigned char)s[r + 3])) {
			r += 3;
			while (r < n && isxdigit((unsigned char)s[r]))
				r++;
			continue;
		}
		s[w++] = s[r++];
	}
	return w;
}

static int read_file(struct diff_table *t, int which, const char *path,
		     const struct difffolded_opts *o)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "bpfscope: error: difffolded: cannot read '%s': %s\n", path,
			strerror(errno));
		return 1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t got;
	while ((got = getline(&line, &cap, f)) >= 0) {
		size_t len = (size_t)got;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r' ||
			       line[len - 1] == ' ' || line[len - 1] == '\t'))
			len--;
		double count;
		if (!folded_take_count(line, &len, &count)) {
			t->ignored[which] += len > 0;
			continue;
		}
		if (o->strip_hex)
			len = strip_hex(line, len);
		add(t, which, line, len, count);
		t->total[which] += count;
	}
	int err = ferror(f) ? errno : 0;
	free(line);
	fclose(f);
	if (err) {
		fprintf(stderr, "bpfscope: error: difffolded: cannot read '%s': %s\n", path,
			strerror(err));
		return 1;
	}
	return 0;
}

static const struct diff_table *sort_table;

static int stack_cmp(const void *a, const void *b)
{
	const struct diff_stack *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(sort_table->blob + x->off, sort_table->blob + y->off, n);
	if (c)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}

int difffolded_run(const char *path1, const char *path2, const struct difffolded_opts *o,
		   FILE *f)
{
	struct diff_table t = { 0 };
	int status = read_file(&t, 0, path1, o) || read_file(&t, 1, path2, o);
	for (int i = 0; i < 2; i++)
		if (t.ignored[i])
			fprintf(stderr, "bpfscope: difffolded: ignored %llu line%s with invalid "
				"format in '%s'\n", t.ignored[i], t.ignored[i] == 1 ? "" : "s",
				i ? path2 : path1);
	if (!status) {
		/* As difffolded.pl: the first profile's counts, scaled, rounded down. */
		if (o->normalize && t.total[0] > 0 && t.total[0] != t.total[1])
			for (size_t i = 0; i < t.n; i++)
				t.stacks[i].count[0] = (double)(long long)(t.stacks[i].count[0] *
									   t.total[1] / t.total[0]);
		sort_table = &t;
		qsort(t.stacks, t.n, sizeof(*t.stacks), stack_cmp);
		struct out out;
		out_init(&out, f);
		for (size_t i = 0; i < t.n; i++) {
			out_mem(&out, t.blob + t.stacks[i].off, t.stacks[i].len);
			out_char(&out, ' ');
			out_count(&out, t.stacks[i].count[0], 0);
			out_char(&out, ' ');
			out_count(&out, t.stacks[i].count[1], 0);
			out_char(&out, '\n');
		}
		int err = out_finish(&out);
		if (err) {
			fprintf(stderr, "bpfscope: error: difffolded: cannot write the output: %s\n",
				strerror(-err));
			status = 1;
		}
	}
	free(t.stacks);
	free(t.blob);
	free(t.slots);
	return status;
}
