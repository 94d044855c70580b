/* Folded stacks into a call tree. A frame is found under its parent through
 * one hash table keyed by (parent, name); frames shared with the previous
 * line are taken from its path without hashing, which makes sorted input
 * (what stack collapsers write) nearly free. A line adds its count to its
 * last frame only; folded_order sums counts into the ancestors in one pass,
 * so the lookups of a line touch no node. */
#include "flame/folded.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

#define INITIAL_SLOTS 1024u

static void out_of_memory(void)
{
	fputs("bpfscope: error: flamegraph: out of memory\n", stderr);
	exit(1);
}

static void *xrealloc(void *p, size_t size)
{
	void *q = realloc(p, size ? size : 1);
	if (!q)
		out_of_memory();
	return q;
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n, size);
	if (!p)
		out_of_memory();
	return p;
}

/* The node array and the child table of a big profile are tens of MB read
 * in random order: huge pages spare most of the TLB misses. */
#define HUGE_PAGE (2u << 20)

/* A zeroed mapping aligned to a huge page, which the kernel needs to back it
 * with huge pages. */
static void *huge_map(size_t size)
{
	size_t span = size + HUGE_PAGE;
	char *p = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		out_of_memory();
	size_t head = (HUGE_PAGE - (uintptr_t)p % HUGE_PAGE) % HUGE_PAGE;
	if (head)
		munmap(p, head);
	if (span - head > size)
		munmap(p + head + size, span - head - size);
	madvise(p + head, size, MADV_HUGEPAGE);
	return p + head;
}

/* Grows the mapping *pp of *bytes to at least `need` bytes, zero-filled. */
static void big_grow(void *pp, size_t *bytes, size_t need)
{
	void **p = pp;
	if (need <= *bytes)
		return;
	size_t size = *bytes ? *bytes : HUGE_PAGE;
	while (size < need)
		size *= 2;
	void *q = huge_map(size);
	if (*bytes) {
		memcpy(q, *p, *bytes);
		munmap(*p, *bytes);
	}
	*p = q;
	*bytes = size;
}

static void big_free(void *p, size_t bytes)
{
	if (bytes)
		munmap(p, bytes);
}

/* Frame names are hashed 8 bytes at a time. */
#define HASH_SEED 0x9e3779b97f4a7c15ull

static uint64_t mix_word(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xff51afd7ed558ccdull;
	return h ^ (h >> 32);
}

static uint64_t finish_hash(uint64_t h, size_t n)
{
	h = (h ^ n) * 0xc4ceb9fe1a85ec53ull;
	return h ^ (h >> 29);
}

/* Hashes at most the first 16 and the last 8 bytes, and the length: the
 * separator search (memchr) is faster than any hash that reads every byte,
 * and a table lookup compares names in full anyway. */
static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = HASH_SEED, w = 0;
	if (n <= 8) {
		memcpy(&w, s, n);
		return finish_hash(mix_word(h, w), n);
	}
	memcpy(&w, s, 8);
	h = mix_word(h, w);
	if (n > 16) {
		memcpy(&w, s + 8, 8);
		h = mix_word(h, w);
	}
	memcpy(&w, s + n - 8, 8);
	return finish_hash(mix_word(h, w), n);
}

static bool same_bytes(const char *a, const char *b, size_t n)
{
	for (; n >= 8; a += 8, b += 8, n -= 8) {
		uint64_t x, y;
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y)
			return false;
	}
	while (n--)
		if (*a++ != *b++)
			return false;
	return true;
}

/* A frame's slot is picked by the hash of its whole path, not of its parent
 * node: the path hashes of a line need no memory but the (small) name table,
 * so the slots of all its frames are prefetched at once and their cache
 * misses overlap instead of following one another down the tree. The mixing
 * is MurmurHash3's finalizer. */
#define ROOT_HASH 0x6a09e667f3bcc908ull

static uint64_t path_hash(uint64_t parent_hash, uint32_t name)
{
	uint64_t h = parent_hash ^ ((uint64_t)name + 1) * 0x9e3779b97f4a7c15ull;
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	return h ^ (h >> 33);
}

void folded_init(struct folded_tree *t, const struct folded_opts *opts)
{
	memset(t, 0, sizeof(*t));
	t->opts = *opts;
	t->name_mask = INITIAL_SLOTS - 1;
	t->name_slots = xcalloc(INITIAL_SLOTS, sizeof(uint32_t));
	t->child_mask = INITIAL_SLOTS - 1;
	big_grow(&t->child_slots, &t->child_slots_bytes, INITIAL_SLOTS * sizeof(struct folded_slot));
	big_grow(&t->nodes, &t->nodes_bytes, sizeof(struct folded_node));
	if (opts->flamechart)
		big_grow(&t->start, &t->start_bytes, sizeof(double));
	t->nodes[0] = (struct folded_node){ .parent = FOLDED_NONE };
	t->nnodes = 1;
}

