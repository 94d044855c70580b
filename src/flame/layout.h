/* What the flame graph renderers share: their options, and the list of
 * frames wide enough to draw, each with its display name and colour. */
#ifndef BPFSCOPE_FLAME_LAYOUT_H
#define BPFSCOPE_FLAME_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "flame/folded.h"
#include "flame/palette.h"

struct flame_opts {
	const char *title;          /* NULL: "Flame Graph", "Icicle Graph", "Flame Chart" */
	const char *subtitle;
	const char *countname;      /* "samples" */
	const char *nametype;       /* "Function:" */
	const char *fonttype;       /* "Verdana" */
	const char *notes;
	const char *bgcolors;       /* NULL: by palette */
	const char *searchcolor;    /* "rgb(230,0,230)" */
	double width;               /* of the image, px */
	double frameheight;         /* px per frame, with 1 px of padding */
	double fontsize, fontwidth; /* fontwidth: average glyph width per font size */
	double minwidth;            /* px, or percent of the total with minwidth_percent */
	bool minwidth_percent;
	bool minwidth_set;
	double total;               /* percentages relative to this; 0: the sum of counts */
	enum palette palette;
	struct palette_map *palette_map;   /* --cp, or NULL */
	bool inverted, flamechart, negate, normalize;
};

struct flame_frame {
	uint32_t node;
	uint32_t depth;
	bool waker;                 /* below a "--" separator */
	double start;               /* left edge, in counts */
};

struct flame_layout {
	const struct folded_tree *tree;
	const struct flame_opts *opts;
	struct flame_frame *frames; /* depth-first, left to right; frames[0] is the root */
	size_t n;
	uint32_t max_depth;
	double total;               /* the root's count */
	double before_scale;        /* --normalize: "before" counts times this */
	double max_delta;           /* largest |delta| of a stack's own count */
	uint32_t *colors;           /* per name and waker flag: 0, or 0x1RRGGBB */
};

/* Keeps the frames at least min_count wide. Returns 0 or -ENOMEM. */
int flame_layout_build(struct flame_layout *l, const struct folded_tree *t,
		       const struct flame_opts *o, double min_count);
void flame_layout_free(struct flame_layout *l);

/* A frame's growth in a differential graph: after - before (normalized). */
double flame_delta(const struct flame_layout *l, uint32_t node);

/* A frame's name as shown (without its "_[k]" annotation; "all" for the
 * root) and colour. */
const char *flame_frame_name(const struct flame_layout *l, const struct flame_frame *f,
			     size_t *len);
struct rgb flame_frame_color(struct flame_layout *l, const struct flame_frame *f);

/* The title the options ask for. */
const char *flame_title(const struct flame_opts *o);

#endif
