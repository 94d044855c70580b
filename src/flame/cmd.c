/* Option parsing for the picture subcommands. The flamegraph options are
 * flamegraph.pl's, with its names and defaults, so existing scripts keep
 * working when they switch to `bpfscope flamegraph`. */
#include "flame/cmd.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flame/diff.h"
#include "flame/folded.h"
#include "flame/html.h"
#include "flame/layout.h"
#include "flame/out.h"
#include "flame/svg.h"

/* Frames narrower than this share of the total are left out of an HTML
 * page unless --minwidth says otherwise: it zooms deeper than an SVG can. */
#define HTML_MIN_SHARE 1e-5
/* Above this many frames an SVG gets slow in a browser. */
#define SVG_FRAMES_WARN 30000

static int cmd_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int cmd_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "bpfscope: error: %s: ", cmd);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	return 1;
}

bool flame_cmd_is_subcommand(const char *arg)
{
	return arg && (!strcmp(arg, "flamegraph") || !strcmp(arg, "difffolded"));
}

static const char flamegraph_usage[] =
	"usage: bpfscope flamegraph [OPTIONS] [FILE]\n"
	"\n"
	"Reads folded stacks (\"root;child;leaf COUNT\" per line) from FILE or standard\n"
	"input and writes an interactive flame graph (SVG) to standard output. A line\n"
	"with two counts (\"stack BEFORE AFTER\", from difffolded) makes a differential\n"
	"graph: frame widths from AFTER, red where a frame grew, blue where it shrank.\n"
	"\n"
	"OPTIONS:\n"
	"    -o, --output FILE   write to FILE instead of standard output\n"
	"    --html              an HTML page with a canvas renderer (for big profiles)\n"
	"    --title TEXT        title (default \"Flame Graph\")\n"
	"    --subtitle TEXT     second title line\n"
	"    --width NUM         image width in pixels (default 1200)\n"
	"    --height NUM        height of each frame in pixels (default 16)\n"
	"    --minwidth NUM[%]   omit frames narrower than NUM pixels, or NUM percent of\n"
	"                        the total (default 0.1 pixels)\n"
	"    --fonttype FONT     font (default \"Verdana\")\n"
	"    --fontsize NUM      font size (default 12)\n"
	"    --fontwidth NUM     average character width per font size (default 0.59)\n"
	"    --countname TEXT    what the counts are (default \"samples\")\n"
	"    --nametype TEXT     label of the frame details line (default \"Function:\")\n"
	"    --colors PALETTE    hot (default), mem, io, wakeup, chain, java, js, perl,\n"
	"                        red, green, blue, aqua, yellow, purple, orange\n"
	"    --bgcolors COLOR    background: yellow, blue, green, grey or #rrggbb\n"
	"    --hash              colours by name hash (always the case; accepted)\n"
	"    --cp                consistent palette: keep colours in palette.map\n"
	"    --palfile FILE      the palette file for --cp (default palette.map)\n"
	"    --searchcolor COLOR colour of search matches (default rgb(230,0,230))\n"
	"    --reverse           reverse the stacks (leaf first)\n"
	"    --inverted          icicle graph: roots at the top\n"
	"    --flamechart        flame chart: input order, no sorting or merging by name\n"
	"    --negate            differential: swap red and blue\n"
	"    -n, --normalize     differential: scale BEFORE to the total of AFTER\n"
	"    --total NUM         percentages relative to NUM instead of the sum of counts\n"
	"    --notes TEXT        a comment in the SVG\n"
	"    -h, --help          this message\n";

static const char difffolded_usage[] =
	"usage: bpfscope difffolded [-n] [-s] FILE1 FILE2\n"
	"\n"
	"Compares two folded profiles: writes \"stack COUNT1 COUNT2\" for every stack\n"
	"of either, sorted by stack, for `bpfscope flamegraph` to draw as a\n"
	"differential flame graph (red: grew from FILE1 to FILE2, blue: shrank).\n"
	"\n"
	"OPTIONS:\n"
	"    -n, --normalize     scale FILE1's counts to the total of FILE2\n"
	"    -s, --strip-hex     remove hexadecimal offsets (\"+0x1f\") from frames\n"
	"    -h, --help          this message\n";

