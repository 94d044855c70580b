/* Latency heat maps (see heatmap.h).
 *
 * The events are read whole first: the columns start at the earliest time
 * (per-CPU buffers deliver events slightly out of order) and the linear
 * rows end at the largest latency, rounded up to 1, 2 or 5 times a power
 * of ten so that row edges are round numbers. Then one pass counts the
 * events per cell, and only the cells that hold events are drawn. */
#include "heatmap/heatmap.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "flame/out.h"
#include "heatmap/common.h"
#include "heatmap/subsecond.h"
#include "util/cmdline.h"

/* More columns than this is a wrong --step or --time-unit, not a picture. */
#define HEAT_MAX_COLUMNS 100000
#define HEAT_MAX_CELLS 20000000

#define PLOT_LEFT 90
#define PLOT_RIGHT 20
#define PLOT_TOP 60
#define FONT_SIZE 12

static void events_push(struct heat_events *ev, double t, double lat)
{
	if (ev->n == ev->cap) {
		size_t ncap = ev->cap ? ev->cap * 2 : 4096;
		double *nt = realloc(ev->time, ncap * sizeof(*nt));
		if (nt)
			ev->time = nt;
		double *nl = realloc(ev->lat, ncap * sizeof(*nl));
		if (nl)
			ev->lat = nl;
		if (!nt || !nl) {
			fputs("bpfscope heatmap: out of memory\n", stderr);
			exit(1);
		}
		ev->cap = ncap;
	}
	ev->time[ev->n] = t;
	ev->lat[ev->n] = lat;
	ev->n++;
}

void heat_events_free(struct heat_events *ev)
{
	free(ev->time);
	free(ev->lat);
	memset(ev, 0, sizeof(*ev));
}

static int bad_line(const char *name, size_t lineno, const char *line, const char *why)
{
	int len = (int)strcspn(line, "\n");
	if (len > 60)
		len = 60;
	fprintf(stderr, "bpfscope heatmap: %s:%zu: %s: '%.*s'\n", name, lineno, why, len, line);
	return -1;
}

int heatmap_read(const char *text, const char *name, struct heat_events *ev)
{
	size_t lineno = 0;
	for (const char *line = text; *line;) {
		const char *next = strchr(line, '\n');
		next = next ? next + 1 : line + strlen(line);
		lineno++;
		const char *p = line + strspn(line, " \t");
		if (heat_starts_number(p)) {
			double t, lat;
			const char *q = heat_parse_number(p, &t);
			if (q)
				q = heat_parse_number(q + strspn(q, " \t"), &lat);
			if (q)
				q += strspn(q, " \t\r");
			if (!q || (*q != '\n' && *q != '\0'))
				return bad_line(name, lineno, line, "expected \"TIME LATENCY\"");
			if (lat < 0)
				return bad_line(name, lineno, line, "negative latency");
			events_push(ev, t, lat);
		}
		line = next;
	}
	return 0;
}

struct grid {
	size_t cols, rows;
	uint32_t *cells;            /* cells[col * rows + row], row 0 at the bottom */
	uint64_t *col_total;        /* events per column, those above the top too */
	uint64_t over;              /* events above the top row */
	uint32_t max_count;
	double top, row_size;       /* linear rows: the top of the axis, a row's size */
	int log_lo;                 /* log rows: the bucket of row 0 */
};

/* Power-of-two buckets: 0 holds [0, 1), bucket b >= 1 holds
 * [2^(b-1), 2^b), as bpftrace's hist() does for integers. */
static int log_bucket(double lat)
{
	if (lat < 1)
		return 0;
	int e;
	frexp(lat, &e);
	return e;
}

static double log_edge(int bucket)
{
	return bucket <= 0 ? 0 : ldexp(1, bucket - 1);
}

/* The smallest of 1, 2, 5 times a power of ten that is at least v. */
static double nice_ceiling(double v)
{
	if (v <= 0)
		return 1;
	double p = pow(10, floor(log10(v)));
	static const double steps[] = { 1, 2, 5, 10 };
	for (size_t i = 0; i < 4; i++)
		if (steps[i] * p >= v * (1 - 1e-12))
			return steps[i] * p;
	return 10 * p;
}

