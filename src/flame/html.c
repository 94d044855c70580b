/* The HTML renderer. The frames travel as one flat JSON array of numbers
 * (depth, start, width, name index, colour, and for a differential graph
 * the change), with the names once each beside it. */
#include "flame/html.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "flame/scripts.h"

static void json_field(struct out *o, const char *key, const char *value)
{
	out_str(o, ",\n\"");
	out_str(o, key);
	out_str(o, "\": ");
	if (value)
		out_json_string(o, value, strlen(value));
	else
		out_str(o, "null");
}

static void json_number(struct out *o, const char *key, double v, int decimals)
{
	out_str(o, ",\n\"");
	out_str(o, key);
	out_str(o, "\": ");
	if (decimals < 0)
		out_count(o, v, 0);
	else
		out_fixed(o, v, decimals);
}

static void json_bool(struct out *o, const char *key, bool v)
{
	out_str(o, ",\n\"");
	out_str(o, key);
	out_str(o, "\": ");
	out_str(o, v ? "true" : "false");
}

static void page_head(struct out *o, const struct flame_opts *opts)
{
	char top[8], bottom[8];
	palette_background(opts->bgcolors, opts->palette, top, bottom);
	out_str(o, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>");
	out_xml(o, flame_title(opts), strlen(flame_title(opts)));
	out_str(o, "</title>\n<style>\nbody { margin: 8px; font-family: ");
	out_xml(o, opts->fonttype, strlen(opts->fonttype));
	out_str(o, ", sans-serif; font-size: ");
	out_fixed(o, opts->fontsize, 1);
	out_str(o, "px; background: linear-gradient(");
	out_str(o, top);
	out_str(o, ", ");
	out_str(o, bottom);
	out_str(o, ") fixed; }\n"
		   "#bar { display: flex; align-items: center; justify-content: space-between; }\n"
		   "#title { font-size: 1.4em; margin: 4px; text-align: center; flex: 1; }\n"
		   "#subtitle { text-align: center; color: rgb(160,160,160); margin-bottom: 4px; }\n"
		   "#foot { display: flex; justify-content: space-between; margin: 4px 10px; }\n"
		   "#tip { position: absolute; background: #ffffe0; border: 1px solid #888; "
		   "padding: 2px 4px; pointer-events: none; max-width: 300px; word-break: break-all; }\n"
		   "button { font: inherit; }\n"
		   ".hide { visibility: hidden; }\n"
		   "</style>\n</head>\n<body>\n"
		   "<div id=\"bar\"><button id=\"unzoom\" class=\"hide\">Reset Zoom</button>"
		   "<div id=\"title\">");
	out_xml(o, flame_title(opts), strlen(flame_title(opts)));
	out_str(o, "</div><span><button id=\"search\">Search</button> <label>"
		   "<input type=\"checkbox\" id=\"ignorecase\">ic</label></span></div>\n");
	if (opts->subtitle) {
		out_str(o, "<div id=\"subtitle\">");
		out_xml(o, opts->subtitle, strlen(opts->subtitle));
		out_str(o, "</div>\n");
	}
	out_str(o, "<canvas id=\"canvas\"></canvas>\n"
		   "<div id=\"foot\"><span id=\"details\">&#160;</span><span id=\"matched\"></span></div>\n"
		   "<div id=\"tip\" class=\"hide\"></div>\n");
	if (opts->notes)
		out_notes(o, opts->notes);
}

/* The names of the drawn frames, each once, numbered in order of use. */
static uint32_t *number_names(struct out *o, const struct flame_layout *l)
{
	uint32_t n = l->tree->nnames + 1;   /* the last one is the root's "all" */
	uint32_t *index = malloc(n * sizeof(uint32_t));
	if (!index) {
		o->err = ENOMEM;
		return NULL;
	}
	memset(index, 0xff, n * sizeof(uint32_t));
	uint32_t next = 0;
	out_str(o, ",\n\"names\": [");
	for (size_t i = 0; i < l->n; i++) {
		const struct flame_frame *f = &l->frames[i];
		uint32_t name = f->node ? l->tree->nodes[f->node].name : n - 1;
		if (index[name] != UINT32_MAX)
			continue;
		index[name] = next++;
		size_t len;
		const char *s = flame_frame_name(l, f, &len);
		if (next > 1)
			out_char(o, ',');
		out_json_string(o, s, len);
	}
	out_char(o, ']');
	return index;
}

static void frames(struct out *o, struct flame_layout *l, const uint32_t *index)
{
	out_str(o, ",\n\"frames\": [");
	for (size_t i = 0; i < l->n; i++) {
		const struct flame_frame *f = &l->frames[i];
		const struct folded_node *n = &l->tree->nodes[f->node];
		struct rgb c = flame_frame_color(l, f);
		if (i)
			out_str(o, i % 8 ? "," : ",\n");
		out_uint(o, f->depth);
		out_char(o, ',');
		out_count(o, f->start, 0);
		out_char(o, ',');
		out_count(o, n->total, 0);
		out_char(o, ',');
		out_uint(o, index[f->node ? n->name : l->tree->nnames]);
		out_char(o, ',');
		out_uint(o, (unsigned long long)c.r << 16 | (unsigned)c.g << 8 | c.b);
		if (l->tree->diff) {
			out_char(o, ',');
			out_count(o, flame_delta(l, f->node), 0);
		}
	}
	out_str(o, "]");
}

void flame_html_write(struct out *o, struct flame_layout *l)
{
	const struct flame_opts *opts = l->opts;
	page_head(o, opts);
	out_str(o, "<script>\nvar flamegraph_data = {\"version\": 1");
	json_field(o, "countname", opts->countname);
	json_field(o, "nametype", opts->nametype);
	json_field(o, "fonttype", opts->fonttype);
	json_field(o, "searchcolor", opts->searchcolor);
	json_number(o, "fontsize", opts->fontsize, 2);
	json_number(o, "fontwidth", opts->fontwidth, 3);
	json_number(o, "frameheight", opts->frameheight, 1);
	json_number(o, "total", l->total, -1);
	json_number(o, "pcttotal", opts->total > 0 ? opts->total : l->total, -1);
	json_bool(o, "inverted", opts->inverted);
	json_bool(o, "diff", l->tree->diff);
	json_bool(o, "negate", opts->negate);
	json_number(o, "stride", l->tree->diff ? 6 : 5, 0);
	uint32_t *index = number_names(o, l);
	if (index)
		frames(o, l, index);
	free(index);
	out_str(o, "};\n</script>\n<script>\n");
	out_str(o, flame_html_script);
	out_str(o, "</script>\n</body>\n</html>\n");
}