enum {
	OPT_TITLE = 256, OPT_SUBTITLE, OPT_WIDTH, OPT_HEIGHT, OPT_MINWIDTH, OPT_FONTTYPE,
	OPT_FONTSIZE, OPT_FONTWIDTH, OPT_COUNTNAME, OPT_NAMETYPE, OPT_COLORS, OPT_BGCOLORS,
	OPT_HASH, OPT_CP, OPT_PALFILE, OPT_SEARCHCOLOR, OPT_REVERSE, OPT_INVERTED,
	OPT_FLAMECHART, OPT_NEGATE, OPT_TOTAL, OPT_NOTES, OPT_HTML,
};

static const struct option flamegraph_options[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "help", no_argument, NULL, 'h' },
	{ "normalize", no_argument, NULL, 'n' },
	{ "html", no_argument, NULL, OPT_HTML },
	{ "title", required_argument, NULL, OPT_TITLE },
	{ "subtitle", required_argument, NULL, OPT_SUBTITLE },
	{ "width", required_argument, NULL, OPT_WIDTH },
	{ "height", required_argument, NULL, OPT_HEIGHT },
	{ "minwidth", required_argument, NULL, OPT_MINWIDTH },
	{ "fonttype", required_argument, NULL, OPT_FONTTYPE },
	{ "fontsize", required_argument, NULL, OPT_FONTSIZE },
	{ "fontwidth", required_argument, NULL, OPT_FONTWIDTH },
	{ "countname", required_argument, NULL, OPT_COUNTNAME },
	{ "nametype", required_argument, NULL, OPT_NAMETYPE },
	{ "colors", required_argument, NULL, OPT_COLORS },
	{ "bgcolors", required_argument, NULL, OPT_BGCOLORS },
	{ "hash", no_argument, NULL, OPT_HASH },
	{ "cp", no_argument, NULL, OPT_CP },
	{ "palfile", required_argument, NULL, OPT_PALFILE },
	{ "searchcolor", required_argument, NULL, OPT_SEARCHCOLOR },
	{ "reverse", no_argument, NULL, OPT_REVERSE },
	{ "inverted", no_argument, NULL, OPT_INVERTED },
	{ "flamechart", no_argument, NULL, OPT_FLAMECHART },
	{ "negate", no_argument, NULL, OPT_NEGATE },
	{ "total", required_argument, NULL, OPT_TOTAL },
	{ "notes", required_argument, NULL, OPT_NOTES },
	{ NULL, 0, NULL, 0 },
};

struct flamegraph_args {
	struct flame_opts render;
	struct folded_opts fold;
	const char *input;          /* NULL: standard input */
	const char *output;         /* NULL: standard output */
	const char *palfile;
	bool consistent_palette;
	bool html;
};

/* A finite number > 0 (>= 0 with allow_zero); a trailing '%' only when
 * percent is not NULL, which then says whether it was there. */
static int parse_number(const char *cmd, const char *option, const char *arg, bool allow_zero,
			double *v, bool *percent)
{
	char *end;
	errno = 0;
	double x = strtod(arg, &end);
	bool pct = percent && end != arg && *end == '%' && !end[1];
	if (pct)
		end++;
	if (end == arg || *end || errno || !isfinite(x) || x < 0 || (!allow_zero && x == 0))
		return cmd_error(cmd, "invalid %s value '%s' (%s)", option, arg,
				 allow_zero ? "a number, 0 or more" : "a number above 0");
	*v = x;
	if (percent)
		*percent = pct;
	return 0;
}

/* The option as the user typed it, for messages: "--title" or "-o". */
static const char *typed_option(char **argv, int index)
{
	static char buf[64];
	const char *arg = argv[index];
	if (arg[0] == '-' && arg[1] == '-') {
		size_t n = strcspn(arg, "=");
		snprintf(buf, sizeof(buf), "%.*s", (int)n, arg);
		return buf;
	}
	return arg;
}

static int getopt_failure(const char *cmd, int c, char **argv)
{
	/* getopt leaves optind past the element it could not use. */
	const char *opt = typed_option(argv, optind - 1);
	if (c == ':')
		return cmd_error(cmd, "option '%s' needs a value", opt);
	if (optopt && optopt < 256 && argv[optind - 1][1] != '-')
		return cmd_error(cmd, "unknown option '-%c' (see 'bpfscope %s --help')", optopt,
				 cmd);
	return cmd_error(cmd, "unknown option '%s' (see 'bpfscope %s --help')", opt, cmd);
}

