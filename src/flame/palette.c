/* Frame colours. Every colour is a function of the name (no randomness), so
 * the same input always renders to the same bytes and a function keeps its
 * colour from one graph to the next. */
#include "flame/palette.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const palette_names[PAL_COUNT] = {
	[PAL_HOT] = "hot", [PAL_MEM] = "mem", [PAL_IO] = "io", [PAL_WAKEUP] = "wakeup",
	[PAL_CHAIN] = "chain", [PAL_JAVA] = "java", [PAL_JS] = "js", [PAL_PERL] = "perl",
	[PAL_RED] = "red", [PAL_GREEN] = "green", [PAL_BLUE] = "blue", [PAL_AQUA] = "aqua",
	[PAL_YELLOW] = "yellow", [PAL_PURPLE] = "purple", [PAL_ORANGE] = "orange",
};

int palette_parse(const char *name, enum palette *p)
{
	for (int i = 0; i < PAL_COUNT; i++) {
		if (!strcmp(name, palette_names[i])) {
			*p = (enum palette)i;
			return 0;
		}
	}
	return -1;
}

const char *palette_list(void)
{
	return "hot, mem, io, wakeup, chain, java, js, perl, red, green, blue, aqua, yellow, "
	       "purple, orange";
}

char palette_annotation(const char *name, size_t *len)
{
	size_t n = *len;
	if (n < 4 || name[n - 4] != '_' || name[n - 3] != '[' || name[n - 1] != ']')
		return 0;
	char a = name[n - 2];
	if (a != 'k' && a != 'j' && a != 'i' && a != 'w')
		return 0;
	*len = n - 4;
	return a;
}

/* Three numbers in [0, 1) from the name. A "module`function" name is hashed
 * by its function, so a function has one colour whichever module it is
 * reported in. */
static void name_vector(const char *name, size_t len, double v[3])
{
	const char *tick = memchr(name, '`', len);
	if (tick) {
		len -= (size_t)(tick + 1 - name);
		name = tick + 1;
	}
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)name[i]) * 0x100000001b3ull;
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	for (int i = 0; i < 3; i++)
		v[i] = (double)((h >> (i * 20)) & 0xfffff) / (double)0x100000;
}

static uint8_t ramp(int base, int span, double v)
{
	return (uint8_t)(base + (int)(span * v));
}

/* The single-hue palettes, by one number in [0, 1). */
static struct rgb hue(enum palette p, double v)
{
	switch (p) {
	case PAL_RED: return (struct rgb){ ramp(200, 55, v), ramp(50, 80, v), ramp(50, 80, v) };
	case PAL_GREEN: return (struct rgb){ ramp(50, 60, v), ramp(200, 55, v), ramp(50, 60, v) };
	case PAL_BLUE: return (struct rgb){ ramp(80, 60, v), ramp(80, 60, v), ramp(205, 50, v) };
	case PAL_YELLOW: return (struct rgb){ ramp(175, 55, v), ramp(175, 55, v), ramp(50, 20, v) };
	case PAL_PURPLE: return (struct rgb){ ramp(190, 65, v), ramp(80, 60, v), ramp(190, 65, v) };
	case PAL_AQUA: return (struct rgb){ ramp(50, 60, v), ramp(165, 55, v), ramp(165, 55, v) };
	case PAL_ORANGE: return (struct rgb){ ramp(190, 65, v), ramp(90, 65, v), 0 };
	default: return (struct rgb){ ramp(200, 55, v), ramp(50, 80, v), ramp(50, 80, v) };
	}
}

static bool contains(const char *s, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	for (size_t i = 0; i + n <= len; i++)
		if (!memcmp(s + i, needle, n))
			return true;
	return false;
}

/* Language palettes pick a hue by the kind of frame: kernel, JIT-compiled,
 * inlined, C++ (has "::"), or code of the language itself. */
static enum palette java_hue(const char *name, size_t len, char annotation)
{
	if (annotation == 'j')
		return PAL_GREEN;
	if (annotation == 'i')
		return PAL_AQUA;
	if (annotation == 'k')
		return PAL_ORANGE;
	if (contains(name, len, "java/") || contains(name, len, "java.") ||
	    (len > 1 && name[0] == 'L' && memchr(name, '/', len)))
		return PAL_GREEN;
	if (contains(name, len, "::"))
		return PAL_YELLOW;
	return PAL_RED;
}

static enum palette js_hue(const char *name, size_t len, char annotation)
{
	if (annotation == 'k')
		return PAL_ORANGE;
	if (annotation == 'j' || contains(name, len, ".js") || memchr(name, '/', len))
		return PAL_GREEN;
	if (annotation == 'i')
		return PAL_AQUA;
	if (contains(name, len, "::"))
		return PAL_YELLOW;
	return PAL_RED;
}

static enum palette perl_hue(const char *name, size_t len, char annotation)
{
	if (annotation == 'k')
		return PAL_ORANGE;
	if (contains(name, len, "Perl") || contains(name, len, ".pl"))
		return PAL_GREEN;
	if (contains(name, len, "::"))
		return PAL_YELLOW;
	return PAL_RED;
}

struct rgb palette_color(enum palette p, const char *name, size_t len, char annotation,
			 bool waker)
{
	double v[3];
	name_vector(name, len, v);
	switch (p) {
	case PAL_HOT: return (struct rgb){ ramp(205, 50, v[2]), ramp(0, 230, v[0]), ramp(0, 55, v[1]) };
	case PAL_MEM: return (struct rgb){ 0, ramp(190, 50, v[1]), ramp(0, 210, v[0]) };
	case PAL_IO: return (struct rgb){ ramp(80, 60, v[0]), ramp(80, 60, v[0]), ramp(190, 55, v[1]) };
	case PAL_WAKEUP: return hue(PAL_AQUA, v[0]);
	case PAL_CHAIN: return hue(waker || annotation == 'w' ? PAL_AQUA : PAL_BLUE, v[0]);
	case PAL_JAVA: return hue(java_hue(name, len, annotation), v[0]);
	case PAL_JS: return hue(js_hue(name, len, annotation), v[0]);
	case PAL_PERL: return hue(perl_hue(name, len, annotation), v[0]);
	default: return hue(p, v[0]);
	}
}

