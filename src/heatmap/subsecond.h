/* The subsecond-offset heat map: a column per second, a row per fraction
 * of the second, colour = samples in the cell. It shows patterns a flame
 * graph of the whole profile averages away (a burst every 100 ms, one bad
 * second); the page draws the flame graph of any range of cells the user
 * selects, from the folded stacks it embeds. */
#ifndef BPFSCOPE_HEATMAP_SUBSECOND_H
#define BPFSCOPE_HEATMAP_SUBSECOND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct subsecond_sample {
	double time;                /* seconds */
	uint32_t stack;             /* index in stacks; 0 is "no stack" */
	uint32_t count;
};

struct subsecond_samples {
	struct subsecond_sample *v;
	size_t n, cap;
	char **stacks;              /* distinct folded stacks; stacks[0] is "" */
	size_t nstacks, stacks_cap;
	uint32_t *slots;            /* open-addressed: stack index + 1, 0 empty */
	size_t nslots;
};

struct subsecond_opts {
	const char *title;
	int rows;                   /* rows per second */
	bool linear_colors;
};

/* Reads samples, one per line: "TIME", "TIME COUNT", "TIME STACK" or
 * "TIME STACK COUNT", STACK folded (frames from the root, joined by ';';
 * it may hold spaces), TIME in units of which `time_scale` make a second.
 * Lines not starting with a number are skipped. Returns 0, or -1 after
 * printing an error naming the line. */
int subsecond_read(const char *text, const char *name, double time_scale,
		   struct subsecond_samples *s);
void subsecond_free(struct subsecond_samples *s);

/* Writes the HTML page. Returns 0, or -1 after printing an error. */
int subsecond_write_html(FILE *f, const struct subsecond_samples *s,
			 const struct subsecond_opts *o);

/* The page's script (subsecond_script.c). */
extern const char subsecond_script[];

#endif
