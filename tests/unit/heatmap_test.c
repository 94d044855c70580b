/* The heat maps' number parser and colour scale. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heatmap/common.h"
#include "heatmap/heatmap.h"
#include "unit.h"

/* The fast path must agree with strtod to the bit. */
UNIT_TEST(heatmap_numbers_match_strtod)
{
	static const char *const inputs[] = {
		"0", "12", "-3.5", "0.1", "0.30000", "3256076400447", "123456789.012345",
		"1e6", "2.5E-3", "99999999999999999999", ".5", "+7", "5.",
	};
	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		double v = -1;
		const char *end = heat_parse_number(inputs[i], &v);
		CHECK(end && *end == '\0');
		if (v != strtod(inputs[i], NULL))
			unit_fail(__FILE__, __LINE__, "'%s' read as %.17g", inputs[i], v);
	}
}

UNIT_TEST(heatmap_numbers_end_at_white_space)
{
	double v;
	CHECK(heat_parse_number("12 34", &v) != NULL);
	CHECK(v == 12);
	CHECK(heat_parse_number("12\t", &v) != NULL);
	CHECK(heat_parse_number("12\r\n", &v) != NULL);
	CHECK(heat_parse_number("12x", &v) == NULL);
	CHECK(heat_parse_number("x", &v) == NULL);
	CHECK(heat_parse_number("-", &v) == NULL);
	CHECK(heat_parse_number("1.2.3", &v) == NULL);
	CHECK(heat_parse_number("inf", &v) == NULL);
	CHECK(heat_parse_number("1e999", &v) == NULL);
}

UNIT_TEST(heatmap_data_lines_start_with_a_number)
{
	CHECK(heat_starts_number("12 3"));
	CHECK(heat_starts_number("-1"));
	CHECK(heat_starts_number("+.5"));
	CHECK(heat_starts_number(".5"));
	CHECK(!heat_starts_number("---"));
	CHECK(!heat_starts_number("-x"));
	CHECK(!heat_starts_number("Lost 3 events"));
	CHECK(!heat_starts_number(""));
}

UNIT_TEST(heatmap_colour_scales)
{
	char c[8];
	heat_color(c, 1, 1000, false);
	CHECK_STR(c, "#ffeda0");
	heat_color(c, 1000, 1000, false);
	CHECK_STR(c, "#800026");
	heat_color(c, 1000, 1000, true);
	CHECK_STR(c, "#800026");
	/* a cell of 10 among cells of 1000: a third up the log scale, at the
	 * bottom of the linear one */
	char log10[8], lin10[8];
	heat_color(log10, 10, 1000, false);
	heat_color(lin10, 10, 1000, true);
	CHECK(strcmp(log10, lin10) != 0);
	CHECK_INT(heat_scale_count(0.5, 10000, false) + 0.5, 100);
	CHECK_INT(heat_scale_count(0.5, 101, true), 51);
}

UNIT_TEST(heatmap_reads_events)
{
	struct heat_events ev = { 0 };
	CHECK_INT(heatmap_read("Attaching 2 probes...\n# t lat\n---\n\n1.5 20\n 2 3.25 \n3 4", "t",
				&ev), 0);
	CHECK_INT(ev.n, 3);
	CHECK(ev.time[1] == 2 && ev.lat[1] == 3.25);
	CHECK(ev.time[2] == 3 && ev.lat[2] == 4);
	heat_events_free(&ev);
}
