/* Frame colours: the palettes flame graph users know, picked by a hash of
 * the frame's name so one name always gets one colour; the red/blue scale of
 * differential graphs; and a palette file that keeps colours the same across
 * graphs (--cp). */
#ifndef BPFSCOPE_FLAME_PALETTE_H
#define BPFSCOPE_FLAME_PALETTE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum palette {
	PAL_HOT, PAL_MEM, PAL_IO, PAL_WAKEUP, PAL_CHAIN, PAL_JAVA, PAL_JS, PAL_PERL,
	PAL_RED, PAL_GREEN, PAL_BLUE, PAL_AQUA, PAL_YELLOW, PAL_PURPLE, PAL_ORANGE,
	PAL_COUNT,
};

struct rgb {
	uint8_t r, g, b;
};

/* Returns 0 and sets *p, or -1 for an unknown name. */
int palette_parse(const char *name, enum palette *p);
/* "hot, mem, io, ..." for messages. */
const char *palette_list(void);

/* The annotation of a frame name ("_[k]" kernel, "_[j]" JIT, "_[i]" inlined,
 * "_[w]" waker) as its letter, or 0; *len is shortened to drop it. */
char palette_annotation(const char *name, size_t *len);

/* The colour of a frame. name is without its annotation; waker marks a frame
 * after a "--" separator (an off-wake graph's waker stack). */
struct rgb palette_color(enum palette p, const char *name, size_t len, char annotation,
			 bool waker);

/* Differential colour: red when delta > 0 (grew), blue when it shrank, white
 * when equal; saturated at |delta| >= max. negate swaps the hues. */
struct rgb palette_diff_color(double delta, double max, bool negate);

/* The background gradient for a --bgcolors name ("yellow", "blue", "green",
 * "grey") or a flat "#rrggbb"; NULL picks the palette's usual one. Returns
 * 0 and fills top and bottom ("#rrggbb"), or -1 for a bad value. */
int palette_background(const char *bgcolors, enum palette p, char top[8], char bottom[8]);

/* A consistent palette: name → colour, read from and written back to a file
 * of "name->rgb(R,G,B)" lines. */
struct palette_map;

struct palette_map *palette_map_load(const char *path, int *err);   /* NULL on error */
/* The colour stored for name, or else *fallback, which is then stored. */
struct rgb palette_map_color(struct palette_map *m, const char *name, size_t len,
			     struct rgb fallback);
int palette_map_save(const struct palette_map *m, const char *path); /* 0 or -errno */
void palette_map_free(struct palette_map *m);

#endif