static int grid_build(struct grid *g, const struct heat_events *ev, const struct heatmap_opts *o)
{
	double tmin = ev->time[0], tmax = ev->time[0], lmin = ev->lat[0], lmax = ev->lat[0];
	for (size_t i = 1; i < ev->n; i++) {
		if (ev->time[i] < tmin)
			tmin = ev->time[i];
		if (ev->time[i] > tmax)
			tmax = ev->time[i];
		if (ev->lat[i] < lmin)
			lmin = ev->lat[i];
		if (ev->lat[i] > lmax)
			lmax = ev->lat[i];
	}
	double col_units = o->step * o->time_scale;
	double ncols = floor((tmax - tmin) / col_units) + 1;
	if (ncols > HEAT_MAX_COLUMNS) {
		fprintf(stderr, "bpfscope heatmap: %.0f columns of %g s is too many (at most %d): "
			"check --time-unit, or use a larger --step\n", ncols, o->step,
			HEAT_MAX_COLUMNS);
		return -1;
	}
	g->cols = (size_t)ncols;
	if (o->log_y) {
		int hi = log_bucket(o->max > 0 ? o->max : lmax);
		g->log_lo = log_bucket(lmin);
		if (g->log_lo > hi)
			g->log_lo = hi;
		g->rows = (size_t)(hi - g->log_lo + 1);
	} else {
		g->rows = (size_t)o->rows;
		g->top = o->max > 0 ? o->max : nice_ceiling(lmax);
		g->row_size = g->top / o->rows;
	}
	if (g->cols * g->rows > HEAT_MAX_CELLS) {
		fprintf(stderr, "bpfscope heatmap: %zu columns by %zu rows is too many cells (at most "
			"%d): use a larger --step or fewer --rows\n", g->cols, g->rows, HEAT_MAX_CELLS);
		return -1;
	}
	g->cells = calloc(g->cols * g->rows, sizeof(*g->cells));
	g->col_total = calloc(g->cols, sizeof(*g->col_total));
	if (!g->cells || !g->col_total) {
		fputs("bpfscope heatmap: out of memory\n", stderr);
		return -1;
	}
	for (size_t i = 0; i < ev->n; i++) {
		size_t col = (size_t)((ev->time[i] - tmin) / col_units);
		if (col >= g->cols)
			col = g->cols - 1;
		g->col_total[col]++;
		size_t row;
		if (o->log_y) {
			int b = log_bucket(ev->lat[i]);
			row = (size_t)(b - g->log_lo);
			if (row >= g->rows) {
				g->over++;
				continue;
			}
		} else {
			if (ev->lat[i] > g->top) {
				g->over++;
				continue;
			}
			row = (size_t)(ev->lat[i] / g->row_size);
			if (row >= g->rows)
				row = g->rows - 1;      /* exactly the top */
		}
		uint32_t c = ++g->cells[col * g->rows + row];
		if (c > g->max_count)
			g->max_count = c;
	}
	return 0;
}

static double row_edge(const struct grid *g, const struct heatmap_opts *o, size_t edge)
{
	return o->log_y ? log_edge(g->log_lo + (int)edge) : g->row_size * (double)edge;
}

static void text_at(struct out *out, double x, double y, const char *anchor, const char *text)
{
	out_str(out, "<text x=\"");
	out_fixed(out, x, 1);
	out_str(out, "\" y=\"");
	out_fixed(out, y, 1);
	if (anchor) {
		out_str(out, "\" text-anchor=\"");
		out_str(out, anchor);
	}
	out_str(out, "\">");
	out_xml(out, text, strlen(text));
	out_str(out, "</text>\n");
}

