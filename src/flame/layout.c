/* The frames to draw, in the order both renderers emit them. */
#include "flame/layout.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static bool is_separator(const struct folded_tree *t, uint32_t node)
{
	uint32_t name = t->nodes[node].name;
	return t->name_len[name] == 2 && !memcmp(folded_name(t, name), "--", 2);
}

/* A growable list of frames: the output, and the stack of frames to visit. */
struct frame_list {
	struct flame_frame *items;
	size_t n, cap;
};

static int frame_push(struct frame_list *fl, struct flame_frame f)
{
	if (fl->n == fl->cap) {
		size_t cap = fl->cap ? fl->cap * 2 : 1024;
		struct flame_frame *grown = realloc(fl->items, cap * sizeof(*grown));
		if (!grown)
			return -ENOMEM;
		fl->items = grown;
		fl->cap = cap;
	}
	fl->items[fl->n++] = f;
	return 0;
}

/* Pushes the children of f at least min_count wide, right to left so the
 * leftmost is visited first. A node's own count comes before its children:
 * in a sorted folded file "a 5" sorts before "a;b 3". */
static int push_children(const struct folded_tree *t, const struct flame_frame *f,
			 double min_count, struct frame_list *stack)
{
	const uint32_t *first = t->children + t->child_start[f->node];
	const uint32_t *c = t->children + t->child_start[f->node + 1];
	bool waker = f->waker || (f->node && is_separator(t, f->node));
	double x = f->start + t->nodes[f->node].total;
	while (c-- > first) {
		double w = t->nodes[*c].total;
		x -= w;
		if (w <= 0 || w < min_count)
			continue;
		struct flame_frame child = { *c, f->depth + 1, waker, t->start ? t->start[*c] : x };
		if (frame_push(stack, child))
			return -ENOMEM;
	}
	return 0;
}

int flame_layout_build(struct flame_layout *l, const struct folded_tree *t,
		       const struct flame_opts *o, double min_count)
{
	memset(l, 0, sizeof(*l));
	l->tree = t;
	l->opts = o;
	l->total = t->nodes[0].total;
	l->before_scale = t->before_scale;
	l->max_delta = t->max_delta;
	l->colors = calloc((size_t)t->nnames * 2 + 2, sizeof(uint32_t));
	struct frame_list out = { 0 }, stack = { 0 };
	int err = l->colors ? 0 : -ENOMEM;
	if (!err && l->total > 0 && l->total >= min_count)
		err = frame_push(&stack, (struct flame_frame){ 0, 0, false, 0 });
	while (!err && stack.n) {
		struct flame_frame f = stack.items[--stack.n];
		if (f.depth > l->max_depth)
			l->max_depth = f.depth;
		err = frame_push(&out, f);
		if (!err)
			err = push_children(t, &f, min_count, &stack);
	}
	free(stack.items);
	l->frames = out.items;
	l->n = out.n;
	if (err)
		flame_layout_free(l);
	return err;
}

void flame_layout_free(struct flame_layout *l)
{
	free(l->frames);
	free(l->colors);
	l->frames = NULL;
	l->colors = NULL;
	l->n = 0;
}

double flame_delta(const struct flame_layout *l, uint32_t node)
{
	return l->tree->nodes[node].total - folded_before(l->tree, node) * l->before_scale;
}

const char *flame_frame_name(const struct flame_layout *l, const struct flame_frame *f,
			     size_t *len)
{
	if (!f->node) {
		*len = 3;
		return "all";
	}
	const struct folded_tree *t = l->tree;
	uint32_t name = t->nodes[f->node].name;
	const char *s = folded_name(t, name);
	*len = t->name_len[name];
	palette_annotation(s, len);
	return s;
}

static struct rgb grey(uint8_t v)
{
	return (struct rgb){ v, v, v };
}

static struct rgb name_color(struct flame_layout *l, const struct flame_frame *f)
{
	const struct folded_tree *t = l->tree;
	uint32_t name = f->node ? t->nodes[f->node].name : t->nnames;
	uint32_t *cached = &l->colors[name * 2 + f->waker];
	if (*cached)
		return (struct rgb){ (uint8_t)(*cached >> 16), (uint8_t)(*cached >> 8),
				     (uint8_t)*cached };
	size_t len;
	const char *s;
	char annotation = 0;
	if (f->node) {
		s = folded_name(t, name);
		len = t->name_len[name];
		annotation = palette_annotation(s, &len);
	} else {
		s = "all";
		len = 3;
	}
	struct rgb c = palette_color(l->opts->palette, s, len, annotation, f->waker);
	if (l->opts->palette_map)
		c = palette_map_color(l->opts->palette_map, s, len, c);
	*cached = 1u << 24 | (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b;
	return c;
}

struct rgb flame_frame_color(struct flame_layout *l, const struct flame_frame *f)
{
	if (f->node) {
		uint32_t name = l->tree->nodes[f->node].name;
		const char *s = folded_name(l->tree, name);
		uint32_t len = l->tree->name_len[name];
		/* The separators of off-wake ("--") and of bcc's user and kernel
		 * stacks ("-") are drawn as grey dividers. */
		if (len == 2 && !memcmp(s, "--", 2))
			return grey(160);
		if (len == 1 && s[0] == '-')
			return grey(200);
	}
	if (l->tree->diff)
		return palette_diff_color(flame_delta(l, f->node), l->max_delta, l->opts->negate);
	return name_color(l, f);
}

const char *flame_title(const struct flame_opts *o)
{
	if (o->title)
		return o->title;
	if (o->flamechart)
		return "Flame Chart";
	return o->inverted ? "Icicle Graph" : "Flame Graph";
}
