#include "runtime/map_print.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/json.h"

struct sort_item {
	const struct map_entry *entry;
	size_t index;                 /* position given, the last tie-break */
	bool by_value;
	bool is_signed;
	uint64_t rank;                /* the value it sorts by, as bits */
};

static uint64_t entry_average(const struct map_view *map, const struct map_entry *e)
{
	if (e->avg.count == 0)
		return 0;
	if (map->is_signed)
		return (uint64_t)(e->avg.total / (int64_t)e->avg.count);
	return (uint64_t)e->avg.total / e->avg.count;
}

static uint64_t bucket_total(const struct map_entry *e)
{
	uint64_t total = 0;
	for (size_t i = 0; i < e->hist.n; i++)
		total += e->hist.buckets[i];
	return total;
}

/* Fills in what the entry sorts by. Plain values sort by value only when
 * they are integers; the map's first entry tells, as all share one type. */
static void rank_entry(const struct map_view *map, struct sort_item *it)
{
	const struct map_entry *e = it->entry;
	it->by_value = true;
	it->is_signed = false;
	switch (map->agg) {
	case MAP_PLAIN:
		switch (map->entries[0].value.kind) {
		case OV_INT:    it->rank = (uint64_t)e->value.i; it->is_signed = true; break;
		case OV_UINT:   it->rank = e->value.u; break;
		case OV_SYMBOL: it->rank = e->value.sym.num; break;
		default:        it->by_value = false; break;
		}
		break;
	case MAP_COUNT:
	case MAP_MIN:
	case MAP_MAX:
		/* bpftrace compares min and max as unsigned even in signed maps. */
		it->rank = (uint64_t)e->num;
		break;
	case MAP_SUM:
		it->rank = (uint64_t)e->num;
		it->is_signed = map->is_signed;
		break;
	case MAP_AVG:
	case MAP_STATS:
		it->rank = entry_average(map, e);
		it->is_signed = map->is_signed;
		break;
	case MAP_HIST:
	case MAP_LHIST:
		it->rank = bucket_total(e);
		break;
	}
}

static int compare_items(const void *pa, const void *pb)
{
	const struct sort_item *a = pa, *b = pb;
	if (a->by_value) {
		int c = a->is_signed ? ((int64_t)a->rank > (int64_t)b->rank) -
				       ((int64_t)a->rank < (int64_t)b->rank)
				     : (a->rank > b->rank) - (a->rank < b->rank);
		if (c)
			return c;
	}
	int c = out_value_key_compare(&a->entry->key, &b->entry->key);
	if (c)
		return c;
	return (a->index > b->index) - (a->index < b->index);
}

static int64_t divide_signed(int64_t v, uint64_t div)
{
	return v / (int64_t)div;
}

static void number_text(struct strbuf *sb, uint64_t bits, bool is_signed, uint64_t div)
{
	if (is_signed)
		strbuf_printf(sb, "%" PRId64, divide_signed((int64_t)bits, div));
	else
		strbuf_printf(sb, "%" PRIu64, bits / div);
}

static void number_json(struct strbuf *sb, uint64_t bits, bool is_signed, uint64_t div)
{
	if (is_signed)
		json_int(sb, divide_signed((int64_t)bits, div));
	else
		json_uint(sb, bits / div);
}

/* A plain value with print()'s div applied when it is an integer. */
static struct out_value plain_value(const struct out_value *v, uint64_t div)
{
	if (v->kind == OV_INT)
		return out_value_int(divide_signed(v->i, div));
	if (v->kind == OV_UINT)
		return out_value_uint(v->u / div);
	return *v;
}

static bool agg_signed(const struct map_view *map)
{
	return map->agg != MAP_COUNT && map->is_signed;
}

/* Everything but histograms: the part after "@m[k]: ". */
static void value_text(struct strbuf *sb, const struct map_view *map,
		       const struct map_entry *e, uint64_t div)
{
	struct out_value v;
	switch (map->agg) {
	case MAP_PLAIN:
		v = plain_value(&e->value, div);
		out_value_text(sb, &v);
		break;
	case MAP_AVG:
		number_text(sb, entry_average(map, e), map->is_signed, div);
		break;
	case MAP_STATS:
		strbuf_printf(sb, "count %" PRIu64 ", average ", e->avg.count);
		number_text(sb, entry_average(map, e), map->is_signed, div);
		strbuf_puts(sb, ", total ");
		number_text(sb, (uint64_t)e->avg.total, map->is_signed, 1);
		break;
	default:
		number_text(sb, (uint64_t)e->num, agg_signed(map), div);
		break;
	}
}