static void header(struct out *out, double width, double height)
{
	out_str(out, "<?xml version=\"1.0\" standalone=\"no\"?>\n"
		     "<svg version=\"1.1\" width=\"");
	out_fixed(out, width, 0);
	out_str(out, "\" height=\"");
	out_fixed(out, height, 0);
	out_str(out, "\" viewBox=\"0 0 ");
	out_fixed(out, width, 0);
	out_char(out, ' ');
	out_fixed(out, height, 0);
	out_str(out, "\" xmlns=\"http://www.w3.org/2000/svg\">\n"
		     "<style type=\"text/css\">\n"
		     "text { font-family: Verdana, sans-serif; font-size: 12px; fill: #000; }\n"
		     "#title { font-size: 17px; }\n"
		     "#cells rect:hover { stroke: #000; stroke-width: 1; }\n"
		     "</style>\n"
		     "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
}

/* "time 3-4 s, latency 1024-2048 us: 12 events, 97.5% of the column at
 * or below this latency" as the cell's hover text. */
static void cell_title(struct out *out, const struct grid *g, const struct heatmap_opts *o,
		       size_t col, size_t row, uint32_t count, uint64_t below)
{
	uint64_t total = g->col_total[col];
	double pct = 100.0 * (double)below / (double)total;
	int decimals = 1;
	while (decimals < 6 && below < total && pct >= 100 - 0.5 * pow(10, -decimals))
		decimals++;
	out_printf(out, "<title>time %.10g-%.10g s\nlatency %.10g-%.10g %s\n"
			"count %u\npercentile %.*f (column: %llu events)</title>",
		   (double)col * o->step, (double)(col + 1) * o->step,
		   row_edge(g, o, row), row_edge(g, o, row + 1), o->lat_unit, count,
		   decimals, pct, (unsigned long long)total);
}

static void draw_cells(struct out *out, const struct grid *g, const struct heatmap_opts *o,
		       double cell_w)
{
	double ch = o->cell_height;
	out_str(out, "<g id=\"cells\" shape-rendering=\"crispEdges\">\n");
	for (size_t col = 0; col < g->cols; col++) {
		const uint32_t *column = g->cells + col * g->rows;
		uint64_t below = 0;
		for (size_t row = 0; row < g->rows; row++) {
			if (!column[row])
				continue;
			below += column[row];
			char fill[8];
			heat_color(fill, column[row], g->max_count, o->linear_colors);
			out_str(out, "<rect x=\"");
			out_fixed(out, PLOT_LEFT + (double)col * cell_w, 2);
			out_str(out, "\" y=\"");
			out_fixed(out, PLOT_TOP + (double)(g->rows - 1 - row) * ch, 2);
			out_str(out, "\" width=\"");
			out_fixed(out, cell_w, 2);
			out_str(out, "\" height=\"");
			out_fixed(out, ch, 2);
			out_str(out, "\" fill=\"");
			out_str(out, fill);
			out_str(out, "\">");
			cell_title(out, g, o, col, row, column[row], below);
			out_str(out, "</rect>\n");
		}
	}
	out_str(out, "</g>\n");
}

static void draw_axes(struct out *out, const struct grid *g, const struct heatmap_opts *o,
		      double cell_w, double plot_w, double plot_h)
{
	char buf[96];
	double bottom = PLOT_TOP + plot_h;
	out_printf(out, "<rect x=\"%d\" y=\"%d\" width=\"", PLOT_LEFT, PLOT_TOP);
	out_fixed(out, plot_w, 2);
	out_str(out, "\" height=\"");
	out_fixed(out, plot_h, 2);
	out_str(out, "\" fill=\"none\" stroke=\"#999999\"/>\n");
	/* labels at least ~15 px apart up the side, ~70 px across */
	size_t every = (size_t)ceil((FONT_SIZE + 3.0) / o->cell_height);
	for (size_t e = 0; e <= g->rows; e += every) {
		snprintf(buf, sizeof(buf), "%.10g", row_edge(g, o, e));
		text_at(out, PLOT_LEFT - 6, bottom - (double)e * o->cell_height + 4, "end", buf);
	}
	every = (size_t)ceil(70 / cell_w);
	for (size_t c = 0; c <= g->cols; c += every) {
		snprintf(buf, sizeof(buf), "%.10g", (double)c * o->step);
		text_at(out, PLOT_LEFT + (double)c * cell_w, bottom + 16, "middle", buf);
	}
	text_at(out, PLOT_LEFT + plot_w / 2, bottom + 34, "middle",
		"Time (s since the first event)");
	snprintf(buf, sizeof(buf), "Latency (%s%s)", o->lat_unit,
		 o->log_y ? ", power-of-two rows" : "");
	out_str(out, "<g transform=\"translate(18,");
	out_fixed(out, PLOT_TOP + plot_h / 2, 1);
	out_str(out, ") rotate(-90)\">");
	out_str(out, "<text text-anchor=\"middle\">");
	out_xml(out, buf, strlen(buf));
	out_str(out, "</text></g>\n");
}

/* Ten boxes from the fewest to the most, and which scale they follow. */
static void draw_legend(struct out *out, const struct grid *g, const struct heatmap_opts *o,
			double y)
{
	char buf[160];
	out_printf(out, "<g id=\"legend\" data-scale=\"%s\">\n",
		   o->linear_colors ? "linear" : "log");
	for (int i = 0; i < 10; i++) {
		char fill[8];
		double count = heat_scale_count(i / 9.0, g->max_count, o->linear_colors);
		heat_color(fill, count, g->max_count, o->linear_colors);
		out_printf(out, "<rect x=\"%d\" y=\"", PLOT_LEFT + i * 20);
		out_fixed(out, y, 1);
		out_printf(out, "\" width=\"20\" height=\"12\" fill=\"%s\"/>\n", fill);
	}
	text_at(out, PLOT_LEFT, y + 26, "start", "1");
	snprintf(buf, sizeof(buf), "%u", g->max_count);
	text_at(out, PLOT_LEFT + 200, y + 26, "end", buf);
	snprintf(buf, sizeof(buf), o->linear_colors ?
		 "Colour: events per cell, linear scale (a small second mode may not show)" :
		 "Colour: events per cell, log scale (--linear-colors for linear)");
	text_at(out, PLOT_LEFT + 212, y + 10, "start", buf);
	out_str(out, "</g>\n");
}

int heatmap_write_svg(FILE *f, const struct heat_events *ev, const struct heatmap_opts *opts)
{
	struct grid g = { 0 };
	if (grid_build(&g, ev, opts) < 0) {
		free(g.cells);
		free(g.col_total);
		return -1;
	}
	/* about 400 px of rows, however many there are */
	struct heatmap_opts sized = *opts;
	const struct heatmap_opts *o = &sized;
	if (!sized.cell_height) {
		sized.cell_height = (int)(400 / g.rows);
		sized.cell_height = sized.cell_height < 4 ? 4 :
				    sized.cell_height > 30 ? 30 : sized.cell_height;
	}
	double plot_w = o->width - PLOT_LEFT - PLOT_RIGHT;
	double plot_h = (double)g.rows * o->cell_height;
	double cell_w = plot_w / (double)g.cols;
	double height = PLOT_TOP + plot_h + 90;
	struct out out;
	out_init(&out, f);
	header(&out, o->width, height);
	out_str(&out, "<text id=\"title\" x=\"");
	out_fixed(&out, o->width / 2.0, 1);
	out_str(&out, "\" y=\"24\" text-anchor=\"middle\">");
	out_xml(&out, o->title, strlen(o->title));
	out_str(&out, "</text>\n");
	char sub[200];
	int n = snprintf(sub, sizeof(sub), "%zu events, %zu columns of %.10g s", ev->n, g.cols,
			 o->step);
	if (g.over)
		snprintf(sub + n, sizeof(sub) - (size_t)n, ", %llu above %.10g %s not drawn",
			 (unsigned long long)g.over, row_edge(&g, o, g.rows), o->lat_unit);
	text_at(&out, o->width / 2.0, 44, "middle", sub);
	draw_axes(&out, &g, o, cell_w, plot_w, plot_h);
	draw_cells(&out, &g, o, cell_w);
	draw_legend(&out, &g, o, PLOT_TOP + plot_h + 50);
	out_str(&out, "</svg>\n");
	free(g.cells);
	free(g.col_total);
	int err = out_finish(&out);
	if (err) {
		fprintf(stderr, "bpfscope heatmap: cannot write the picture: %s\n", strerror(-err));
		return -1;
	}
	return 0;
}

static const char usage[] =
	"usage: bpfscope heatmap [OPTIONS] [FILE]\n"
	"\n"
	"Draws a latency heat map (SVG) from events \"TIME LATENCY\", one per line, read\n"
	"from FILE or standard input: time across in columns, latency up in rows, the\n"
	"colour of a cell is how many events fell in it. Lines that do not start with a\n"
	"number are skipped.\n"
	"With --subsecond, draws the subsecond-offset heat map of samples \"TIME\" or\n"
	"\"TIME STACK [COUNT]\" (STACK folded: frames joined by ';') as an HTML page\n"
	"where selecting a range of cells shows its flame graph.\n"
	"\n"
	"OPTIONS:\n"
	"  -o FILE            write to FILE instead of standard output\n"
	"  --title TEXT       the title\n"
	"  --time-unit UNIT   unit of the input times: s (default), ms, us or ns\n"
	"  --lat-unit NAME    unit of the latencies, for the labels (default us)\n"
	"  --step SECONDS     seconds per column (default 1)\n"
	"  --rows N           latency rows (default 50; --subsecond: rows per second)\n"
	"  --max LATENCY      top of the latency axis (default: the largest, rounded up);\n"
	"                     events above it are counted but not drawn\n"
	"  --log-y            power-of-two latency rows: [0,1), [1,2), [2,4), ...\n"
	"  --linear-colors    linear colour scale (default log: small counts stay visible)\n"
	"  --width PX         picture width (default 1000)\n"
	"  --cell-height PX   height of a row (default: 400 px over the rows, 4 to 30)\n"
	"  --subsecond        the subsecond-offset heat map of samples, as HTML\n"
	"  --html             the same as --subsecond\n"
	"  -h, --help         this help\n";

static bool positive(const char *s, double *out)
{
	double v;
	const char *end = heat_parse_number(s, &v);
	if (!end || *end || !(v > 0))
		return false;
	*out = v;
	return true;
}

static bool count_arg(const char *s, int lo, int hi, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < lo || v > hi)
		return false;
	*out = (int)v;
	return true;
}

