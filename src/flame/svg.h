/* The flame graph as one self-contained, interactive SVG file. */
#ifndef BPFSCOPE_FLAME_SVG_H
#define BPFSCOPE_FLAME_SVG_H

#include "flame/layout.h"
#include "flame/out.h"

/* Pixels between the image's edges and the frames. */
#define FLAME_XPAD 10.0

void flame_svg_write(struct out *o, struct flame_layout *l);

/* The picture for an input without a single count. */
void flame_svg_write_empty(struct out *o, const struct flame_opts *opts);

#endif
