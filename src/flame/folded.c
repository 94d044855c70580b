/* The call tree of folded stacks: its name table, its nodes and the
 * (parent, name) table that finds a child, and the ordering of children
 * for drawing. Reading lines into it is folded_read.c. */
#include "flame/folded_impl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define INITIAL_SLOTS 1024u
#define NAME_HEADER 8u
#define NAME_ALIGN 8u

static void out_of_memory(void)
{
	fputs("bpfscope: error: flamegraph: out of memory\n", stderr);
	exit(1);
}

void *folded_xrealloc(void *p, size_t size)
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

void folded_init(struct folded_tree *t, const struct folded_opts *opts)
{
	memset(t, 0, sizeof(*t));
	t->opts = *opts;
	t->name_mask = INITIAL_SLOTS - 1;
	t->name_slots = xcalloc(INITIAL_SLOTS, sizeof(*t->name_slots));
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
	free(t->name_hash);
	free(t->name_slots);
	free(t->node_path);
	free(t->path_name);
	free(t->hash_path);
	free(t->path_end);
	free(t->prev);
	free(t->spans);
	if (!t->lists_borrowed)
		free(t->child_start);
	memset(t, 0, sizeof(*t));
}

static void grow_name_slots(struct folded_tree *t)
{
	uint32_t mask = t->name_mask * 2 + 1;
	struct folded_name_slot *slots = xcalloc((size_t)mask + 1, sizeof(*slots));
	for (uint32_t i = 0; i <= t->name_mask; i++) {
		const struct folded_name_slot *old = &t->name_slots[i];
		if (!old->entry)
			continue;
		uint32_t id;
		memcpy(&id, t->name_blob + (size_t)(old->entry - 1) * NAME_ALIGN, sizeof(id));
		uint32_t s = t->name_hash[id] & mask;
		while (slots[s].entry)
			s = (s + 1) & mask;
		slots[s] = *old;
	}
	free(t->name_slots);
	t->name_slots = slots;
	t->name_mask = mask;
}

/* A name's entry in the blob: its index and length, then its bytes and a
 * NUL, padded to NAME_ALIGN, so a lookup finds all it compares in one place. */
static uint32_t add_name(struct folded_tree *t, const char *s, size_t n, uint64_t hash)
{
	if (t->nnames == t->names_cap) {
		t->names_cap = t->names_cap ? t->names_cap * 2 : 256;
		t->name_off = folded_xrealloc(t->name_off, t->names_cap * sizeof(uint32_t));
		t->name_len = folded_xrealloc(t->name_len, t->names_cap * sizeof(uint32_t));
		t->name_hash = folded_xrealloc(t->name_hash, t->names_cap * sizeof(uint32_t));
	}
	size_t size = (NAME_HEADER + n + 1 + NAME_ALIGN - 1) / NAME_ALIGN * NAME_ALIGN;
	if (t->blob_len + size + FOLDED_SLACK > t->blob_cap) {
		while (t->blob_len + size + FOLDED_SLACK > t->blob_cap)
			t->blob_cap = t->blob_cap ? t->blob_cap * 2 : 4096;
		t->name_blob = folded_xrealloc(t->name_blob, t->blob_cap);
	}
	char *e = t->name_blob + t->blob_len;
	uint32_t header[2] = { t->nnames, (uint32_t)n };
	memcpy(e, header, NAME_HEADER);
	memcpy(e + NAME_HEADER, s, n);
	memset(e + NAME_HEADER + n, 0, size - NAME_HEADER - n);
	t->name_off[t->nnames] = (uint32_t)(t->blob_len + NAME_HEADER);
	t->name_len[t->nnames] = (uint32_t)n;
	t->name_hash[t->nnames] = (uint32_t)hash;
	t->blob_len += size;
	return t->nnames++;
}

/* A name's slot keeps the high half of its hash (the low half picks the
 * slot) and where its entry is, so a lookup reads the slot and, when the
 * half matches, the entry: nothing else. */
uint32_t folded_intern(struct folded_tree *t, const char *s, size_t n, uint64_t hash)
{
	uint32_t slot = (uint32_t)hash & t->name_mask, tag = (uint32_t)(hash >> 32);
	for (;; slot = (slot + 1) & t->name_mask) {
		const struct folded_name_slot *e = &t->name_slots[slot];
		if (!e->entry)
			break;
		if (e->tag != tag)
			continue;
		const char *entry = t->name_blob + (size_t)(e->entry - 1) * NAME_ALIGN;
		uint32_t header[2];
		memcpy(header, entry, NAME_HEADER);
		if (header[1] == n && folded_same_bytes(entry + NAME_HEADER, s, n))
			return header[0];
	}
	size_t at = t->blob_len;
	uint32_t id = add_name(t, s, n, hash);
	t->name_slots[slot] = (struct folded_name_slot){ tag, (uint32_t)(at / NAME_ALIGN + 1) };
	/* At most 3/4 full. */
	if ((uint64_t)t->nnames * 4 > (uint64_t)t->name_mask * 3)
		grow_name_slots(t);
	return id;
}

