/* Folded stacks ("root;child;leaf COUNT" per line) read into a call tree
 * that the flame graph renderers lay out. */
#ifndef BPFSCOPE_FLAME_FOLDED_H
#define BPFSCOPE_FLAME_FOLDED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define FOLDED_NONE UINT32_MAX

struct folded_span {
	uint32_t off, len;
	uint64_t hash;              /* of the frame's name */
};

/* One frame of the tree: a name under a parent. Node 0 is the root ("all");
 * parents are numbered before their children. */
struct folded_node {
	uint32_t parent;
	uint32_t name;              /* index into the name table */
	double total;               /* while reading: of the stacks ending here; then inclusive */
};

/* A slot of the (parent, name) → node table: the key is kept in the slot so
 * a lookup touches one cache line, not the node too. */
struct folded_slot {
	uint32_t parent, name, node;    /* node 0: empty */
};

/* A slot of the name table: the high half of the name's hash beside where
 * the name's entry is in the blob. Eight bytes, so the table of a typical
 * profile stays in the cache. */
struct folded_name_slot {
	uint32_t tag;
	uint32_t entry;             /* offset / 8 + 1; 0: empty */
};

struct folded_opts {
	bool reverse;               /* leaf first: the stack read backwards */
	bool flamechart;            /* keep input order; merge only with the previous line */
};

struct folded_tree {
	struct folded_node *nodes;
	uint32_t nnodes;
	size_t nodes_bytes;
	double *before;             /* per node: the "before" count; NULL unless diff */
	size_t before_bytes;
	double *start;              /* per node, flame charts only: its left edge */
	size_t start_bytes;
	/* Names, interned: each is NUL-terminated in one blob, after its index
	 * and length. */
	char *name_blob;
	size_t blob_len, blob_cap;
	uint32_t *name_off;         /* offset of name i in name_blob */
	uint32_t *name_len;
	uint32_t *name_hash;         /* low half of each name's hash */
	uint32_t nnames, names_cap;
	struct folded_name_slot *name_slots;
	uint32_t name_mask;
	struct folded_slot *child_slots;
	size_t child_slots_bytes;
	uint32_t child_mask;
	/* The previous line's path (names, where its frames end; and its nodes
	 * and path hashes, kept by the thread that builds the tree), so a
	 * shared prefix needs no lookups. */
	uint32_t *path_name;
	uint32_t *path_end;
	uint32_t path_cap, path_len;
	uint32_t *node_path;
	uint64_t *hash_path;
	uint32_t node_path_cap;
	char *prev;                 /* a copy of the previous line's stack */
	const char *prev_line;      /* the previous line: prev, or in the mapped input */
	bool input_mapped;          /* lines stay where they are until the end */
	size_t prev_len, prev_cap;
	struct folded_span *spans;  /* where the frames of the current line are */
	size_t spans_cap;
	/* After folded_order: the children of node n are
	 * children[child_start[n] .. child_start[n + 1]), left to right (none
	 * listed for a node narrower than its min_count). */
	uint32_t *child_start;
	uint32_t *children;         /* in the same allocation as child_start */
	bool lists_borrowed;        /* that allocation is the child table's */
	struct folded_opts opts;
	bool diff;                  /* some line had two counts */
	double root_before;         /* the root's "before" count, while reading */
	double before_scale;        /* set by folded_order */
	double max_delta;           /* largest |after - before| of a stack's own count */
	uint64_t ignored;           /* lines without a count */
};

void folded_init(struct folded_tree *t, const struct folded_opts *opts);
void folded_free(struct folded_tree *t);           /* accepts a zeroed tree */

/* Reads every line of f, which nothing has read from yet (a regular file is
 * mapped from its file offset on); lines without a valid count are counted
 * in t->ignored. Returns 0, or -errno on a read error. */
int folded_read(struct folded_tree *t, FILE *f);

/* After the last line: sums each node's count into its ancestors, and lists
 * the children of each node at least min_count wide (by name, as in a sorted
 * folded file; in input order for a flame chart). For a differential input,
 * sets before_scale (normalize: "before" counts scaled to the "after"
 * total) and max_delta. Returns 0 or -ENOMEM. */
int folded_order(struct folded_tree *t, double min_count, bool normalize);

/* The "before" count of a node: its count unless the input had two. */
static inline double folded_before(const struct folded_tree *t, uint32_t node)
{
	return t->before ? t->before[node] : t->nodes[node].total;
}

/* Takes a count ("12", "0.5") off the end of s[0..*len), where white space
 * separates it from the text before; *len becomes the length of that text,
 * without the white space. False when the text does not end in a count. */
bool folded_take_count(const char *s, size_t *len, double *count);

static inline const char *folded_name(const struct folded_tree *t, uint32_t name)
{
	return t->name_blob + t->name_off[name];
}

#endif