void folded_free(struct folded_tree *t)
{
	big_free(t->nodes, t->nodes_bytes);
	big_free(t->before, t->before_bytes);
	big_free(t->start, t->start_bytes);
	big_free(t->child_slots, t->child_slots_bytes);
	free(t->name_blob);
	free(t->name_off);
	free(t->name_len);
	free(t->name_slots);
	free(t->path);
	free(t->path_name);
	free(t->path_hash);
	free(t->path_end);
	free(t->prev);
	free(t->spans);
	free(t->child_start);
	free(t->children);
	memset(t, 0, sizeof(*t));
}

static void grow_name_slots(struct folded_tree *t)
{
	uint32_t mask = t->name_mask * 2 + 1;
	uint32_t *slots = xcalloc((size_t)mask + 1, sizeof(uint32_t));
	for (uint32_t i = 0; i < t->nnames; i++) {
		uint64_t h = hash_bytes(folded_name(t, i), t->name_len[i]);
		uint32_t s = (uint32_t)h & mask;
		while (slots[s])
			s = (s + 1) & mask;
		slots[s] = i + 1;
	}
	free(t->name_slots);
	t->name_slots = slots;
	t->name_mask = mask;
}

static uint32_t add_name(struct folded_tree *t, const char *s, size_t n)
{
	if (t->nnames == t->names_cap) {
		t->names_cap = t->names_cap ? t->names_cap * 2 : 256;
		t->name_off = xrealloc(t->name_off, t->names_cap * sizeof(uint32_t));
		t->name_len = xrealloc(t->name_len, t->names_cap * sizeof(uint32_t));
	}
	if (t->blob_len + n + 1 > t->blob_cap) {
		while (t->blob_len + n + 1 > t->blob_cap)
			t->blob_cap = t->blob_cap ? t->blob_cap * 2 : 4096;
		t->name_blob = xrealloc(t->name_blob, t->blob_cap);
	}
	memcpy(t->name_blob + t->blob_len, s, n);
	t->name_blob[t->blob_len + n] = '\0';
	t->name_off[t->nnames] = (uint32_t)t->blob_len;
	t->name_len[t->nnames] = (uint32_t)n;
	t->blob_len += n + 1;
	return t->nnames++;
}

static uint32_t intern(struct folded_tree *t, const char *s, size_t n, uint64_t hash)
{
	uint32_t slot = (uint32_t)hash & t->name_mask;
	for (;; slot = (slot + 1) & t->name_mask) {
		uint32_t id = t->name_slots[slot];
		if (!id)
			break;
		id--;
		if (t->name_len[id] == n && same_bytes(folded_name(t, id), s, n))
			return id;
	}
	uint32_t id = add_name(t, s, n);
	t->name_slots[slot] = id + 1;
	if ((uint64_t)t->nnames * 2 > t->name_mask)
		grow_name_slots(t);
	return id;
}

static uint32_t new_node(struct folded_tree *t, uint32_t parent, uint32_t name)
{
	uint32_t id = t->nnodes++;
	big_grow(&t->nodes, &t->nodes_bytes, (size_t)t->nnodes * sizeof(*t->nodes));
	t->nodes[id] = (struct folded_node){ .parent = parent, .name = name };
	if (t->before)
		big_grow(&t->before, &t->before_bytes, (size_t)t->nnodes * sizeof(double));
	if (t->start) {
		big_grow(&t->start, &t->start_bytes, (size_t)t->nnodes * sizeof(double));
		t->start[id] = t->nodes[0].total;
	}
	return id;
}

static void grow_child_slots(struct folded_tree *t)
{
	uint32_t mask = t->child_mask * 2 + 1;
	struct folded_slot *slots = NULL;
	uint64_t *hashes = NULL;
	size_t bytes = 0, hashes_bytes = 0;
	big_grow(&slots, &bytes, ((size_t)mask + 1) * sizeof(*slots));
	big_grow(&hashes, &hashes_bytes, (size_t)t->nnodes * sizeof(*hashes));
	hashes[0] = ROOT_HASH;
	for (uint32_t n = 1; n < t->nnodes; n++)
		hashes[n] = path_hash(hashes[t->nodes[n].parent], t->nodes[n].name);
	for (uint32_t n = 1; n < t->nnodes; n++) {
		const struct folded_node *node = &t->nodes[n];
		if (n + 16 < t->nnodes)
			__builtin_prefetch(&slots[(uint32_t)hashes[n + 16] & mask], 1);
		uint32_t s = (uint32_t)hashes[n] & mask;
		while (slots[s].node)
			s = (s + 1) & mask;
		slots[s] = (struct folded_slot){ node->parent, node->name, n };
	}
	big_free(hashes, hashes_bytes);
	big_free(t->child_slots, t->child_slots_bytes);
	t->child_slots = slots;
	t->child_slots_bytes = bytes;
	t->child_mask = mask;
}