int heatmap_parse_args(int argc, char **argv, struct heatmap_cli *cli)
{
	*cli = (struct heatmap_cli){ .opts = { .time_scale = 1, .lat_unit = "us", .step = 1,
					       .width = 1000 } };
	struct heatmap_opts *o = &cli->opts;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		static const char *const with_value[] = { "-o", "--title", "--time-unit",
			"--lat-unit", "--step", "--rows", "--max", "--width", "--cell-height" };
		bool takes = false;
		for (size_t k = 0; k < sizeof(with_value) / sizeof(with_value[0]); k++)
			takes |= !strcmp(a, with_value[k]);
		const char *val = takes ? argv[i + 1] : NULL;
		if (takes && !val)
			return cmdline_error("heatmap", "%s needs a value", a);
		i += takes;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			return -1;
		} else if (!strcmp(a, "-o")) {
			cli->output = val;
		} else if (!strcmp(a, "--title")) {
			cli->title = val;
		} else if (!strcmp(a, "--time-unit")) {
			o->time_scale = heat_time_unit(val);
			if (!o->time_scale)
				return cmdline_error("heatmap", "--time-unit is s, ms, us or ns, not '%s'", val);
		} else if (!strcmp(a, "--lat-unit")) {
			o->lat_unit = val;
		} else if (!strcmp(a, "--step")) {
			if (!positive(val, &o->step))
				return cmdline_error("heatmap", "--step needs a positive number of seconds, not '%s'", val);
		} else if (!strcmp(a, "--rows")) {
			if (!count_arg(val, 1, 10000, &o->rows))
				return cmdline_error("heatmap", "--rows needs a number from 1 to 10000, not '%s'", val);
		} else if (!strcmp(a, "--max")) {
			if (!positive(val, &o->max))
				return cmdline_error("heatmap", "--max needs a positive latency, not '%s'", val);
		} else if (!strcmp(a, "--width")) {
			if (!count_arg(val, 200, 100000, &o->width))
				return cmdline_error("heatmap", "--width needs pixels from 200 to 100000, not '%s'", val);
		} else if (!strcmp(a, "--cell-height")) {
			if (!count_arg(val, 1, 100, &o->cell_height))
				return cmdline_error("heatmap", "--cell-height needs pixels from 1 to 100, not '%s'", val);
		} else if (!strcmp(a, "--log-y")) {
			o->log_y = true;
		} else if (!strcmp(a, "--linear-colors")) {
			o->linear_colors = true;
		} else if (!strcmp(a, "--subsecond") || !strcmp(a, "--html")) {
			cli->subsecond = true;
		} else if (a[0] == '-' && a[1]) {
			return cmdline_error("heatmap", "unknown option '%s'", a);
		} else if (!cli->input) {
			cli->input = a;
		} else {
			return cmdline_error("heatmap", "unexpected argument '%s'", a);
		}
	}
	if (o->log_y && o->rows)
		return cmdline_error("heatmap", "%s", "--rows and --log-y do not go together: power-of-two rows "
			   "follow the data");
	return 0;
}

