#include "providers/rawtracepoint.h"

#include "util/arena.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MODULE_BTF_DIR "/sys/kernel/btf"

static const char *const stub_prefixes[] = { "__probestub_", "__traceiter_" };

/* bpftrace leaves out tracepoints whose stub takes more arguments (__data
 * included) than x86-64 passes in registers, so -l lists the same set. */
#define MAX_STUB_PARAMS 6

struct event_array {
	struct rawtp_event *items;
	size_t len, cap;
};

static void add_event(struct arena *arena, struct event_array *a, struct rawtp_event e)
{
	if (a->len == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 1024;
		struct rawtp_event *grown = arena_alloc(arena, a->cap * sizeof(*grown));
		if (a->len)
			memcpy(grown, a->items, a->len * sizeof(*grown));
		a->items = grown;
	}
	a->items[a->len++] = e;
}

static const char *strip_stub_prefix(const char *name)
{
	for (size_t i = 0; i < sizeof(stub_prefixes) / sizeof(stub_prefixes[0]); i++) {
		size_t n = strlen(stub_prefixes[i]);
		if (!strncmp(name, stub_prefixes[i], n))
			return name + n;
	}
	return NULL;
}

/* Collects the stubs among the types `btf` adds to its base (all of them
 * for vmlinux). */
static void scan_btf(struct arena *arena, const struct btf *btf, int btf_index,
		     const char *module, struct event_array *out)
{
	const struct btf *base = btf__base_btf(btf);
	uint32_t first = base ? btf__type_cnt(base) : 1, end = btf__type_cnt(btf);
	for (uint32_t id = first; id < end; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		if (!btf_is_func(t))
			continue;
		const char *event = strip_stub_prefix(btf__name_by_offset(btf, t->name_off));
		if (!event)
			continue;
		const struct btf_type *proto = btf__type_by_id(btf, t->type);
		if (!proto || !btf_is_func_proto(proto) || btf_vlen(proto) > MAX_STUB_PARAMS)
			continue;
		struct rawtp_event e = {
			.name = arena_printf(arena, "%s:%s", module, event),
			.btf_index = btf_index,
			.proto_id = t->type,
		};
		add_event(arena, out, e);
	}
}

static int compare_events(const void *a, const void *b)
{
	const struct rawtp_event *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	if (c)
		return c;
	return x->proto_id < y->proto_id ? -1 : x->proto_id > y->proto_id;
}

/* Returns the BTF's index in c->btfs, or -1 (and frees it) when out of memory. */
static int add_btf(struct rawtp_catalog *c, struct btf *btf)
{
	size_t n = (size_t)c->nbtfs + 1;
	struct btf **btfs = realloc(c->btfs, n * sizeof(*btfs));
	if (btfs)
		c->btfs = btfs;
	struct btf_dump **dumps = btfs ? realloc(c->dumps, n * sizeof(*dumps)) : NULL;
	if (!dumps) {
		btf__free(btf);
		return -1;
	}
	c->dumps = dumps;
	c->btfs[c->nbtfs] = btf;
	c->dumps[c->nbtfs] = NULL;
	return c->nbtfs++;
}

/* Module BTF is split BTF on top of vmlinux's. A module whose BTF does
 * not parse is skipped: its tracepoints just go unlisted. */
static void scan_modules(struct arena *arena, struct rawtp_catalog *c, struct btf *vmlinux,
			 struct event_array *events)
{
	DIR *dir = opendir(MODULE_BTF_DIR);
	if (!dir)
		return;
	struct dirent *d;
	while ((d = readdir(dir))) {
		if (d->d_name[0] == '.' || !strcmp(d->d_name, "vmlinux"))
			continue;
		char path[512];
		snprintf(path, sizeof(path), MODULE_BTF_DIR "/%s", d->d_name);
		struct btf *btf = btf__parse_split(path, vmlinux);
		int index = btf ? add_btf(c, btf) : -1;
		if (index >= 0)
			scan_btf(arena, btf, index, arena_strdup(arena, d->d_name), events);
	}
	closedir(dir);
}

int rawtp_catalog_load(struct arena *arena, struct rawtp_catalog *c, const char **err)
{
	memset(c, 0, sizeof(*c));
	struct btf *vmlinux = btf__load_vmlinux_btf();
	if (!vmlinux) {
		int e = errno;
		*err = arena_printf(arena, "rawtracepoint: cannot load kernel BTF (%s): %s",
				    MODULE_BTF_DIR "/vmlinux", strerror(e));
		return -e;
	}
	if (add_btf(c, vmlinux) < 0) {
		*err = "rawtracepoint: out of memory";
		return -ENOMEM;
	}
	struct event_array events = { 0 };
	scan_btf(arena, vmlinux, 0, "vmlinux", &events);
	scan_modules(arena, c, vmlinux, &events);
	if (events.len)
		qsort(events.items, events.len, sizeof(*events.items), compare_events);
	size_t kept = 0;
	for (size_t i = 0; i < events.len; i++) {
		if (kept && !strcmp(events.items[i].name, events.items[kept - 1].name))
			continue;
		events.items[kept++] = events.items[i];
		probe_names_add(arena, &c->names, events.items[i].name);
	}
	c->events = events.items;
	return 0;
}

void rawtp_catalog_free(struct rawtp_catalog *c)
{
	/* Modules first: their split BTF refers to vmlinux's. */
	for (int i = c->nbtfs - 1; i >= 0; i--) {
		btf_dump__free(c->dumps[i]);
		btf__free(c->btfs[i]);
	}
	free(c->dumps);
	free(c->btfs);
	memset(c, 0, sizeof(*c));
}

/* ctx is &catalog->dump_out: a dump's context is fixed when it is made,
 * but each call prints into a stream of its own. */
static void print_to_stream(void *ctx, const char *fmt, va_list ap)
{
	vfprintf(*(FILE **)ctx, fmt, ap);
}

int rawtp_event_args(struct rawtp_catalog *c, size_t index, struct arena *arena,
		     const char ***args)
{
	const struct rawtp_event *e = &c->events[index];
	const struct btf *btf = c->btfs[e->btf_index];
	const struct btf_type *proto = btf__type_by_id(btf, e->proto_id);
	int n = btf_vlen(proto);
	const struct btf_param *params = btf_params(proto);
	char *text = NULL;
	size_t text_len = 0;
	FILE *buf = open_memstream(&text, &text_len);
	if (!buf)
		return -errno;
	/* A btf_dump keeps state per type of its BTF: make one per BTF, not
	 * one per call, or -lv spends seconds on vmlinux. */
	struct btf_dump **dump = &c->dumps[e->btf_index];
	if (!*dump)
		*dump = btf_dump__new(btf, print_to_stream, &c->dump_out, NULL);
	c->dump_out = buf;
	int ret = *dump ? 0 : -errno;
	*args = arena_alloc(arena, (size_t)(n > 0 ? n : 1) * sizeof(**args));
	int nargs = 0;
	for (int i = 1; i < n && !ret; i++) { /* params[0] is the void *__data cookie */
		LIBBPF_OPTS(btf_dump_emit_type_decl_opts, opts, .field_name = "");
		rewind(buf);
		ret = btf_dump__emit_type_decl(*dump, params[i].type, &opts);
		if (ret)
			break;
		fflush(buf);
		(*args)[nargs++] = arena_printf(arena, "%.*s %s", (int)ftell(buf), text,
						btf__name_by_offset(btf, params[i].name_off));
	}
	fclose(buf);
	free(text);
	return ret ? ret : nargs;
}
