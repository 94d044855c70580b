/* `bpfscope heatmap`: latency heat maps (time across, latency up, colour
 * = events per cell) as self-contained SVG, and with --subsecond the
 * subsecond-offset view of samples (see subsecond.h). docs/heatmap.md
 * describes the input and the options. */
#ifndef BPFSCOPE_HEATMAP_HEATMAP_H
#define BPFSCOPE_HEATMAP_HEATMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct heatmap_opts {
	const char *title;
	double time_scale;          /* input time units per second */
	const char *lat_unit;       /* the latencies' unit, for labels */
	double step;                /* seconds per column */
	double max;                 /* top of the latency axis; 0: from the data */
	int rows;                   /* linear rows */
	bool log_y;                 /* power-of-two rows instead */
	bool linear_colors;
	int width, cell_height;     /* pixels; cell_height 0: from the rows */
};

/* Events "TIME LATENCY", one per line; see heatmap_read. */
struct heat_events {
	double *time, *lat;
	size_t n, cap;
};

/* Reads `text` (named `name` in messages) into `ev`. Lines that do not
 * start with a number (the tracer's "Attaching 3 probes...", "#"
 * comments, blank lines) are skipped. Returns 0, or -1 after printing an
 * error naming the line. */
int heatmap_read(const char *text, const char *name, struct heat_events *ev);
void heat_events_free(struct heat_events *ev);

/* Writes the SVG. Returns 0, or -1 after printing an error. */
int heatmap_write_svg(FILE *f, const struct heat_events *ev, const struct heatmap_opts *o);

/* The command line of `bpfscope heatmap`. */
struct heatmap_cli {
	struct heatmap_opts opts;
	const char *input, *output, *title;
	bool subsecond;
};

/* Parses argv (argv[0] is "heatmap"). Returns 0, 1 after printing an
 * error, or -1 after printing the help. */
int heatmap_parse_args(int argc, char **argv, struct heatmap_cli *cli);

/* The subcommand: argv[0] is "heatmap". Returns the exit status. */
int heatmap_main(int argc, char **argv);

#endif
