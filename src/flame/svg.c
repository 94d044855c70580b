/* The SVG renderer. The geometry follows flamegraph.pl's, so graphs look as
 * people expect: 10 px side margins, the title three font sizes from the
 * top, a frame per `frameheight` px with 1 px between rows, labels cut to
 * what fits and ended with "..". */
#include "flame/svg.h"

#include <string.h>

#include "flame/scripts.h"

struct svg_geometry {
	double width, height;
	double top;                 /* above the frames: title (and subtitle) */
	double bottom;              /* below them: the details line */
	double px_per_count;
};

static void geometry(const struct flame_layout *l, struct svg_geometry *g)
{
	const struct flame_opts *o = l->opts;
	g->width = o->width;
	g->top = o->fontsize * 3 + (o->subtitle ? o->fontsize * 2 : 0);
	g->bottom = o->fontsize * 2 + 10;
	g->height = (l->max_depth + 1) * o->frameheight + g->top + g->bottom;
	g->px_per_count = l->total > 0 ? (o->width - 2 * FLAME_XPAD) / l->total : 0;
}

static void attr_num(struct out *o, const char *name, double v)
{
	out_str(o, name);
	out_fixed(o, v, 1);
	out_char(o, '"');
}

static void font_family(struct out *o, const char *font)
{
	out_char(o, '"');
	for (; *font; font++)
		if (*font != '"' && *font != '\\' && *font != ';' && *font != '}')
			out_xml(o, font, 1);
	out_char(o, '"');
}