static void value_json(struct strbuf *sb, const struct map_view *map,
		       const struct map_entry *e, uint64_t div)
{
	struct out_value v;
	struct hist_rows rows;
	switch (map->agg) {
	case MAP_PLAIN:
		v = plain_value(&e->value, div);
		out_value_json(sb, &v);
		break;
	case MAP_AVG:
		number_json(sb, entry_average(map, e), map->is_signed, div);
		break;
	case MAP_STATS:
		strbuf_puts(sb, "{\"count\": ");
		json_uint(sb, e->avg.count);
		strbuf_puts(sb, ", \"average\": ");
		number_json(sb, entry_average(map, e), map->is_signed, div);
		strbuf_puts(sb, ", \"total\": ");
		number_json(sb, (uint64_t)e->avg.total, map->is_signed, 1);
		strbuf_putc(sb, '}');
		break;
	case MAP_HIST:
	case MAP_LHIST:
		hist_rows_build(&rows, &map->shape, e->hist.buckets, e->hist.n, div);
		hist_rows_json(sb, &rows);
		hist_rows_free(&rows);
		break;
	default:
		number_json(sb, (uint64_t)e->num, agg_signed(map), div);
		break;
	}
}

static bool is_hist(const struct map_view *map)
{
	return map->agg == MAP_HIST || map->agg == MAP_LHIST;
}

/* "@m:" or "@m[key]:", then the value: on the same line, or for a
 * histogram on the lines below, followed by an empty line. */
static void entry_text(struct strbuf *sb, const struct map_view *map,
		       const struct map_entry *e, uint64_t div)
{
	strbuf_puts(sb, map->name);
	if (!map->scalar) {
		strbuf_putc(sb, '[');
		out_value_key_text(sb, &e->key);
		strbuf_putc(sb, ']');
	}
	strbuf_putc(sb, ':');
	if (!is_hist(map)) {
		strbuf_putc(sb, ' ');
		value_text(sb, map, e, div);
		strbuf_putc(sb, '\n');
		return;
	}
	struct hist_rows rows;
	hist_rows_build(&rows, &map->shape, e->hist.buckets, e->hist.n, div);
	strbuf_putc(sb, '\n');
	hist_rows_text(sb, &rows);
	strbuf_putc(sb, '\n');
	hist_rows_free(&rows);
}

static const char *json_type(const struct map_view *map)
{
	switch (map->agg) {
	case MAP_AVG:
	case MAP_STATS: return "stats";
	case MAP_HIST:
	case MAP_LHIST: return "hist";
	default:        return "map";
	}
}

static void map_json(struct strbuf *sb, const struct map_view *map,
		     const struct sort_item *items, size_t n, uint64_t div)
{
	strbuf_printf(sb, "{\"type\": \"%s\", \"data\": {", json_type(map));
	json_string(sb, map->name, strlen(map->name));
	strbuf_puts(sb, ": ");
	if (map->scalar) {
		value_json(sb, map, items[0].entry, div);
	} else {
		strbuf_putc(sb, '{');
		for (size_t i = 0; i < n; i++) {
			if (i)
				strbuf_puts(sb, ", ");
			out_value_key_json(sb, &items[i].entry->key);
			strbuf_puts(sb, ": ");
			value_json(sb, map, items[i].entry, div);
		}
		strbuf_putc(sb, '}');
	}
	strbuf_puts(sb, "}}\n");
}

void map_print(struct strbuf *out, const struct map_view *map, enum output_mode mode,
	       size_t top, uint32_t div)
{
	size_t n = map->nentries;
	if (n == 0)
		return;
	if (div == 0)
		div = 1;
	struct sort_item *items = calloc(n, sizeof(*items));
	if (!items) {
		fprintf(stderr, "bpfscope: out of memory (%zu bytes)\n", n * sizeof(*items));
		abort();
	}
	for (size_t i = 0; i < n; i++) {
		items[i] = (struct sort_item){ .entry = &map->entries[i], .index = i };
		rank_entry(map, &items[i]);
	}
	qsort(items, n, sizeof(*items), compare_items);
	size_t skip = top && n > top ? n - top : 0;
	if (mode == OUTPUT_JSON) {
		map_json(out, map, items + skip, n - skip, div);
	} else {
		for (size_t i = skip; i < n; i++)
			entry_text(out, map, items[i].entry, div);
	}
	free(items);
}