static uint32_t find_child(struct folded_tree *t, uint32_t parent, uint32_t name, uint64_t hash)
{
	uint32_t slot = (uint32_t)hash & t->child_mask;
	for (;; slot = (slot + 1) & t->child_mask) {
		const struct folded_slot *c = &t->child_slots[slot];
		if (!c->node)
			break;
		if (c->parent == parent && c->name == name)
			return c->node;
	}
	uint32_t id = new_node(t, parent, name);
	t->child_slots[slot] = (struct folded_slot){ parent, name, id };
	/* At most 70% full: linear probing stays short. */
	if ((uint64_t)t->nnodes * 10 > (uint64_t)t->child_mask * 7)
		grow_child_slots(t);
	return id;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

bool folded_take_count(const char *s, size_t *len, double *count)
{
	size_t end = *len, i = end;
	while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
		i--;
	if (i > 0 && s[i - 1] == '.') {
		i--;
		while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
			i--;
	}
	if (i == end || !(s[i] >= '0' && s[i] <= '9') || i == 0 || !is_space(s[i - 1]))
		return false;
	char digits[64];
	size_t n = end - i;
	if (n >= sizeof(digits))
		n = sizeof(digits) - 1;
	memcpy(digits, s + i, n);
	digits[n] = '\0';
	*count = strtod(digits, NULL);
	while (i > 0 && is_space(s[i - 1]))
		i--;
	*len = i;
	return true;
}

/* Splits s[start..len) at ';' into t->spans, hashing each frame on the
 * way; returns how many. */
static size_t split_frames(struct folded_tree *t, const char *s, size_t start, size_t len)
{
	size_t n = 0;
	while (start <= len) {
		const char *semi = memchr(s + start, ';', len - start);
		size_t end = semi ? (size_t)(semi - s) : len;
		if (n == t->spans_cap) {
			t->spans_cap = t->spans_cap ? t->spans_cap * 2 : 256;
			t->spans = xrealloc(t->spans, t->spans_cap * sizeof(*t->spans));
		}
		t->spans[n++] = (struct folded_span){ (uint32_t)start, (uint32_t)(end - start),
						      hash_bytes(s + start, end - start) };
		start = end + 1;
	}
	/* As with split in Perl, empty trailing frames are dropped. */
	while (n > 0 && t->spans[n - 1].len == 0)
		n--;
	return n;
}

/* How many leading frames the line shares with the previous one, found by
 * comparing bytes: no frame of the shared part is split or looked up.
 * *resume is where the first frame not shared starts. */
static size_t shared_bytes_frames(const struct folded_tree *t, const char *line, size_t len,
				  size_t *resume)
{
	size_t n = len < t->prev_len ? len : t->prev_len, same = 0;
	while (same + 8 <= n) {
		uint64_t a, b;
		memcpy(&a, line + same, 8);
		memcpy(&b, t->prev + same, 8);
		if (a != b) {
			same += (size_t)__builtin_ctzll(a ^ b) / 8;
			break;
		}
		same += 8;
	}
	while (same < n && line[same] == t->prev[same])
		same++;
	/* A frame of the previous line is shared when it ends within the
	 * common bytes, or where they end if this line's frame ends there too. */
	size_t k = 0;
	while (k < t->path_len && t->path_end[k] < same)
		k++;
	if (k < t->path_len && t->path_end[k] == same && (same == len || line[same] == ';'))
		k++;
	*resume = k ? t->path_end[k - 1] + 1 : 0;
	return k;
}

/* The same for --reverse, frame by frame from the end of the line. */
static size_t shared_reversed_frames(const struct folded_tree *t, const char *line,
				     size_t nframes)
{
	size_t k = 0;
	for (; k < nframes && k < t->path_len; k++) {
		struct folded_span f = t->spans[nframes - 1 - k];
		uint32_t name = t->path_name[k];
		if (t->name_len[name] != f.len || !same_bytes(folded_name(t, name), line + f.off, f.len))
			break;
	}
	return k;
}

static void reserve_path(struct folded_tree *t, size_t nframes)
{
	if (nframes <= t->path_cap)
		return;
	t->path_cap = (uint32_t)(nframes + 64);
	t->path = xrealloc(t->path, t->path_cap * sizeof(uint32_t));
	t->path_name = xrealloc(t->path_name, t->path_cap * sizeof(uint32_t));
	t->path_end = xrealloc(t->path_end, t->path_cap * sizeof(uint32_t));
	t->path_hash = xrealloc(t->path_hash, t->path_cap * sizeof(uint64_t));
}

static void remember_line(struct folded_tree *t, const char *line, size_t len)
{
	if (len > t->prev_cap) {
		t->prev_cap = len + 256;
		t->prev = xrealloc(t->prev, t->prev_cap);
	}
	memcpy(t->prev, line, len);
	t->prev_len = len;
}

/* The first line with two counts: every earlier line's "before" count was
 * its count. */
static void start_diff(struct folded_tree *t)
{
	t->diff = true;
	big_grow(&t->before, &t->before_bytes, (size_t)t->nnodes * sizeof(double));
	for (uint32_t n = 1; n < t->nnodes; n++)
		t->before[n] = t->nodes[n].total;
}

void folded_add_line(struct folded_tree *t, const char *line, size_t len)
{
	double after, before = 0;
	t->lines++;
	while (len > 0 && is_space(line[len - 1]))
		len--;
	if (!folded_take_count(line, &len, &after)) {
		if (len > 0)
			t->ignored++;
		return;
	}
	if (folded_take_count(line, &len, &before)) {
		if (!t->diff)
			start_diff(t);
	} else {
		before = after;
	}
	size_t shared, nframes, resume = 0;
	if (t->opts.reverse) {
		nframes = split_frames(t, line, 0, len);
		reserve_path(t, nframes);
		shared = shared_reversed_frames(t, line, nframes);
	} else {
		shared = shared_bytes_frames(t, line, len, &resume);
		nframes = shared + split_frames(t, line, resume, len);
		reserve_path(t, nframes);
		remember_line(t, line, len);
	}
	if (nframes > t->max_depth)
		t->max_depth = (uint32_t)nframes;
	uint64_t hash = shared ? t->path_hash[shared - 1] : ROOT_HASH;
	for (size_t i = shared; i < nframes; i++) {
		struct folded_span f = t->opts.reverse ? t->spans[nframes - 1 - i] : t->spans[i - shared];
		uint32_t name = intern(t, line + f.off, f.len, f.hash);
		hash = path_hash(hash, name);
		t->path_name[i] = name;
		t->path_end[i] = f.off + f.len;
		t->path_hash[i] = hash;
		__builtin_prefetch(&t->child_slots[(uint32_t)hash & t->child_mask]);
	}
	uint32_t parent = shared ? t->path[shared - 1] : 0;
	for (size_t i = shared; i < nframes; i++) {
		if (t->opts.flamechart)
			parent = new_node(t, parent, t->path_name[i]);
		else
			parent = find_child(t, parent, t->path_name[i], t->path_hash[i]);
		t->path[i] = parent;
	}
	t->path_len = (uint32_t)nframes;
	/* The root's count is the running total from the start; the last
	 * frame's is its own, summed into its ancestors by folded_order. */
	if (parent) {
		t->nodes[parent].total += after;
		if (t->before)
			t->before[parent] += before;
	}
	t->nodes[0].total += after;
	t->root_before += before;
}

/* A file's size bounds its frames: sizing the tables for it up front spares
 * the rehashing and copying of growing them. A typical folded file has a new
 * node for every 48 bytes or fewer; more only costs a doubling or two. */
#define BYTES_PER_NODE 48

static void reserve_nodes(struct folded_tree *t, uint64_t nodes)
{
	if (nodes > UINT32_MAX / 4)
		nodes = UINT32_MAX / 4;
	big_grow(&t->nodes, &t->nodes_bytes, nodes * sizeof(*t->nodes));
	if (t->opts.flamechart)
		return;
	uint64_t slots = (uint64_t)t->child_mask + 1;
	while (slots * 7 < nodes * 10)
		slots *= 2;
	if (slots == (uint64_t)t->child_mask + 1)
		return;
	big_free(t->child_slots, t->child_slots_bytes);
	t->child_slots = NULL;
	t->child_slots_bytes = 0;
	big_grow(&t->child_slots, &t->child_slots_bytes, slots * sizeof(*t->child_slots));
	t->child_mask = (uint32_t)(slots - 1);
}

int folded_read(struct folded_tree *t, FILE *f)
{
	struct stat st;
	if (t->nnodes == 1 && !fstat(fileno(f), &st) && S_ISREG(st.st_mode))
		reserve_nodes(t, (uint64_t)st.st_size / BYTES_PER_NODE);
	size_t cap = 1 << 20, len = 0;
	char *buf = xrealloc(NULL, cap);
	for (;;) {
		size_t got = fread(buf + len, 1, cap - len, f);
		if (got == 0 && ferror(f)) {
			int err = errno ? errno : EIO;
			free(buf);
			return -err;
		}
		len += got;
		size_t start = 0;
		for (;;) {
			char *nl = memchr(buf + start, '\n', len - start);
			if (!nl)
				break;
			folded_add_line(t, buf + start, (size_t)(nl - (buf + start)));
			start = (size_t)(nl - buf) + 1;
		}
		if (got == 0) {
			if (len > start)
				folded_add_line(t, buf + start, len - start);
			break;
		}
		memmove(buf, buf + start, len - start);
		len -= start;
		if (len == cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
	}
	free(buf);
	return 0;
}

/* Name order of a sorted folded file: a name that is a prefix of another
 * compares as if followed by ';', the separator that follows it there. */
static const struct folded_tree *sort_tree;

static int name_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	uint32_t lx = sort_tree->name_len[x], ly = sort_tree->name_len[y];
	const unsigned char *sx = (const unsigned char *)folded_name(sort_tree, x);
	const unsigned char *sy = (const unsigned char *)folded_name(sort_tree, y);
	uint32_t n = lx < ly ? lx : ly;
	int c = memcmp(sx, sy, n);
	if (c || lx == ly)
		return c;
	return lx < ly ? ';' - sy[n] : sx[n] - ';';
}

/* Each node's children as ranges of one array, filled in node order, which
 * is input order for a flame chart. */
static int list_children(struct folded_tree *t)
{
	uint32_t n = t->nnodes;
	t->child_start = calloc((size_t)n + 1, sizeof(uint32_t));
	t->children = malloc(((size_t)n + 1) * sizeof(uint32_t));
	if (!t->child_start || !t->children)
		return -ENOMEM;
	for (uint32_t i = 1; i < n; i++)
		t->child_start[t->nodes[i].parent + 1]++;
	for (uint32_t i = 0; i < n; i++)
		t->child_start[i + 1] += t->child_start[i];
	uint32_t *fill = malloc((size_t)n * sizeof(uint32_t));
	if (!fill)
		return -ENOMEM;
	memcpy(fill, t->child_start, (size_t)n * sizeof(uint32_t));
	for (uint32_t i = 1; i < n; i++)
		t->children[fill[t->nodes[i].parent]++] = i;
	free(fill);
	return 0;
}

static const uint32_t *sort_rank;
static const struct folded_node *sort_nodes;

static int child_cmp(const void *a, const void *b)
{
	uint32_t x = sort_rank[sort_nodes[*(const uint32_t *)a].name];
	uint32_t y = sort_rank[sort_nodes[*(const uint32_t *)b].name];
	return (x > y) - (x < y);
}

static int sort_children(struct folded_tree *t)
{
	uint32_t *order = malloc(((size_t)t->nnames + 1) * sizeof(uint32_t));
	uint32_t *rank = malloc(((size_t)t->nnames + 1) * sizeof(uint32_t));
	if (!order || !rank) {
		free(order);
		free(rank);
		return -ENOMEM;
	}
	for (uint32_t i = 0; i < t->nnames; i++)
		order[i] = i;
	sort_tree = t;
	qsort(order, t->nnames, sizeof(uint32_t), name_cmp);
	for (uint32_t i = 0; i < t->nnames; i++)
		rank[order[i]] = i;
	free(order);
	sort_rank = rank;
	sort_nodes = t->nodes;
	for (uint32_t n = 0; n < t->nnodes; n++) {
		uint32_t k = t->child_start[n + 1] - t->child_start[n];
		if (k > 1)
			qsort(t->children + t->child_start[n], k, sizeof(uint32_t), child_cmp);
	}
	free(rank);
	return 0;
}

int folded_order(struct folded_tree *t)
{
	/* Children are numbered after their parents: one backward pass sums. */
	for (uint32_t n = t->nnodes - 1; n > 0; n--) {
		uint32_t p = t->nodes[n].parent;
		if (p) {
			t->nodes[p].total += t->nodes[n].total;
			if (t->before)
				t->before[p] += t->before[n];
		}
	}
	if (t->before)
		t->before[0] = t->root_before;
	int err = list_children(t);
	if (!err && !t->opts.flamechart)
		err = sort_children(t);
	return err;
}