static void header(struct out *o, const struct flame_opts *opts, double width, double height)
{
	char top[8], bottom[8];
	palette_background(opts->bgcolors, opts->palette, top, bottom);
	out_str(o, "<?xml version=\"1.0\" standalone=\"no\"?>\n"
		   "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
		   "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n");
	out_str(o, "<svg version=\"1.1\" width=\"");
	out_count(o, width, 0);
	out_str(o, "\" height=\"");
	out_count(o, height, 0);
	out_str(o, "\" viewBox=\"0 0 ");
	out_count(o, width, 0);
	out_char(o, ' ');
	out_count(o, height, 0);
	out_str(o, "\" xmlns=\"http://www.w3.org/2000/svg\" "
		   "xmlns:fg=\"urn:bpfscope:flamegraph\">\n");
	if (opts->notes)
		out_notes(o, opts->notes);
	out_str(o, "<defs><linearGradient id=\"background\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">"
		   "<stop stop-color=\"");
	out_str(o, top);
	out_str(o, "\" offset=\"5%\"/><stop stop-color=\"");
	out_str(o, bottom);
	out_str(o, "\" offset=\"95%\"/></linearGradient></defs>\n");
	out_str(o, "<style type=\"text/css\">\ntext { font-family: ");
	font_family(o, opts->fonttype);
	out_str(o, "; font-size: ");
	out_fixed(o, opts->fontsize, 1);
	out_str(o, "px; fill: rgb(0,0,0); }\n#title { text-anchor: middle; font-size: ");
	out_fixed(o, opts->fontsize + 5, 1);
	out_str(o, "px; }\n"
		   "#subtitle { text-anchor: middle; fill: rgb(160,160,160); }\n"
		   "#search, #matched { text-anchor: end; }\n"
		   "#search, #ignorecase { opacity: 0.1; cursor: pointer; }\n"
		   "#search:hover, #search.show, #ignorecase:hover, #ignorecase.show { opacity: 1; }\n"
		   "#unzoom { cursor: pointer; }\n"
		   "#frames > g { cursor: pointer; }\n"
		   "#frames > g:hover > rect { stroke: black; stroke-width: 0.5; }\n"
		   ".hide { display: none; }\n"
		   ".parent { opacity: 0.5; }\n"
		   "</style>\n");
	out_str(o, "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"url(#background)\"/>\n");
}

static void text_at(struct out *o, const char *id, const char *cls, double x, double y,
		    const char *text)
{
	out_str(o, "<text id=\"");
	out_str(o, id);
	out_char(o, '"');
	if (cls) {
		out_str(o, " class=\"");
		out_str(o, cls);
		out_char(o, '"');
	}
	attr_num(o, " x=\"", x);
	attr_num(o, " y=\"", y);
	out_char(o, '>');
	out_xml(o, text, strlen(text));
	out_str(o, "</text>\n");
}

static void script(struct out *o, const struct flame_layout *l)
{
	const struct flame_opts *opts = l->opts;
	out_str(o, "<script type=\"text/ecmascript\"><![CDATA[\nvar flamegraph_config = {");
	out_str(o, "\"width\": ");
	out_fixed(o, opts->width, 1);
	out_str(o, ", \"xpad\": ");
	out_fixed(o, FLAME_XPAD, 1);
	out_str(o, ", \"fontsize\": ");
	out_fixed(o, opts->fontsize, 2);
	out_str(o, ", \"fontwidth\": ");
	out_fixed(o, opts->fontwidth, 3);
	out_str(o, ", \"inverted\": ");
	out_str(o, opts->inverted ? "true" : "false");
	out_str(o, ", \"total\": ");
	out_count(o, opts->total > 0 ? opts->total : l->total, 0);
	out_str(o, ", \"nametype\": ");
	out_json_string(o, opts->nametype, strlen(opts->nametype));
	out_str(o, ", \"searchcolor\": ");
	out_json_string(o, opts->searchcolor, strlen(opts->searchcolor));
	out_str(o, "};\n");
	out_str(o, flame_svg_script);
	out_str(o, "]]></script>\n");
}

static void controls(struct out *o, const struct flame_opts *opts, const struct svg_geometry *g)
{
	double line = opts->fontsize * 2;
	text_at(o, "title", NULL, g->width / 2, line, flame_title(opts));
	if (opts->subtitle)
		text_at(o, "subtitle", NULL, g->width / 2, opts->fontsize * 4, opts->subtitle);
	text_at(o, "details", NULL, FLAME_XPAD, g->height - g->bottom / 2, " ");
	text_at(o, "unzoom", "hide", FLAME_XPAD, line, "Reset Zoom");
	text_at(o, "search", NULL, g->width - FLAME_XPAD - 20, line, "Search");
	text_at(o, "ignorecase", NULL, g->width - FLAME_XPAD - 12, line, "ic");
	text_at(o, "matched", NULL, g->width - FLAME_XPAD, g->height - g->bottom / 2, " ");
}

/* "name (1,234 samples, 5.67%)", with "; +1.23%" for a differential graph. */
static void tooltip(struct out *o, const struct flame_layout *l, const struct flame_frame *f,
		    const char *name, size_t len)
{
	const struct flame_opts *opts = l->opts;
	const struct folded_node *n = &l->tree->nodes[f->node];
	double base = opts->total > 0 ? opts->total : l->total;
	out_xml(o, name, len);
	out_str(o, " (");
	out_count(o, n->total, 1);
	out_char(o, ' ');
	out_xml(o, opts->countname, strlen(opts->countname));
	out_str(o, ", ");
	if (f->node || opts->total > 0)
		out_fixed(o, 100 * n->total / base, 2);
	else
		out_str(o, "100");
	out_char(o, '%');
	if (l->tree->diff) {
		double d = flame_delta(l, f->node) * 100 / base;
		if (opts->negate)
			d = -d;
		/* Only a change that shows in two decimals gets its sign. */
		out_str(o, d >= 0.005 ? "; +" : "; ");
		out_fixed(o, d, 2);
		out_char(o, '%');
	}
	out_char(o, ')');
}

static void label(struct out *o, const struct flame_opts *opts, const char *name, size_t len,
		  double width)
{
	double fit = width / (opts->fontsize * opts->fontwidth);
	if (fit < 3)
		return;
	size_t chars = fit < 1e9 ? (size_t)fit : (size_t)1e9;
	if (utf8_chars(name, len) <= chars) {
		out_xml(o, name, len);
		return;
	}
	out_xml(o, name, utf8_prefix(name, len, chars - 2));
	out_str(o, "..");
}

static void frame(struct out *o, struct flame_layout *l, const struct svg_geometry *g,
		  const struct flame_frame *f)
{
	const struct flame_opts *opts = l->opts;
	const struct folded_node *n = &l->tree->nodes[f->node];
	size_t len;
	const char *name = flame_frame_name(l, f, &len);
	/* As flamegraph.pl: the width drawn is the difference of the rounded
	 * edges, the label fits the exact one. */
	double x = FLAME_XPAD + f->start * g->px_per_count;
	double x2 = FLAME_XPAD + (f->start + n->total) * g->px_per_count;
	double w = x2 - x;
	double y = opts->inverted ? g->top + f->depth * opts->frameheight
				  : g->height - g->bottom - (f->depth + 1) * opts->frameheight + 1;
	struct rgb c = flame_frame_color(l, f);

	out_str(o, "<g><title>");
	tooltip(o, l, f, name, len);
	out_str(o, "</title><rect");
	attr_num(o, " x=\"", x);
	attr_num(o, " y=\"", y);
	attr_num(o, " width=\"", out_rounded(x2, 1) - out_rounded(x, 1));
	attr_num(o, " height=\"", opts->frameheight - 1);
	out_str(o, " fill=\"rgb(");
	out_uint(o, c.r);
	out_char(o, ',');
	out_uint(o, c.g);
	out_char(o, ',');
	out_uint(o, c.b);
	out_str(o, ")\" rx=\"2\" ry=\"2\" fg:x=\"");
	out_count(o, f->start, 0);
	out_str(o, "\" fg:w=\"");
	out_count(o, n->total, 0);
	out_str(o, "\"/><text");
	attr_num(o, " x=\"", x + 3);
	attr_num(o, " y=\"", y + (opts->frameheight - 1) / 2 + 3);
	out_char(o, '>');
	label(o, opts, name, len, w);
	out_str(o, "</text></g>\n");
}

void flame_svg_write(struct out *o, struct flame_layout *l)
{
	struct svg_geometry g;
	geometry(l, &g);
	header(o, l->opts, g.width, g.height);
	script(o, l);
	controls(o, l->opts, &g);
	out_str(o, "<g id=\"frames\">\n");
	for (size_t i = 0; i < l->n; i++)
		frame(o, l, &g, &l->frames[i]);
	out_str(o, "</g>\n</svg>\n");
}

void flame_svg_write_empty(struct out *o, const struct flame_opts *opts)
{
	double height = opts->fontsize * 5;
	header(o, opts, opts->width, height);
	text_at(o, "title", NULL, opts->width / 2, opts->fontsize * 2,
		"ERROR: No valid input provided to flamegraph");
	out_str(o, "</svg>\n");
}
