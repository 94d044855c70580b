/* The flame graph as an HTML page drawn on a canvas: for profiles too big
 * for an SVG (the browser keeps one element per SVG frame; the canvas draws
 * only the frames in view). */
#ifndef BPFSCOPE_FLAME_HTML_H
#define BPFSCOPE_FLAME_HTML_H

#include "flame/layout.h"
#include "flame/out.h"

void flame_html_write(struct out *o, struct flame_layout *l);

#endif