struct rgb palette_diff_color(double delta, double max, bool negate)
{
	if (negate)
		delta = -delta;
	double mag = delta < 0 ? -delta : delta;
	/* Normalized counts carry rounding noise: a change of a billionth of
	 * the largest is no change. */
	if (max <= 0 || mag <= max * 1e-9)
		return (struct rgb){ 255, 255, 255 };
	if (mag > max)
		mag = max;
	uint8_t pale = (uint8_t)(210 * (max - mag) / max);
	if (delta > 0)
		return (struct rgb){ 255, pale, pale };
	return (struct rgb){ pale, pale, 255 };
}

static bool is_hex_color(const char *s)
{
	if (s[0] != '#' || strlen(s) != 7)
		return false;
	for (int i = 1; i < 7; i++)
		if (!strchr("0123456789abcdefABCDEF", s[i]))
			return false;
	return true;
}

int palette_background(const char *bgcolors, enum palette p, char top[8], char bottom[8])
{
	static const struct {
		const char *name, *top, *bottom;
	} gradients[] = {
		{ "yellow", "#eeeeee", "#eeeeb0" },
		{ "blue", "#eeeeee", "#e0e0ff" },
		{ "green", "#eef2ee", "#e0ffe0" },
		{ "grey", "#f8f8f8", "#e8e8e8" },
	};
	if (!bgcolors) {
		if (p == PAL_MEM)
			bgcolors = "green";
		else if (p == PAL_IO || p == PAL_WAKEUP || p == PAL_CHAIN)
			bgcolors = "blue";
		else if (p >= PAL_RED)
			bgcolors = "grey";
		else
			bgcolors = "yellow";
	}
	if (is_hex_color(bgcolors)) {
		memcpy(top, bgcolors, 8);
		memcpy(bottom, bgcolors, 8);
		return 0;
	}
	for (size_t i = 0; i < sizeof(gradients) / sizeof(gradients[0]); i++) {
		if (!strcmp(bgcolors, gradients[i].name)) {
			memcpy(top, gradients[i].top, 8);
			memcpy(bottom, gradients[i].bottom, 8);
			return 0;
		}
	}
	return -1;
}

/* --- the consistent palette: a sorted array, searched by bisection --- */

struct palette_entry {
	char *name;
	struct rgb color;
};

struct palette_map {
	struct palette_entry *entries;
	size_t n, cap;
};

/* The index of name, or of where it would go (then *found is false). */
static size_t map_find(const struct palette_map *m, const char *name, size_t len, bool *found)
{
	size_t lo = 0, hi = m->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strncmp(m->entries[mid].name, name, len);
		if (!c && m->entries[mid].name[len])
			c = 1;
		if (!c) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

static void out_of_memory(void)
{
	fputs("bpfscope: error: flamegraph: out of memory\n", stderr);
	exit(1);
}

static void map_insert(struct palette_map *m, size_t at, const char *name, size_t len,
		       struct rgb color)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 64;
		struct palette_entry *grown = realloc(m->entries, m->cap * sizeof(*grown));
		if (!grown)
			out_of_memory();
		m->entries = grown;
	}
	char *copy = strndup(name, len);
	if (!copy)
		out_of_memory();
	memmove(&m->entries[at + 1], &m->entries[at], (m->n - at) * sizeof(*m->entries));
	m->entries[at] = (struct palette_entry){ copy, color };
	m->n++;
}

struct palette_map *palette_map_load(const char *path, int *err)
{
	struct palette_map *m = calloc(1, sizeof(*m));
	if (!m) {
		*err = -ENOMEM;
		return NULL;
	}
	FILE *f = fopen(path, "r");
	if (!f) {
		if (errno == ENOENT)
			return m;
		*err = -errno;
		free(m);
		return NULL;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, f)) > 0) {
		char *arrow = strstr(line, "->rgb(");
		unsigned r, g, b;
		if (!arrow || sscanf(arrow, "->rgb(%u,%u,%u)", &r, &g, &b) != 3 ||
		    r > 255 || g > 255 || b > 255)
			continue;
		bool found;
		size_t len = (size_t)(arrow - line);
		size_t at = map_find(m, line, len, &found);
		if (!found)
			map_insert(m, at, line, len, (struct rgb){ (uint8_t)r, (uint8_t)g, (uint8_t)b });
	}
	free(line);
	fclose(f);
	return m;
}

struct rgb palette_map_color(struct palette_map *m, const char *name, size_t len,
			     struct rgb fallback)
{
	bool found;
	size_t at = map_find(m, name, len, &found);
	if (found)
		return m->entries[at].color;
	map_insert(m, at, name, len, fallback);
	return fallback;
}

int palette_map_save(const struct palette_map *m, const char *path)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return -errno;
	for (size_t i = 0; i < m->n; i++)
		fprintf(f, "%s->rgb(%u,%u,%u)\n", m->entries[i].name, m->entries[i].color.r,
			m->entries[i].color.g, m->entries[i].color.b);
	if (fclose(f))
		return -errno;
	return 0;
}

void palette_map_free(struct palette_map *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n; i++)
		free(m->entries[i].name);
	free(m->entries);
	free(m);
}