uint32_t folded_new_node(struct folded_tree *t, uint32_t parent, uint32_t name)
{
	uint32_t id = t->nnodes++;
	if ((size_t)t->nnodes * sizeof(*t->nodes) > t->nodes_bytes)
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
	hashes[0] = FOLDED_ROOT_HASH;
	for (uint32_t n = 1; n < t->nnodes; n++)
		hashes[n] = folded_path_hash(hashes[t->nodes[n].parent], t->nodes[n].name);
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

uint32_t folded_find_child(struct folded_tree *t, uint32_t parent, uint32_t name, uint64_t hash)
{
	uint32_t slot = (uint32_t)hash & t->child_mask;
	for (;; slot = (slot + 1) & t->child_mask) {
		const struct folded_slot *c = &t->child_slots[slot];
		if (!c->node)
			break;
		if (c->parent == parent && c->name == name)
			return c->node;
	}
	uint32_t id = folded_new_node(t, parent, name);
	t->child_slots[slot] = (struct folded_slot){ parent, name, id };
	/* At most 70% full: linear probing stays short. */
	if ((uint64_t)t->nnodes * 10 > (uint64_t)t->child_mask * 7)
		grow_child_slots(t);
	return id;
}

/* The first line with two counts: every earlier line's "before" count was
 * its count. */
void folded_start_diff(struct folded_tree *t)
{
	big_grow(&t->before, &t->before_bytes, (size_t)t->nnodes * sizeof(double));
	for (uint32_t n = 1; n < t->nnodes; n++)
		t->before[n] = t->nodes[n].total;
}


void folded_reserve_nodes(struct folded_tree *t, uint64_t nodes)
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

/* The passes over all nodes below read or write each node's parent, which
 * is anywhere in the array: fetching it this many nodes ahead overlaps the
 * cache misses. */
#define PREFETCH_AHEAD 16

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

/* Each drawable node's children as ranges of one array, filled in node
 * order, which is input order for a flame chart. Nodes narrower than
 * min_count are never drawn, nor their children: those are not listed.
 * The arrays reuse the child table's memory when it is big enough: the
 * table is not needed once every line is read, and its pages are already
 * there, where new ones would have to be faulted in and zeroed. */
static int list_children(struct folded_tree *t, double min_count)
{
	uint32_t n = t->nnodes;
	size_t words = 3 * (size_t)n + 1;
	uint32_t *mem;
	if (t->child_slots_bytes >= words * sizeof(uint32_t)) {
		mem = (uint32_t *)t->child_slots;
		t->lists_borrowed = true;
	} else if (!(mem = malloc(words * sizeof(uint32_t)))) {
		return -ENOMEM;
	}
	/* child_start, then children, then the listed nodes by number. */
	t->child_start = mem;
	t->children = mem + n + 1;
	uint32_t *listed = t->children + n, k = 0;
	memset(t->child_start, 0, ((size_t)n + 1) * sizeof(uint32_t));
	for (uint32_t i = 1; i < n; i++) {
		if (i + PREFETCH_AHEAD < n)
			__builtin_prefetch(&t->nodes[t->nodes[i + PREFETCH_AHEAD].parent]);
		uint32_t p = t->nodes[i].parent;
		if (t->nodes[p].total >= min_count) {
			t->child_start[p]++;
			listed[k++] = i;
		}
	}
	/* child_start[p] becomes the end of p's range, then, filling each
	 * range from its end, its start; child_start[n] is the end of all. */
	for (uint32_t i = 1; i < n; i++)
		t->child_start[i] += t->child_start[i - 1];
	t->child_start[n] = t->child_start[n - 1];
	while (k--) {
		uint32_t i = listed[k];
		t->children[--t->child_start[t->nodes[i].parent]] = i;
	}
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

/* The colour scale of a differential graph saturates at the largest change
 * of one stack's own count, as flamegraph.pl's does at the largest change of
 * one input line. Runs while node counts are still their own. */
static void find_max_delta(struct folded_tree *t)
{
	t->max_delta = 0;
	for (uint32_t n = 1; n < t->nnodes; n++) {
		double d = t->nodes[n].total - t->before[n] * t->before_scale;
		if (d < 0)
			d = -d;
		if (d > t->max_delta)
			t->max_delta = d;
	}
}

int folded_order(struct folded_tree *t, double min_count, bool normalize)
{
	t->before_scale = 1;
	if (t->before) {
		t->before[0] = t->root_before;
		/* Normalizing scales the "before" profile to the total of the
		 * "after" one, so a graph shows where time moved rather than how
		 * much more there was. */
		if (normalize && t->root_before > 0)
			t->before_scale = t->nodes[0].total / t->root_before;
		find_max_delta(t);
	}
	/* Children are numbered after their parents: one backward pass sums. */
	for (uint32_t n = t->nnodes - 1; n > 0; n--) {
		if (n > PREFETCH_AHEAD)
			__builtin_prefetch(&t->nodes[t->nodes[n - PREFETCH_AHEAD].parent], 1);
		uint32_t p = t->nodes[n].parent;
		if (p) {
			t->nodes[p].total += t->nodes[n].total;
			if (t->before)
				t->before[p] += t->before[n];
		}
	}
	int err = list_children(t, min_count);
	if (!err && !t->opts.flamechart)
		err = sort_children(t);
	return err;
}