static int set_flamegraph_option(struct flamegraph_args *a, int c, const char *arg)
{
	const char *cmd = "flamegraph";
	struct flame_opts *o = &a->render;
	switch (c) {
	case 'o': a->output = arg; return 0;
	case 'n': o->normalize = true; return 0;
	case OPT_HTML: a->html = true; return 0;
	case OPT_TITLE: o->title = arg; return 0;
	case OPT_SUBTITLE: o->subtitle = arg; return 0;
	case OPT_WIDTH: return parse_number(cmd, "--width", arg, false, &o->width, NULL);
	case OPT_HEIGHT:
		if (parse_number(cmd, "--height", arg, false, &o->frameheight, NULL))
			return 1;
		if (o->frameheight < 2)
			return cmd_error(cmd, "invalid --height value '%s' (2 pixels or more)", arg);
		return 0;
	case OPT_MINWIDTH:
		o->minwidth_set = true;
		return parse_number(cmd, "--minwidth", arg, true, &o->minwidth, &o->minwidth_percent);
	case OPT_FONTTYPE: o->fonttype = arg; return 0;
	case OPT_FONTSIZE: return parse_number(cmd, "--fontsize", arg, false, &o->fontsize, NULL);
	case OPT_FONTWIDTH: return parse_number(cmd, "--fontwidth", arg, false, &o->fontwidth, NULL);
	case OPT_COUNTNAME: o->countname = arg; return 0;
	case OPT_NAMETYPE: o->nametype = arg; return 0;
	case OPT_COLORS:
		if (palette_parse(arg, &o->palette))
			return cmd_error(cmd, "invalid --colors value '%s' (valid: %s)", arg,
					 palette_list());
		return 0;
	case OPT_BGCOLORS: {
		char top[8], bottom[8];
		if (palette_background(arg, PAL_HOT, top, bottom))
			return cmd_error(cmd, "invalid --bgcolors value '%s' (valid: yellow, blue, "
					 "green, grey, #rrggbb)", arg);
		o->bgcolors = arg;
		return 0;
	}
	case OPT_HASH: return 0;
	case OPT_CP: a->consistent_palette = true; return 0;
	case OPT_PALFILE: a->palfile = arg; return 0;
	case OPT_SEARCHCOLOR: o->searchcolor = arg; return 0;
	case OPT_REVERSE: a->fold.reverse = true; return 0;
	case OPT_INVERTED: o->inverted = true; return 0;
	case OPT_FLAMECHART: o->flamechart = a->fold.flamechart = true; return 0;
	case OPT_NEGATE: o->negate = true; return 0;
	case OPT_TOTAL: return parse_number(cmd, "--total", arg, false, &o->total, NULL);
	case OPT_NOTES: o->notes = arg; return 0;
	default: return cmd_error(cmd, "internal error: option %d not handled", c);
	}
}

static void flamegraph_defaults(struct flamegraph_args *a)
{
	memset(a, 0, sizeof(*a));
	a->render = (struct flame_opts){
		.countname = "samples", .nametype = "Function:", .fonttype = "Verdana",
		.searchcolor = "rgb(230,0,230)", .width = 1200, .frameheight = 16, .fontsize = 12,
		.fontwidth = 0.59, .minwidth = 0.1, .palette = PAL_HOT,
	};
	a->palfile = "palette.map";
}

/* Returns -1 to go on, or the exit status (help, or a usage error). */
static int parse_flamegraph_args(int argc, char **argv, struct flamegraph_args *a)
{
	flamegraph_defaults(a);
	optind = 0;      /* glibc: also resets its state from an earlier parse */
	opterr = 0;
	for (;;) {
		int c = getopt_long(argc, argv, ":o:hn", flamegraph_options, NULL);
		if (c == -1)
			break;
		if (c == 'h') {
			fputs(flamegraph_usage, stdout);
			return 0;
		}
		if (c == '?' || c == ':')
			return getopt_failure("flamegraph", c, argv);
		if (set_flamegraph_option(a, c, optarg))
			return 1;
	}
	if (optind < argc)
		a->input = argv[optind++];
	if (optind < argc)
		return cmd_error("flamegraph", "unexpected argument '%s' (one input file at most)",
				 argv[optind]);
	return -1;
}

static int read_input(const char *cmd, const char *path, struct folded_tree *t)
{
	FILE *f = path && strcmp(path, "-") ? fopen(path, "r") : stdin;
	if (!f)
		return cmd_error(cmd, "cannot read '%s': %s", path, strerror(errno));
	int err = folded_read(t, f);
	if (f != stdin)
		fclose(f);
	if (err)
		return cmd_error(cmd, "cannot read '%s': %s", path ? path : "standard input",
				 strerror(-err));
	return 0;
}