static int draw(FILE *out, const struct heatmap_cli *cli, const struct heat_events *ev,
		const struct subsecond_samples *ss)
{
	if (cli->subsecond) {
		struct subsecond_opts so = {
			.title = cli->title ? cli->title : "Subsecond Offset Heat Map",
			.rows = cli->opts.rows ? cli->opts.rows : 50,
			.linear_colors = cli->opts.linear_colors,
		};
		return subsecond_write_html(out, ss, &so) < 0;
	}
	struct heatmap_opts o = cli->opts;
	o.title = cli->title ? cli->title : "Latency Heat Map";
	if (!o.log_y && !o.rows)
		o.rows = 50;
	return heatmap_write_svg(out, ev, &o) < 0;
}

int heatmap_main(int argc, char **argv)
{
	struct heatmap_cli cli;
	int parsed = heatmap_parse_args(argc, argv, &cli);
	if (parsed)
		return parsed < 0 ? 0 : parsed;
	const char *name = cli.input && strcmp(cli.input, "-") ? cli.input : "<stdin>";
	size_t len;
	char *text = heat_read_input(cli.input, &len);
	if (!text) {
		fprintf(stderr, "bpfscope heatmap: cannot read %s: %s\n", name, strerror(errno));
		return 1;
	}
	int ret = 1;
	struct heat_events ev = { 0 };
	struct subsecond_samples ss = { 0 };
	FILE *out;
	if (strlen(text) != len) {
		fprintf(stderr, "bpfscope heatmap: %s is not text (it holds a NUL byte)\n", name);
		goto done;
	}
	if (cli.subsecond ? subsecond_read(text, name, cli.opts.time_scale, &ss) < 0 :
			    heatmap_read(text, name, &ev) < 0)
		goto done;
	if (cli.subsecond ? ss.n == 0 : ev.n == 0) {
		fprintf(stderr, "bpfscope heatmap: no %s in %s\n",
			cli.subsecond ? "samples" : "events", name);
		goto done;
	}
	out = cli.output ? fopen(cli.output, "we") : stdout;
	if (!out) {
		fprintf(stderr, "bpfscope heatmap: cannot open %s: %s\n", cli.output,
			strerror(errno));
		goto done;
	}
	ret = draw(out, &cli, &ev, &ss);
	if (cli.output && fclose(out) != 0 && !ret) {
		fprintf(stderr, "bpfscope heatmap: cannot write %s: %s\n", cli.output,
			strerror(errno));
		ret = 1;
	}
done:
	heat_events_free(&ev);
	subsecond_free(&ss);
	free(text);
	return ret;
}
