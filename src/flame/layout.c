/* The frames to draw, in the order both renderers emit them. */
#include "flame/layout.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Normalizing scales the "before" profile to the total of the "after" one,
 * so a graph shows where time moved rather than how much more there was. */
static double before_scale(const struct folded_tree *t, const struct flame_opts *o)
{
	if (!o->normalize || !t->diff || t->before[0] <= 0)
		return 1;
	return t->nodes[0].total / t->before[0];
}

/* The colour scale saturates at the largest change of one stack's own count,
 * as flamegraph.pl's does at the largest change of one input line. */
static double max_self_delta(const struct folded_tree *t, double scale)
{
	double max = 0;
	for (uint32_t n = 0; n < t->nnodes; n++) {
		double after = t->nodes[n].total, before = t->before[n];
		for (uint32_t i = t->child_start[n]; i < t->child_start[n + 1]; i++) {
			after -= t->nodes[t->children[i]].total;
			before -= t->before[t->children[i]];
		}
		double d = after - before * scale;
		if (d < 0)
			d = -d;
		if (d > max)
			max = d;
	}
	return max;
}

static bool is_separator(const struct folded_tree *t, uint32_t node)
{
	uint32_t name = t->nodes[node].name;
	return t->name_len[name] == 2 && !memcmp(folded_name(t, name), "--", 2);
}

int flame_layout_build(struct flame_layout *l, const struct folded_tree *t,
		       const struct flame_opts *o, double min_count)
{
	memset(l, 0, sizeof(*l));
	l->tree = t;
	l->opts = o;
	l->total = t->nodes[0].total;
	l->before_scale = before_scale(t, o);
	if (t->diff)
		l->max_delta = max_self_delta(t, l->before_scale);
	l->colors = calloc((size_t)t->nnames * 2 + 2, sizeof(uint32_t));
	size_t cap = 1024;
	l->frames = malloc(cap * sizeof(*l->frames));
	/* The stack of nodes still to visit holds at most every child of each
	 * node on the current path. */
	size_t stack_cap = 1024, top = 0;
	struct flame_frame *stack = malloc(stack_cap * sizeof(*stack));
	struct flame_frame *kids = malloc(stack_cap * sizeof(*kids));
	size_t kids_cap = stack_cap;
	if (!l->colors || !l->frames || !stack || !kids)
		goto nomem;
	if (l->total > 0 && l->total >= min_count)
		stack[top++] = (struct flame_frame){ 0, 0, false, 0 };
	while (top) {
		struct flame_frame f = stack[--top];
		if (l->n == cap) {
			cap *= 2;
			struct flame_frame *grown = realloc(l->frames, cap * sizeof(*grown));
			if (!grown)
				goto nomem;
			l->frames = grown;
		}
		l->frames[l->n++] = f;
		if (f.depth > l->max_depth)
			l->max_depth = f.depth;
		bool waker = f.waker || (f.node && is_separator(t, f.node));
		const uint32_t *first = t->children + t->child_start[f.node];
		const uint32_t *end = t->children + t->child_start[f.node + 1];
		/* A node's own count comes first, then its children side by side:
		 * in a sorted folded file "a 5" sorts before "a;b 3". */
		double x = f.start + t->nodes[f.node].total;
		for (const uint32_t *c = first; c < end; c++)
			x -= t->nodes[*c].total;
		size_t k = 0;
		for (const uint32_t *c = first; c < end; c++) {
			double w = t->nodes[*c].total, start = t->start ? t->start[*c] : x;
			x += w;
			if (w <= 0 || w < min_count)
				continue;
			if (k == kids_cap) {
				kids_cap *= 2;
				struct flame_frame *grown = realloc(kids, kids_cap * sizeof(*grown));
				if (!grown)
					goto nomem;
				kids = grown;
			}
			kids[k++] = (struct flame_frame){ *c, f.depth + 1, waker, start };
		}
		if (top + k > stack_cap) {
			while (top + k > stack_cap)
				stack_cap *= 2;
			struct flame_frame *grown = realloc(stack, stack_cap * sizeof(*grown));
			if (!grown)
				goto nomem;
			stack = grown;
		}
		/* Pushed right to left, so the leftmost child is visited first. */
		while (k)
			stack[top++] = kids[--k];
	}
	free(stack);
	free(kids);
	return 0;
nomem:
	free(stack);
	free(kids);
	flame_layout_free(l);
	return -ENOMEM;
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
