/* The subsecond-offset heat map page (see subsecond.h).
 *
 * The page carries its data as one JSON object: the samples per cell, and
 * per cell the distinct stacks with their counts, so that any selection
 * of cells folds into a flame graph in the browser. Cells are numbered
 * column by column (cell = column * rows + row), which is time order: a
 * selection from one cell to another is one stretch of time. Stacks are
 * numbered in sorted order, so the same samples give the same page. */
#define _GNU_SOURCE                 /* qsort_r */
#include "heatmap/subsecond.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "flame/out.h"
#include "heatmap/common.h"

#define SUBSECOND_MAX_COLUMNS 100000

static void *grow(void *p, size_t *cap, size_t size)
{
	size_t ncap = *cap ? *cap * 2 : 1024;
	void *np = realloc(p, ncap * size);
	if (!np) {
		fputs("bpfscope heatmap: out of memory\n", stderr);
		exit(1);
	}
	*cap = ncap;
	return np;
}

static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static void rehash(struct subsecond_samples *s)
{
	size_t nslots = s->nslots ? s->nslots * 2 : 1024;
	uint32_t *slots = calloc(nslots, sizeof(*slots));
	if (!slots) {
		fputs("bpfscope heatmap: out of memory\n", stderr);
		exit(1);
	}
	for (size_t i = 0; i < s->nstacks; i++) {
		size_t j = hash_bytes(s->stacks[i], strlen(s->stacks[i])) & (nslots - 1);
		while (slots[j])
			j = (j + 1) & (nslots - 1);
		slots[j] = (uint32_t)i + 1;
	}
	free(s->slots);
	s->slots = slots;
	s->nslots = nslots;
}

static uint32_t intern(struct subsecond_samples *s, const char *stack, size_t n)
{
	if (2 * (s->nstacks + 1) > s->nslots)
		rehash(s);
	size_t j = hash_bytes(stack, n) & (s->nslots - 1);
	for (; s->slots[j]; j = (j + 1) & (s->nslots - 1)) {
		const char *have = s->stacks[s->slots[j] - 1];
		if (!strncmp(have, stack, n) && have[n] == '\0')
			return s->slots[j] - 1;
	}
	if (s->nstacks == s->stacks_cap)
		s->stacks = grow(s->stacks, &s->stacks_cap, sizeof(*s->stacks));
	char *copy = strndup(stack, n);
	if (!copy) {
		fputs("bpfscope heatmap: out of memory\n", stderr);
		exit(1);
	}
	s->stacks[s->nstacks] = copy;
	s->slots[j] = (uint32_t)++s->nstacks;
	return (uint32_t)(s->nstacks - 1);
}