/* The narrowest frame to draw, in counts. */
static double min_count(const struct flamegraph_args *a, double total)
{
	const struct flame_opts *o = &a->render;
	if (o->minwidth_percent)
		return total * o->minwidth / 100;
	if (a->html && !o->minwidth_set)
		return total * HTML_MIN_SHARE;
	double px_per_count = (o->width - 2 * FLAME_XPAD) / total;
	return px_per_count > 0 ? o->minwidth / px_per_count : 0;
}

static int render(const struct flamegraph_args *a, struct folded_tree *t, FILE *f)
{
	struct out o;
	out_init(&o, f);
	if (t->nodes[0].total <= 0) {
		if (!a->html)
			flame_svg_write_empty(&o, &a->render);
		out_finish(&o);
		return cmd_error("flamegraph", "no stack counts found in the input");
	}
	struct flame_layout l;
	double narrowest = min_count(a, t->nodes[0].total);
	if (folded_order(t, narrowest, a->render.normalize) ||
	    flame_layout_build(&l, t, &a->render, narrowest)) {
		out_finish(&o);
		return cmd_error("flamegraph", "out of memory");
	}
	if (a->html)
		flame_html_write(&o, &l);
	else
		flame_svg_write(&o, &l);
	if (!a->html && l.n > SVG_FRAMES_WARN)
		fprintf(stderr, "bpfscope: flamegraph: %zu frames drawn; --html opens big profiles "
			"faster\n", l.n);
	flame_layout_free(&l);
	int err = out_finish(&o);
	if (err)
		return cmd_error("flamegraph", "cannot write %s: %s",
				 a->output ? a->output : "the output", strerror(-err));
	return 0;
}

static int flamegraph_main(int argc, char **argv)
{
	struct flamegraph_args a;
	int status = parse_flamegraph_args(argc, argv, &a);
	if (status >= 0)
		return status;
	struct folded_tree t;
	folded_init(&t, &a.fold);
	status = read_input("flamegraph", a.input, &t);
	if (t.ignored)
		fprintf(stderr, "bpfscope: flamegraph: ignored %llu line%s with invalid format\n",
			(unsigned long long)t.ignored, t.ignored == 1 ? "" : "s");
	int err = 0;
	if (!status && a.consistent_palette) {
		a.render.palette_map = palette_map_load(a.palfile, &err);
		if (!a.render.palette_map)
			status = cmd_error("flamegraph", "cannot read '%s': %s", a.palfile,
					   strerror(-err));
	}
	FILE *f = stdout;
	if (!status && a.output && !(f = fopen(a.output, "w")))
		status = cmd_error("flamegraph", "cannot write '%s': %s", a.output, strerror(errno));
	if (!status)
		status = render(&a, &t, f);
	if (f && f != stdout && fclose(f) && !status)
		status = cmd_error("flamegraph", "cannot write '%s': %s", a.output, strerror(errno));
	if (!status && a.render.palette_map && (err = palette_map_save(a.render.palette_map,
								      a.palfile)))
		status = cmd_error("flamegraph", "cannot write '%s': %s", a.palfile, strerror(-err));
	palette_map_free(a.render.palette_map);
	folded_free(&t);
	return status;
}

static const struct option difffolded_options[] = {
	{ "normalize", no_argument, NULL, 'n' },
	{ "strip-hex", no_argument, NULL, 's' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static int difffolded_main(int argc, char **argv)
{
	struct difffolded_opts o = { 0 };
	optind = 0;      /* glibc: also resets its state from an earlier parse */
	opterr = 0;
	for (;;) {
		int c = getopt_long(argc, argv, ":nsh", difffolded_options, NULL);
		if (c == -1)
			break;
		switch (c) {
		case 'n': o.normalize = true; break;
		case 's': o.strip_hex = true; break;
		case 'h': fputs(difffolded_usage, stdout); return 0;
		default: return getopt_failure("difffolded", c, argv);
		}
	}
	if (argc - optind != 2)
		return cmd_error("difffolded", "expected two folded files, got %d (see "
				 "'bpfscope difffolded --help')", argc - optind);
	return difffolded_run(argv[optind], argv[optind + 1], &o, stdout);
}

int flame_cmd_main(int argc, char **argv)
{
	if (!strcmp(argv[0], "difffolded"))
		return difffolded_main(argc, argv);
	return flamegraph_main(argc, argv);
}
