/* Between the two halves of the folded stack reader: folded.c (the tree)
 * and folded_read.c (reading lines into it). */
#ifndef BPFSCOPE_FLAME_FOLDED_IMPL_H
#define BPFSCOPE_FLAME_FOLDED_IMPL_H

#include "flame/folded.h"

/* A frame's slot in the child table is picked by the hash of its whole path
 * (folded_path_hash of its parent's path hash and its name), not of its
 * parent node: the path hashes of a line need no memory but the small name
 * table, so the slots of all its frames can be prefetched at once and their
 * cache misses overlap instead of following one another down the tree. */
#define FOLDED_ROOT_HASH 0x6a09e667f3bcc908ull
uint64_t folded_path_hash(uint64_t parent_hash, uint32_t name);

/* Never NULL: running out of memory ends the process with a message. */
void *folded_xrealloc(void *p, size_t size);
bool folded_same_bytes(const char *a, const char *b, size_t n);

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
