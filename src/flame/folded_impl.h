/* Between the two halves of the folded stack reader: folded.c (the tree)
 * and folded_read.c (reading lines into it). */
#ifndef BPFSCOPE_FLAME_FOLDED_IMPL_H
#define BPFSCOPE_FLAME_FOLDED_IMPL_H

#include <string.h>

#include "flame/folded.h"

/* Names are read and compared 8 bytes at a time. Every buffer a name lies in
 * (an input line, the name blob) has FOLDED_SLACK readable bytes after its
 * end, so a word loaded at any byte of a name stays inside the buffer. */
#define FOLDED_SLACK 8

static inline uint64_t folded_load8(const char *p)
{
	uint64_t w;
	memcpy(&w, p, 8);
	return w;
}

/* The first n (0..8) bytes of a loaded word, the others zero. */
static inline uint64_t folded_head(uint64_t w, size_t n)
{
	if (n >= 8)
		return w;
	if (!n)
		return 0;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return w & (~0ull << (64 - 8 * n));
#else
	return w & (~0ull >> (64 - 8 * n));
#endif
}

static inline bool folded_same_bytes(const char *a, const char *b, size_t n)
{
	for (; n >= 8; a += 8, b += 8, n -= 8)
		if (folded_load8(a) != folded_load8(b))
			return false;
	return !folded_head(folded_load8(a) ^ folded_load8(b), n);
}

/* A frame's slot in the child table is picked by the hash of its whole path
 * (folded_path_hash of its parent's path hash and its name), not of its
 * parent node: the path hashes of a line need no memory but the small name
 * table, so the slots of all its frames can be prefetched at once and their
 * cache misses overlap instead of following one another down the tree. */
#define FOLDED_ROOT_HASH 0x6a09e667f3bcc908ull
/* Mixed as by MurmurHash3's finalizer, so every bit reaches the low bits
 * that pick a slot. */
static inline uint64_t folded_path_hash(uint64_t parent_hash, uint32_t name)
{
	uint64_t h = parent_hash ^ ((uint64_t)name + 1) * 0x9e3779b97f4a7c15ull;
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	return h ^ (h >> 33);
}

/* Never NULL: running out of memory ends the process with a message. */
void *folded_xrealloc(void *p, size_t size);

/* The name's index, added if new; hash is the reader's hash of the name. */
uint32_t folded_intern(struct folded_tree *t, const char *s, size_t n, uint64_t hash);
/* The child of parent with that name (path hash `hash`), added if new. */
uint32_t folded_find_child(struct folded_tree *t, uint32_t parent, uint32_t name, uint64_t hash);
/* A new child, without looking for an existing one (flame charts). */
uint32_t folded_new_node(struct folded_tree *t, uint32_t parent, uint32_t name);
/* At the first line with two counts: "before" counts for the nodes so far. */
void folded_start_diff(struct folded_tree *t);
/* Sizes the node array and the child table for this many nodes. */
void folded_reserve_nodes(struct folded_tree *t, uint64_t nodes);

#endif
