/* The JavaScript the pictures carry, so each file works on its own in a
 * browser: zoom, search, tooltips and the view kept in the URL. */
#ifndef BPFSCOPE_FLAME_SCRIPTS_H
#define BPFSCOPE_FLAME_SCRIPTS_H

/* For the SVG: reads flamegraph_config and the frames' <g> elements. */
extern const char flame_svg_script[];
/* For the HTML page: draws flamegraph_data on a canvas. */
extern const char flame_html_script[];

#endif