static bool all_digits(const char *p, size_t n)
{
	if (n == 0 || n > 9)
		return false;
	for (size_t i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return false;
	return true;
}

/* The rest of a line after the time: "", "COUNT", "STACK" or
 * "STACK COUNT" (a folded line). */
static void add_sample(struct subsecond_samples *s, double time, const char *rest, size_t n)
{
	while (n && (rest[n - 1] == ' ' || rest[n - 1] == '\t' || rest[n - 1] == '\r'))
		n--;
	size_t last = n;
	while (last && rest[last - 1] != ' ' && rest[last - 1] != '\t')
		last--;
	unsigned long count = 1;
	if (all_digits(rest + last, n - last)) {
		count = strtoul(rest + last, NULL, 10);
		n = last;
		while (n && (rest[n - 1] == ' ' || rest[n - 1] == '\t'))
			n--;
	}
	if (!count)
		return;
	if (s->n == s->cap)
		s->v = grow(s->v, &s->cap, sizeof(*s->v));
	s->v[s->n++] = (struct subsecond_sample){ time, intern(s, rest, n), (uint32_t)count };
}

int subsecond_read(const char *text, const char *name, double time_scale,
		   struct subsecond_samples *s)
{
	intern(s, "", 0);
	size_t lineno = 0;
	for (const char *line = text; *line;) {
		size_t len = strcspn(line, "\n");
		lineno++;
		const char *p = line + strspn(line, " \t");
		if (heat_starts_number(p)) {
			double t;
			const char *q = heat_parse_number(p, &t);
			if (!q) {
				int show = len > 60 ? 60 : (int)len;
				fprintf(stderr, "bpfscope heatmap: %s:%zu: expected \"TIME [STACK "
					"[COUNT]]\": '%.*s'\n", name, lineno, show, line);
				return -1;
			}
			q += strspn(q, " \t");
			add_sample(s, t / time_scale, q, (size_t)(line + len - q));
		}
		line += len + (line[len] == '\n');
	}
	return 0;
}

void subsecond_free(struct subsecond_samples *s)
{
	for (size_t i = 0; i < s->nstacks; i++)
		free(s->stacks[i]);
	free(s->stacks);
	free(s->slots);
	free(s->v);
	memset(s, 0, sizeof(*s));
}

struct cell_stack {
	uint32_t cell, rank;
	uint64_t count;
};

static int by_stack_text(const void *a, const void *b, void *stacks)
{
	char **st = stacks;
	return strcmp(st[*(const uint32_t *)a], st[*(const uint32_t *)b]);
}

static int by_cell_rank(const void *a, const void *b)
{
	const struct cell_stack *x = a, *y = b;
	if (x->cell != y->cell)
		return x->cell < y->cell ? -1 : 1;
	return x->rank < y->rank ? -1 : x->rank > y->rank;
}

static void write_page(struct out *out, const struct subsecond_samples *s,
		       const struct subsecond_opts *o, double start, size_t cols,
		       const uint64_t *counts, const uint32_t *order,
		       const struct cell_stack *cs, size_t ncs)
{
	out_str(out, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>");
	out_xml(out, o->title, strlen(o->title));
	out_str(out, "</title>\n<style>\n"
		     "body { font-family: Verdana, sans-serif; font-size: 12px; margin: 10px; }\n"
		     "h1 { font-size: 17px; font-weight: normal; margin: 4px 0; }\n"
		     "#heat svg { user-select: none; cursor: crosshair; }\n"
		     "#heat text { font-size: 11px; }\n"
		     "#fg { display: block; cursor: pointer; }\n"
		     "#details { min-height: 1.3em; }\n"
		     "button { font-size: 12px; }\n"
		     "</style>\n</head>\n<body>\n<h1>");
	out_xml(out, o->title, strlen(o->title));
	out_str(out, "</h1>\n<p id=\"info\"></p>\n<div id=\"heat\"></div>\n"
		     "<p id=\"legend\"></p>\n"
		     "<p><span id=\"range\">Select a range of cells (drag, or click and "
		     "shift-click) to see its flame graph.</span> "
		     "<button id=\"reset\">Reset zoom</button></p>\n"
		     "<canvas id=\"fg\" width=\"1200\" height=\"0\"></canvas>\n"
		     "<p id=\"details\"></p>\n"
		     "<script>\nvar heat = {\"cols\": ");
	out_uint(out, cols);
	out_str(out, ", \"rows\": ");
	out_uint(out, (unsigned long long)o->rows);
	out_str(out, ", \"start\": ");
	out_printf(out, "%.10g", start);
	out_str(out, ", \"linear\": ");
	out_str(out, o->linear_colors ? "true" : "false");
	out_str(out, ",\n\"counts\": [");
	for (size_t i = 0; i < cols * (size_t)o->rows; i++) {
		if (i)
			out_char(out, ',');
		out_uint(out, counts[i]);
	}
	out_str(out, "],\n\"stacks\": [");
	for (size_t i = 0; i < s->nstacks; i++) {
		if (i)
			out_str(out, ",\n");
		const char *st = s->stacks[order[i]];
		out_json_string(out, st, strlen(st));
	}
	out_str(out, "],\n\"samples\": [");
	for (size_t i = 0; i < ncs; i++) {
		if (i)
			out_str(out, i % 8 ? "," : ",\n");
		out_uint(out, cs[i].cell);
		out_char(out, ',');
		out_uint(out, cs[i].rank);
		out_char(out, ',');
		out_uint(out, cs[i].count);
	}
	out_str(out, "]};\n</script>\n<script>\n");
	out_str(out, subsecond_script);
	out_str(out, "</script>\n</body>\n</html>\n");
}

int subsecond_write_html(FILE *f, const struct subsecond_samples *s,
			 const struct subsecond_opts *o)
{
	double tmin = s->v[0].time, tmax = s->v[0].time;
	for (size_t i = 1; i < s->n; i++) {
		if (s->v[i].time < tmin)
			tmin = s->v[i].time;
		if (s->v[i].time > tmax)
			tmax = s->v[i].time;
	}
	double start = floor(tmin);
	double ncols = floor(tmax - start) + 1;
	if (ncols > SUBSECOND_MAX_COLUMNS) {
		fprintf(stderr, "bpfscope heatmap: the samples span %.0f seconds, more than %d: "
			"check --time-unit\n", ncols, SUBSECOND_MAX_COLUMNS);
		return -1;
	}
	size_t cols = (size_t)ncols, rows = (size_t)o->rows;
	uint32_t *order = malloc(s->nstacks * sizeof(*order));
	uint32_t *rank = malloc(s->nstacks * sizeof(*rank));
	uint64_t *counts = calloc(cols * rows, sizeof(*counts));
	struct cell_stack *cs = malloc(s->n * sizeof(*cs));
	if (!order || !rank || !counts || !cs) {
		fputs("bpfscope heatmap: out of memory\n", stderr);
		exit(1);
	}
	for (size_t i = 0; i < s->nstacks; i++)
		order[i] = (uint32_t)i;
	qsort_r(order, s->nstacks, sizeof(*order), by_stack_text, s->stacks);
	for (size_t i = 0; i < s->nstacks; i++)
		rank[order[i]] = (uint32_t)i;
	for (size_t i = 0; i < s->n; i++) {
		double offset = s->v[i].time - start;
		size_t col = (size_t)offset;
		if (col >= cols)
			col = cols - 1;
		size_t row = (size_t)((offset - (double)col) * (double)rows);
		if (row >= rows)
			row = rows - 1;
		cs[i] = (struct cell_stack){ (uint32_t)(col * rows + row), rank[s->v[i].stack],
					     s->v[i].count };
		counts[col * rows + row] += s->v[i].count;
	}
	qsort(cs, s->n, sizeof(*cs), by_cell_rank);
	size_t ncs = 0;
	for (size_t i = 0; i < s->n; i++) {
		if (ncs && cs[ncs - 1].cell == cs[i].cell && cs[ncs - 1].rank == cs[i].rank)
			cs[ncs - 1].count += cs[i].count;
		else
			cs[ncs++] = cs[i];
	}
	struct out out;
	out_init(&out, f);
	write_page(&out, s, o, start, cols, counts, order, cs, ncs);
	free(order);
	free(rank);
	free(counts);
	free(cs);
	int err = out_finish(&out);
	if (err) {
		fprintf(stderr, "bpfscope heatmap: cannot write the page: %s\n", strerror(-err));
		return -1;
	}
	return 0;
}
