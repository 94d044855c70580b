/* From a compiled image to a finished run:
 *
 *   create maps → load programs → attach → run BEGIN → event loop →
 *   detach → run END → drain the ring buffer → report lost events →
 *   print the maps → close everything.
 *
 * Detaching comes before END so that no probe adds to the maps while they
 * are printed. */
#include "runtime/run.h"

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <linux/perf_event.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "codegen/bpf_disasm.h"
#include "loader/uprobe_multi.h"
#include "loader/vmlinux_btf.h"
#include "loader/features.h"
#include "loader/program.h"
#include "providers/attach.h"
#include "providers/perf_events.h"
#include "providers/uprobe.h"
#include "providers/usdt.h"
#include "runtime/stacks.h"
#include "symbols/usyms.h"
#include "runtime/child.h"
#include "runtime/decode.h"
#include "runtime/loop.h"
#include "runtime/map_print.h"
#include "runtime/printf_format.h"
#include "util/arena.h"
#include "util/strbuf.h"

/* Each record starts with the 8-byte action id; image_action.arg_offsets
 * count from the start of the record. */
#define RECORD_HEADER 8

/* What drain_record gets: the run, and which ring buffer it reads. */
struct drain_ctx {
	struct run *r;
	size_t ring;
};

struct run {
	const struct image *img;
	const struct run_options *o;
	int ncpus;
	int *map_fds;
	int *ring_fds;                      /* the ring buffers to read (per CPU, or the one) */
	size_t nrings;
	/* Per CPU: the array the programs find them in is filled on a thread,
	 * while the programs load (see fill_cpu_rings). */
	int ring_array_fd;
	/* Text of each ring buffer's records not yet ended by a newline (see
	 * emit_record_text), and which one the current record came from. */
	struct strbuf *pending;
	bool *pending_old;
	size_t cur_ring;
	struct drain_ctx *drain_ctx;        /* per ring buffer, for drain_record */
	struct drain_ctx one_drain_ctx;
	pthread_t ring_filler;
	bool ring_filling;
	int ring_fill_err;                  /* errno */
	int *prog_fds;
	struct printf_format *formats;      /* per action; zeroed when it has none */
	bool *full_warned;                  /* per map */
	bool *uprobe_multi;                 /* per program: loaded for a uprobe_multi link */
	struct diag diag;
	struct strbuf sb;
	struct ring_buffer *drain;
	int exit_code;
	bool exit_requested;
	bool ignore_records;                /* after exit(): until END runs */
	bool failed;
};

static void run_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void run_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("bpfscope: error: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

/* Text output goes to the -o file (stdout); the messages bpftrace sends to
 * stderr in text mode ("Attached", "Lost") go there too in JSON mode. */
static void flush_sb(struct run *r, bool text_to_stderr)
{
	FILE *f = text_to_stderr && r->o->mode == OUTPUT_TEXT ? stderr : r->o->out;
	if (r->sb.len)
		fwrite(r->sb.data, 1, r->sb.len, f);
	strbuf_reset(&r->sb);
}

/* A record's text, in text mode, is written out through its last newline;
 * the rest waits in its ring buffer's pending text for the records that
 * follow it there. Those come from the same CPU, so a probe firing that
 * prints a time, then a line, then a newline, is printed whole even when
 * user space read its first records before the CPU had written the rest,
 * and another CPU's lines came in between. */
static void emit_record_text(struct run *r)
{
	if (!r->pending || !r->sb.len) {
		flush_sb(r, false);
		return;
	}
	struct strbuf *p = &r->pending[r->cur_ring];
	size_t n = r->sb.len;
	while (n > 0 && r->sb.data[n - 1] != '\n')
		n--;
	if (n) {
		/* the usual record: written from sb, after what waited */
		if (p->len)
			fwrite(p->data, 1, p->len, r->o->out);
		fwrite(r->sb.data, 1, n, r->o->out);
		strbuf_reset(p);
		r->pending_old[r->cur_ring] = false;
	}
	strbuf_append(p, r->sb.data + n, r->sb.len - n);
	strbuf_reset(&r->sb);
}

/* Writes out pending text: all of it, or (`stale`) what already waited
 * through a whole earlier pass over the ring buffers, so a line a probe
 * never ends still shows, a pass late. */
static void flush_pending(struct run *r, bool stale)
{
	for (size_t i = 0; r->pending && i < r->nrings; i++) {
		struct strbuf *p = &r->pending[i];
		if (!p->len)
			continue;
		if (stale && !r->pending_old[i]) {
			r->pending_old[i] = true;
			continue;
		}
		fwrite(p->data, 1, p->len, r->o->out);
		strbuf_reset(p);
		r->pending_old[i] = false;
	}
}

static void record_ring(void *ctx, size_t ring)
{
	((struct run *)ctx)->cur_ring = ring;
}

static void after_consume(void *ctx)
{
	flush_pending(ctx, true);
}

static bool map_is_percpu(const struct image_map *m)
{
	return m->kind == MAP_PERCPU_HASH || m->kind == MAP_PERCPU_ARRAY;
}

static size_t map_value_buf_size(const struct run *r, const struct image_map *m)
{
	if (map_is_percpu(m))
		return (size_t)r->ncpus * ((m->value_size + 7u) / 8u * 8u);
	return m->value_size;
}

/* ---- reading user maps ---- */

static enum map_agg view_agg(enum image_agg agg)
{
	switch (agg) {
	case AGG_COUNT: return MAP_COUNT;
	case AGG_SUM:   return MAP_SUM;
	case AGG_MIN:   return MAP_MIN;
	case AGG_MAX:   return MAP_MAX;
	case AGG_AVG:   return MAP_AVG;
	case AGG_STATS: return MAP_STATS;
	case AGG_HIST:  return MAP_HIST;
	case AGG_LHIST: return MAP_LHIST;
	default:        return MAP_PLAIN;
	}
}

static uint64_t load_u64(const unsigned char *p)
{
	uint64_t v;
	memcpy(&v, p, sizeof(v));
	return v;
}

static bool all_zero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return false;
	return true;
}

/* Merges the per-CPU copies of one value into `e`. False when the entry
 * holds nothing worth printing (a min/max never set). */
static bool merge_value(struct run *r, struct arena *a, const struct image_map *m,
			const unsigned char *vals, struct map_entry *e)
{
	int copies = map_is_percpu(m) ? r->ncpus : 1;
	size_t stride = (m->value_size + 7u) / 8u * 8u;
	bool is_signed = m->value && m->value->target && m->value->target->is_signed;
	switch (m->agg) {
	case AGG_NONE: {
		unsigned char *copy = arena_alloc(a, m->value_size);
		memcpy(copy, vals, m->value_size);
		e->value = decode_value(a, m->value, copy, m->value_size);
		return true;
	}
	case AGG_COUNT:
	case AGG_SUM: {
		uint64_t sum = 0;
		for (int c = 0; c < copies; c++)
			sum += load_u64(vals + (size_t)c * stride);
		e->num = (int64_t)sum;
		return true;
	}
	case AGG_MIN:
	case AGG_MAX: {
		bool have = false;
		uint64_t best = 0;
		for (int c = 0; c < copies; c++) {
			const unsigned char *v = vals + (size_t)c * stride;
			if (!load_u64(v + 8))
				continue;
			uint64_t x = load_u64(v);
			bool less = is_signed ? (int64_t)x < (int64_t)best : x < best;
			bool take = !have || (m->agg == AGG_MIN ? less : !less && x != best);
			if (take)
				best = x;
			have = true;
		}
		e->num = (int64_t)best;
		return have;
	}
	case AGG_AVG:
	case AGG_STATS: {
		uint64_t total = 0, count = 0;
		for (int c = 0; c < copies; c++) {
			total += load_u64(vals + (size_t)c * stride);
			count += load_u64(vals + (size_t)c * stride + 8);
		}
		e->avg.total = (int64_t)total;
		e->avg.count = count;
		return count > 0;
	}
	case AGG_HIST:
	case AGG_LHIST: {
		size_t n = m->value_size / 8;
		uint64_t *buckets = arena_alloc(a, sizeof(*buckets) * (n ? n : 1));
		for (int c = 0; c < copies; c++)
			for (size_t i = 0; i < n; i++)
				buckets[i] += load_u64(vals + (size_t)c * stride + i * 8);
		e->hist.buckets = buckets;
		e->hist.n = n;
		return true;
	}
	}
	return false;
}

/* Reads every entry of user map `mi` into `view`, memory from `a`. */
static int read_map(struct run *r, int mi, struct arena *a, struct map_view *view)
{
	const struct image_map *m = &r->img->maps[mi];
	int fd = r->map_fds[mi];
	size_t vsize = map_value_buf_size(r, m);
	uint32_t ksize = m->key_size ? m->key_size : 1;
	unsigned char *vals = arena_alloc(a, vsize);
	unsigned char *prev = NULL;
	size_t n = 0, cap = 16;
	struct map_entry *entries = arena_alloc(a, sizeof(*entries) * cap);
	bool is_array = m->kind == MAP_ARRAY || m->kind == MAP_PERCPU_ARRAY;

	memset(view, 0, sizeof(*view));
	view->name = m->name;
	view->agg = view_agg(m->agg);
	view->is_signed = m->value && m->value->target && m->value->target->is_signed;
	view->scalar = m->key == NULL;
	if (m->agg == AGG_HIST && m->value)
		view->shape = (struct hist_shape){ .kind = HIST_LOG2, .bits = m->value->bits };
	else if (m->agg == AGG_LHIST && m->value)
		view->shape = (struct hist_shape){ .kind = HIST_LINEAR, .min = m->value->min,
						   .max = m->value->max, .step = m->value->step };
	for (;;) {
		unsigned char *key = arena_alloc(a, ksize);
		if (bpf_map_get_next_key(fd, prev, key))
			break;
		prev = key;
		if (bpf_map_lookup_elem(fd, key, vals))
			continue;
		/* An array has every key from the start: an untouched slot is not an entry. */
		if (is_array && all_zero(vals, vsize))
			continue;
		if (n == cap) {
			struct map_entry *grown = arena_alloc(a, sizeof(*entries) * cap * 2);
			memcpy(grown, entries, sizeof(*entries) * cap);
			entries = grown;
			cap *= 2;
		}
		struct map_entry *e = &entries[n];
		memset(e, 0, sizeof(*e));
		if (m->key)
			e->key = decode_value(a, m->key, key, m->key_size);
		if (merge_value(r, a, m, vals, e))
			n++;
		if (view->scalar)
			break;
	}
	view->entries = entries;
	view->nentries = n;
	return 0;
}

/* Appends map `mi` as print() and the exit dump show it. */
static void print_map(struct run *r, int mi, size_t top, uint32_t div)
{
	struct arena a = { 0 };
	struct map_view view;
	read_map(r, mi, &a, &view);
	if (view.nentries) {
		map_print(&r->sb, &view, r->o->mode, top, div);
	}
	arena_free(&a);
}

/* clear(): hash entries deleted, array slots zeroed. zero(): every value zeroed. */
static void clear_map(struct run *r, int mi, bool keep_keys)
{
	const struct image_map *m = &r->img->maps[mi];
	int fd = r->map_fds[mi];
	bool is_array = m->kind == MAP_ARRAY || m->kind == MAP_PERCPU_ARRAY;
	uint32_t ksize = m->key_size ? m->key_size : 1;
	struct arena a = { 0 };
	unsigned char *zero = arena_alloc(&a, map_value_buf_size(r, m));
	unsigned char *keys[2] = { arena_alloc(&a, ksize), arena_alloc(&a, ksize) };
	unsigned char *prev = NULL;
	bool delete = !keep_keys && !is_array;
	/* A key is deleted once the walk has moved past it: asked for the key
	 * after a deleted one, the kernel restarts the walk, which then never
	 * ends while probes keep adding entries (a system-wide count under
	 * load). */
	for (int turn = 0;; turn ^= 1) {
		unsigned char *key = keys[turn];
		if (bpf_map_get_next_key(fd, prev, key))
			break;
		if (!delete)
			bpf_map_update_elem(fd, key, zero, BPF_EXIST);
		else if (prev)
			bpf_map_delete_elem(fd, prev);
		prev = key;
	}
	if (delete && prev)
		bpf_map_delete_elem(fd, prev);
	arena_free(&a);
}

/* ---- actions ---- */

static void message_at(struct run *r, struct span at, const char *level, const char *text,
		       size_t len)
{
	int line = 0, col = 0;
	const struct source *src = r->o->src;
	if (src)
		source_position(src, at.off, &line, &col);
	fprintf(stderr, "%s:%d:%d: %s: %.*s\n", src ? src->name : "stdin", line, col, level,
		(int)len, text);
}

/* strftime(): `ns` is a kernel monotonic timestamp (nsecs); shown as the
 * local wall-clock time it corresponds to, with the C strftime format. */
static struct out_value format_timestamp(struct arena *a, const char *fmt, uint64_t ns)
{
	struct timespec mono, real;
	clock_gettime(CLOCK_MONOTONIC, &mono);
	clock_gettime(CLOCK_REALTIME, &real);
	int64_t now_mono = (int64_t)mono.tv_sec * 1000000000 + mono.tv_nsec;
	int64_t now_real = (int64_t)real.tv_sec * 1000000000 + real.tv_nsec;
	int64_t wall = now_real - (now_mono - (int64_t)ns);
	time_t secs = (time_t)(wall / 1000000000);
	struct tm tm;
	localtime_r(&secs, &tm);
	char buf[256];
	size_t n = strftime(buf, sizeof(buf), fmt, &tm);
	return out_value_strn(arena_strdup(a, n ? buf : ""), n);
}

/* The arguments of a record, decoded; NULL args when it is too short. */
static struct out_value *decode_args(struct arena *a, const struct image_action *act,
				     const unsigned char *payload, size_t size)
{
	struct out_value *args = arena_alloc(a, sizeof(*args) * (size_t)(act->nargs ? act->nargs : 1));
	for (int i = 0; i < act->nargs; i++) {
		size_t off = act->arg_offsets[i] - RECORD_HEADER;
		if (act->arg_offsets[i] < RECORD_HEADER || off > size) {
			args[i] = (struct out_value){ .kind = OV_NONE };
			continue;
		}
		args[i] = decode_value(a, act->arg_types[i], payload + off, size - off);
		if (act->arg_fmts && act->arg_fmts[i] && args[i].kind != OV_NONE)
			args[i] = format_timestamp(a, act->arg_fmts[i], (uint64_t)args[i].i);
	}
	return args;
}

static void render(struct run *r, uint64_t id, const struct out_value *args, int nargs,
		   struct strbuf *out)
{
	printf_format_render(out, &r->formats[id], args, (size_t)nargs);
}

static void do_time(struct run *r, const struct image_action *act)
{
	char fmtbuf[256];
	const char *fmt = "%H:%M:%S\n";
	if (act->fmt) {
		size_t n = act->fmt_len < sizeof(fmtbuf) - 1 ? act->fmt_len : sizeof(fmtbuf) - 1;
		memcpy(fmtbuf, act->fmt, n);
		fmtbuf[n] = '\0';
		fmt = fmtbuf;
	}
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	char text[512];
	size_t len = strftime(text, sizeof(text), fmt, &tm);
	output_event(&r->sb, r->o->mode, OUTPUT_TIME, text, len);
}

static void do_join(struct run *r, const struct image_action *act, const struct out_value *v)
{
	struct strbuf s = STRBUF_INIT;
	bool list = v->kind == OV_TUPLE || v->kind == OV_ARRAY || v->kind == OV_RECORD;
	size_t n = list ? v->list.n : 1;
	for (size_t i = 0; i < n; i++) {
		const struct out_value *item = list ? &v->list.items[i] : v;
		/* An empty string ends the list: join() met the NULL after argv. */
		if (item->kind == OV_STRING && !item->bytes.len)
			break;
		if (i)
			strbuf_append(&s, act->fmt ? act->fmt : " ", act->fmt ? act->fmt_len : 1);
		out_value_text(&s, item);
	}
	output_event(&r->sb, r->o->mode, OUTPUT_JOIN, strbuf_str(&s), s.len);
	strbuf_free(&s);
}

/* Appends everything `f` yields to `s`. */
static void read_all(FILE *f, struct strbuf *s)
{
	char buf[4096];
	size_t got;
	while ((got = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_append(s, buf, got);
}

static void do_system(struct run *r, const char *cmd)
{
	fflush(r->o->out);
	FILE *p = popen(cmd, "r");
	if (!p) {
		fprintf(stderr, "bpfscope: warning: system(\"%s\"): %s\n", cmd, strerror(errno));
		return;
	}
	struct strbuf s = STRBUF_INIT;
	read_all(p, &s);
	pclose(p);
	/* output_event adds the newline system() output is followed by. */
	size_t len = s.len;
	if (len && s.data[len - 1] == '\n')
		len--;
	output_event(&r->sb, r->o->mode, OUTPUT_SYSCALL, len ? s.data : "", len);
	strbuf_free(&s);
}

static void do_cat(struct run *r, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "bpfscope: warning: cat(\"%s\"): %s\n", path, strerror(errno));
		return;
	}
	struct strbuf s = STRBUF_INIT;
	read_all(f, &s);
	fclose(f);
	output_event(&r->sb, r->o->mode, OUTPUT_CAT, s.len ? s.data : "", s.len);
	strbuf_free(&s);
}

static void do_map_full(struct run *r, int mi)
{
	if (mi < 0 || (size_t)mi >= r->img->nmaps || r->full_warned[mi] || r->o->no_warnings)
		return;
	r->full_warned[mi] = true;
	const struct image_map *m = &r->img->maps[mi];
	fprintf(stderr, "WARNING: map %s is full (%u entries): some updates were dropped; "
		"raise max_map_keys (BPFTRACE_MAX_MAP_KEYS)\n", m->name, m->max_entries);
}

static int handle_action(void *ctx, uint64_t id, const void *payload, size_t size)
{
	struct run *r = ctx;
	if (id >= r->img->nactions)
		return LOOP_CONTINUE;
	const struct image_action *act = &r->img->actions[id];
	if (r->ignore_records && act->kind != ACT_MAP_FULL)
		return LOOP_CONTINUE;
	struct arena a = { 0 };
	struct out_value *args = decode_args(&a, act, payload, size);
	struct strbuf text = STRBUF_INIT;
	int ret = LOOP_CONTINUE;
	switch (act->kind) {
	case ACT_PRINTF:
		render(r, id, args, act->nargs, &text);
		output_event(&r->sb, r->o->mode, OUTPUT_PRINTF, strbuf_str(&text), text.len);
		break;
	case ACT_ERRORF:
	case ACT_WARNF:
		render(r, id, args, act->nargs, &text);
		fflush(r->o->out);
		message_at(r, act->span, act->kind == ACT_ERRORF ? "ERROR" : "WARNING",
			   strbuf_str(&text), text.len);
		if (act->kind == ACT_ERRORF) {
			r->exit_requested = true;
			r->exit_code = 1;
			ret = LOOP_STOP;
		}
		break;
	case ACT_PRINT_VALUE:
		if (act->nargs > 0)
			output_value(&r->sb, r->o->mode, &args[0]);
		break;
	case ACT_PRINT_MAP:
		if (act->map >= 0 && (size_t)act->map < r->img->nmaps)
			print_map(r, act->map, (size_t)act->top, (uint32_t)act->div);
		break;
	case ACT_CLEAR_MAP:
	case ACT_ZERO_MAP:
		if (act->map >= 0 && (size_t)act->map < r->img->nmaps)
			clear_map(r, act->map, act->kind == ACT_ZERO_MAP);
		break;
	case ACT_EXIT:
		r->exit_requested = true;
		r->exit_code = 0;
		if (act->nargs > 0 && act->arg_offsets[0] >= RECORD_HEADER &&
		    act->arg_offsets[0] - RECORD_HEADER + 8 <= size)
			r->exit_code = (int)decode_int(act->arg_types[0], (const unsigned char *)payload +
						       act->arg_offsets[0] - RECORD_HEADER);
		ret = LOOP_STOP;
		break;
	case ACT_TIME:
		do_time(r, act);
		break;
	case ACT_JOIN:
		if (act->nargs > 0)
			do_join(r, act, &args[0]);
		break;
	case ACT_SYSTEM:
		render(r, id, args, act->nargs, &text);
		/* the command writes to stdout itself: what came before goes first */
		emit_record_text(r);
		flush_pending(r, false);
		if (r->o->unsafe)
			do_system(r, strbuf_str(&text));
		break;
	case ACT_CAT:
		render(r, id, args, act->nargs, &text);
		do_cat(r, strbuf_str(&text));
		break;
	case ACT_MAP_FULL:
		do_map_full(r, act->map);
		break;
	case ACT_STACK_PID:
		if (size >= 8)
			usyms_remember((int)decode_int(NULL, payload));
		break;
	}
	emit_record_text(r);
	strbuf_free(&text);
	arena_free(&a);
	return ret;
}

/* Reads what the ring buffer holds without waiting (after BEGIN and END). */
static int drain_record(void *ctx, void *data, size_t size)
{
	const struct drain_ctx *d = ctx;
	struct run *r = d->r;
	r->cur_ring = d->ring;
	uint64_t id;
	if (size < sizeof(id))
		return 0;
	memcpy(&id, data, sizeof(id));
	int ret = handle_action(r, id, (const char *)data + sizeof(id), size - sizeof(id));
	if (ret == LOOP_STOP)
		r->ignore_records = true;
	return 0;
}

static void drain(struct run *r)
{
	if (r->drain)
		ring_buffer__consume(r->drain);
	flush_pending(r, false);
}

/* ---- loading ---- */

static const char *disasm_map_name(void *ctx, int pseudo, int ref)
{
	const struct image *img = ctx;
	if ((pseudo == BPF_PSEUDO_MAP_IDX || pseudo == BPF_PSEUDO_MAP_IDX_VALUE) && ref >= 0 &&
	    (size_t)ref < img->nmaps)
		return img->maps[ref].name;
	return NULL;
}

/* Puts each CPU's ring buffer in the array. Every update of an array of
 * maps waits for an RCU grace period (tens of milliseconds on some VMs):
 * one batch waits once, and this runs on its own thread meanwhile. */
static void *fill_cpu_rings(void *arg)
{
	struct run *r = arg;
	uint32_t n = (uint32_t)r->nrings, count = n;
	uint32_t *keys = calloc(n ? n : 1, sizeof(uint32_t));
	if (!keys) {
		r->ring_fill_err = ENOMEM;
		return NULL;
	}
	for (uint32_t cpu = 0; cpu < n; cpu++)
		keys[cpu] = cpu;
	if (bpf_map_update_batch(r->ring_array_fd, keys, r->ring_fds, &count, NULL)) {
		/* a kernel without batch updates for arrays of maps */
		for (uint32_t cpu = 0; cpu < n && !r->ring_fill_err; cpu++)
			if (bpf_map_update_elem(r->ring_array_fd, &cpu, &r->ring_fds[cpu], BPF_ANY))
				r->ring_fill_err = errno ? errno : EIO;
	}
	free(keys);
	return NULL;
}

/* Output with one ring buffer per CPU: the buffers, then the array the
 * programs find them in (which m describes). Returns the array's fd or -1
 * (reported). */
static int create_cpu_rings(struct run *r, const struct image_map *m)
{
	r->ring_fds = malloc(sizeof(int) * m->max_entries);
	if (!r->ring_fds) {
		run_error("out of memory");
		return -1;
	}
	char err[256];
	struct map_spec ring = { .name = m->name, .kind = MAP_RINGBUF,
				 .max_entries = r->img->ringbuf_size };
	for (r->nrings = 0; r->nrings < m->max_entries; r->nrings++) {
		int fd = map_create(&ring, err, sizeof(err));
		if (fd < 0) {
			run_error("%s", err);
			return -1;
		}
		r->ring_fds[r->nrings] = fd;
	}
	struct map_spec array = { .name = m->name, .kind = MAP_ARRAY_OF_MAPS, .key_size = 4,
				  .value_size = 4, .max_entries = m->max_entries,
				  .inner_fd = r->ring_fds[0] };
	int fd = map_create(&array, err, sizeof(err));
	if (fd < 0) {
		run_error("%s", err);
		return -1;
	}
	r->ring_array_fd = fd;
	/* BEGIN and END write to the first ring buffer directly: a script of
	 * only those never needs the array filled. */
	if (!r->img->only_special) {
		r->ring_filling = !pthread_create(&r->ring_filler, NULL, fill_cpu_rings, r);
		if (!r->ring_filling)
			fill_cpu_rings(r);
	}
	return fd;
}

/* Waits for the array of ring buffers to be filled: before anything that
 * writes to it is attached. Returns 0 or -1 (reported). */
static int cpu_rings_ready(struct run *r)
{
	if (r->ring_filling) {
		pthread_join(r->ring_filler, NULL);
		r->ring_filling = false;
	}
	if (!r->ring_fill_err)
		return 0;
	run_error("map 'ringbuf': cannot add the ring buffers of the CPUs to their array: %s",
		  strerror(r->ring_fill_err));
	return -1;
}

static int create_maps(struct run *r)
{
	for (size_t i = 0; i < r->img->nmaps; i++) {
		const struct image_map *m = &r->img->maps[i];
		int fd;
		if (m->role == MAPROLE_RINGBUF && r->img->ringbuf_per_cpu) {
			if ((fd = create_cpu_rings(r, m)) < 0)
				return -1;
			r->map_fds[i] = fd;
			continue;
		}
		if (m->role == MAPROLE_RINGBUF_FIRST) {
			/* made with the array, which comes first */
			if (!r->nrings || (r->map_fds[i] = dup(r->ring_fds[0])) < 0) {
				run_error("map '%s': no ring buffer to use: %s", m->name,
					  strerror(r->nrings ? errno : ENOENT));
				return -1;
			}
			continue;
		}
		struct map_spec spec = {
			.name = m->name, .kind = m->kind, .key_size = m->key_size,
			.value_size = m->value_size, .max_entries = m->max_entries,
		};
		char err[256];
		fd = map_create(&spec, err, sizeof(err));
		if (fd < 0) {
			run_error("%s", err);
			return -1;
		}
		r->map_fds[i] = fd;
		if (m->role == MAPROLE_RINGBUF) {
			r->ring_fds = &r->map_fds[i];
			r->nrings = 1;
		}
		if (m->role == MAPROLE_STACKS)
			stacks_set_map(fd, m->value_size / 8);
	}
	return 0;
}

static const char *prog_probe_name(const struct image_prog *p)
{
	return p->nattaches ? p->attaches[0].name : p->name;
}

static int tp_btf_id(const struct image_prog *p, uint32_t *id)
{
	const struct btf *btf = vmlinux_btf();
	if (!btf) {
		run_error("%s: cannot load kernel BTF: %s", prog_probe_name(p), vmlinux_btf_error());
		return -1;
	}
	bool func = p->provider == PROV_FENTRY || p->provider == PROV_FEXIT;
	char name[256];
	snprintf(name, sizeof(name), func ? "%s" : "btf_trace_%s", p->btf_target);
	int found = btf__find_by_name_kind(btf, name, func ? BTF_KIND_FUNC : BTF_KIND_TYPEDEF);
	if (found < 0) {
		run_error("%s: the kernel's BTF has no %s %s", prog_probe_name(p),
			  func ? "function" : "raw tracepoint", p->btf_target);
		return -1;
	}
	*id = (uint32_t)found;
	return 0;
}

/* kprobe and fentry need kernel support this kernel may lack: say so
 * before the verifier gives a less helpful answer. --load-only loads them
 * anyway: kprobe programs load without kprobes, and an fentry refusal is
 * reported with its reason when it comes. */
static int check_provider(const struct run *r, const struct image_prog *p)
{
	const struct image_attach *a = p->nattaches ? &p->attaches[0] : NULL;
	const char *func = a && a->spec->func ? a->spec->func : p->name;
	switch (p->provider) {
	case PROV_KPROBE:
	case PROV_KRETPROBE:
		if (r->o->load_only || features_has(FEATURE_KPROBE))
			return 0;
		attach_kprobe(-1, func, 0, p->provider == PROV_KRETPROBE);
		run_error("%s", attach_error());
		return -1;
	case PROV_FENTRY:
	case PROV_FEXIT:
		if (r->o->load_only || features_has(FEATURE_FENTRY))
			return 0;
		attach_fentry(-1, func, p->provider == PROV_FEXIT);
		run_error("%s", attach_error());
		return -1;
	case PROV_BEGIN:
	case PROV_END:
	case PROV_TRACEPOINT:
	case PROV_RAWTRACEPOINT:
	case PROV_PROFILE:
	case PROV_INTERVAL:
	case PROV_SOFTWARE:
	case PROV_HARDWARE:
	case PROV_UPROBE:
	case PROV_URETPROBE:
	case PROV_USDT:
		return 0;
	default: {
		const struct provider_info *info = provider_info(p->provider);
		run_error("%s: %s probes are not supported yet", prog_probe_name(p),
			  info ? info->name : "these");
		return -1;
	}
	}
}

void run_print_prog(FILE *out, const struct image *img, const struct image_prog *p)
{
	struct disasm_opts dopts = { .map_name = disasm_map_name, .ctx = (void *)img };
	fprintf(out, "%s:\n", p->name);
	bpf_disasm_print(out, p->insns, p->insn_count, &dopts);
}

/* Why a program of a type this kernel lacks was refused, or NULL. */
static const char *load_failure_reason(const struct image_prog *p)
{
	if ((p->provider == PROV_FENTRY || p->provider == PROV_FEXIT) &&
	    !features_has(FEATURE_FENTRY))
		return attach_fentry_missing_reason();
	return NULL;
}

static int load_programs(struct run *r)
{
	for (size_t i = 0; i < r->img->nprogs; i++) {
		const struct image_prog *p = &r->img->progs[i];
		if (check_provider(r, p))
			return -1;
		if (r->o->debug_bpf) {
			run_print_prog(stdout, r->img, p);
			fflush(stdout);
		}
		struct program_spec spec = {
			.name = p->name, .type = p->type, .expected_attach_type = p->expected_attach_type,
			.insns = p->insns, .insn_count = p->insn_count, .map_fds = r->map_fds,
			.sub_offs = p->sub_offs, .nsubs = p->nsubs,
			.log_level = r->o->debug_verifier ? 2 : 0,
		};
		/* uprobes through one link per file where the kernel can: detaching
		 * then waits for the kernel once, not once per probe */
		if ((p->provider == PROV_UPROBE || p->provider == PROV_URETPROBE) &&
		    !r->o->load_only && !r->o->no_uprobe_multi && features_has(FEATURE_UPROBE_MULTI)) {
			spec.expected_attach_type = UPROBE_MULTI_ATTACH_TYPE;
			r->uprobe_multi[i] = true;
		}
		if (p->btf_target && tp_btf_id(p, &spec.attach_btf_id))
			return -1;
		struct program_load res;
		int fd = program_load(&spec, &res);
		if (r->o->debug_verifier && res.log) {
			printf("verifier log of %s:\n%s\n", p->name, res.log);
			fflush(stdout);
		}
		if (fd < 0) {
			char buf[512];
			const char *why = res.reason ? res.reason
						     : program_load_message(&res, buf, sizeof(buf));
			size_t idx = res.insn_index >= 0 ? (size_t)res.insn_index : SIZE_MAX;
			if (idx < p->insn_count && p->origins && r->o->src &&
			    p->origins[idx] < r->img->nspans) {
				fflush(r->o->out);
				diag_error(&r->diag, r->img->spans[p->origins[idx]],
					   "the BPF verifier rejected %s (instruction %zu): %s",
					   prog_probe_name(p), idx, why);
			} else {
				const char *missing = load_failure_reason(p);
				run_error("cannot load %s: %s%s%s", prog_probe_name(p), why,
					  missing ? "; " : "", missing ? missing : "");
			}
			if (res.log_truncated)
				fprintf(stderr, "bpfscope: note: the verifier log was truncated\n");
			program_load_free(&res);
			return -1;
		}
		program_load_free(&res);
		r->prog_fds[i] = fd;
	}
	return 0;
}

/* ---- attaching ---- */

static uint64_t timer_period_ns(const struct probe_spec *s)
{
	static const struct { const char *unit; uint64_t ns; } units[] = {
		{ "s", 1000000000ull }, { "ms", 1000000ull }, { "us", 1000ull }, { "ns", 1 },
	};
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (s->unit && !strcmp(s->unit, units[i].unit))
			return s->freq * units[i].ns;
	return s->freq;
}

static bool timer_is_hz(const struct probe_spec *s)
{
	return s->unit && !strcmp(s->unit, "hz");
}

/* A uprobe: the function's file offset is looked up again (the ELF
 * symbols are cached since expansion); -p limits it to that process. */
static int attach_uprobe_at(const struct run *r, const struct image_prog *p, int fd,
			    const struct image_attach *a)
{
	const struct probe_spec *s = a->spec;
	uint64_t off;
	char why[512];
	int err = uprobe_offset(s->target, s->has_address ? NULL : s->func, s->offset, s->address,
				&off, why, sizeof(why));
	if (err) {
		run_error("%s", why);
		return err;
	}
	return attach_uprobe(fd, s->target, off, p->provider == PROV_URETPROBE, r->o->watch_pid,
			     a->name);
}

/* Every attach point of a uprobe_multi program: one link per file.
 * Returns 0 or a negative errno (reported). */
static int attach_uprobe_links(const struct run *r, const struct image_prog *p, int fd)
{
	uint64_t *offs = malloc((p->nattaches ? p->nattaches : 1) * sizeof(*offs));
	bool *done = calloc(p->nattaches ? p->nattaches : 1, sizeof(*done));
	int err = 0;
	if (!offs || !done) {
		run_error("out of memory");
		err = -ENOMEM;
	}
	for (size_t k = 0; !err && k < p->nattaches; k++) {
		if (done[k])
			continue;
		const char *path = p->attaches[k].spec->target;
		uint32_t n = 0;
		for (size_t j = k; !err && j < p->nattaches; j++) {
			const struct probe_spec *s = p->attaches[j].spec;
			if (done[j] || strcmp(s->target, path))
				continue;
			char why[512];
			err = uprobe_offset(s->target, s->has_address ? NULL : s->func, s->offset,
					    s->address, &offs[n++], why, sizeof(why));
			if (err)
				run_error("%s", why);
			done[j] = true;
		}
		if (err)
			break;
		err = attach_uprobe_multi(fd, path, offs, n, p->provider == PROV_URETPROBE,
					  r->o->watch_pid, n == 1 ? p->attaches[k].name : path);
		if (err)
			run_error("%s", attach_error());
	}
	free(offs);
	free(done);
	return err;
}

static int attach_one(const struct run *r, const struct image_prog *p, int fd,
		      const struct image_attach *a)
{
	const struct probe_spec *s = a->spec;
	switch (p->provider) {
	case PROV_TRACEPOINT:
		return attach_tracepoint(fd, s->target, s->func);
	case PROV_RAWTRACEPOINT:
		if (p->type == BPF_PROG_TYPE_TRACING)
			return attach_tp_btf(fd, s->func);
		return attach_raw_tracepoint(fd, s->func);
	case PROV_PROFILE:
		if (timer_is_hz(s))
			return attach_perf_event(fd, PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CPU_CLOCK,
						 s->freq, true, -1);
		return attach_perf_event(fd, PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CPU_CLOCK,
					 timer_period_ns(s), false, -1);
	case PROV_INTERVAL:
		return attach_interval(fd, timer_is_hz(s) ? 1000000000ull / (s->freq ? s->freq : 1)
							  : timer_period_ns(s));
	case PROV_SOFTWARE:
	case PROV_HARDWARE: {
		bool hw = p->provider == PROV_HARDWARE;
		const struct perf_event_info *ev = perf_event_lookup(hw, s->target);
		if (!ev)
			return -ENOENT;
		return attach_perf_event(fd, hw ? PERF_TYPE_HARDWARE : PERF_TYPE_SOFTWARE,
					 ev->config, s->has_freq ? s->freq : ev->default_period,
					 false, -1);
	}
	case PROV_KPROBE:
	case PROV_KRETPROBE:
		return attach_kprobe(fd, s->func, s->offset, p->provider == PROV_KRETPROBE);
	case PROV_FENTRY:
	case PROV_FEXIT:
		return attach_fentry(fd, s->func, p->provider == PROV_FEXIT);
	case PROV_UPROBE:
	case PROV_URETPROBE:
		return attach_uprobe_at(r, p, fd, a);
	case PROV_USDT:
		return a->usdt ? attach_usdt(fd, s->target, a->usdt, r->o->watch_pid, a->name)
			       : -EINVAL;
	default:
		return -EOPNOTSUPP;
	}
}

/* How many probes a run attaches, as bpftrace counts them (BEGIN and END
 * included). */
static size_t count_probes(const struct image *img)
{
	size_t n = 0;
	for (size_t i = 0; i < img->nprogs; i++) {
		const struct image_prog *p = &img->progs[i];
		n += p->provider == PROV_BEGIN || p->provider == PROV_END ? 1 : p->nattaches;
	}
	return n;
}

/* "Attaching N probes...", unless -q. */
static void announce_probes(struct run *r)
{
	if (r->o->quiet)
		return;
	output_attached_probes(&r->sb, r->o->mode, (uint64_t)count_probes(r->img));
	flush_sb(r, true);
	fflush(stderr);
}

/* Attaches every program but BEGIN/END. Returns 0 or -1 (reported). */
static int attach_all(struct run *r)
{
	if (cpu_rings_ready(r))
		return -1;
	for (size_t i = 0; i < r->img->nprogs; i++) {
		const struct image_prog *p = &r->img->progs[i];
		if (p->provider == PROV_BEGIN || p->provider == PROV_END)
			continue;
		if (r->uprobe_multi[i]) {
			if (attach_uprobe_links(r, p, r->prog_fds[i]) < 0)
				return -1;
			continue;
		}
		for (size_t k = 0; k < p->nattaches; k++) {
			int err = attach_one(r, p, r->prog_fds[i], &p->attaches[k]);
			if (err < 0) {
				const char *why = attach_error();
				if (why && *why)
					run_error("%s", why);
				else
					run_error("cannot attach %s: %s", p->attaches[k].name,
						  strerror(-err));
				return -1;
			}
		}
	}
	return 0;
}

/* BEGIN or END programs, in the order the script wrote them. */
static int run_special(struct run *r, enum provider which)
{
	int last = -1;
	for (;;) {
		int next = -1;
		for (size_t i = 0; i < r->img->nprogs; i++) {
			const struct image_prog *p = &r->img->progs[i];
			if (p->provider != which || p->order <= last)
				continue;
			if (next < 0 || p->order < r->img->progs[next].order)
				next = (int)i;
		}
		if (next < 0)
			return 0;
		last = r->img->progs[next].order;
		unsigned char ctx[64] = { 0 };
		uint32_t retval = 0;
		int err = program_test_run(r->prog_fds[next], ctx, sizeof(ctx), NULL, 0, &retval);
		if (err < 0) {
			run_error("cannot run %s: %s", r->img->progs[next].name, strerror(-err));
			return -1;
		}
		drain(r);
		/* exit() in BEGIN stops the other BEGIN probes too. */
		if (which == PROV_BEGIN && r->exit_requested)
			return 0;
	}
}

static int parse_formats(struct run *r)
{
	for (size_t i = 0; i < r->img->nactions; i++) {
		const struct image_action *act = &r->img->actions[i];
		bool formatted = act->kind == ACT_PRINTF || act->kind == ACT_ERRORF ||
				 act->kind == ACT_WARNF || act->kind == ACT_SYSTEM ||
				 act->kind == ACT_CAT;
		if (!formatted || !act->fmt)
			continue;
		struct printf_error perr;
		if (printf_format_parse(&r->formats[i], act->fmt, act->fmt_len, &perr)) {
			diag_error(&r->diag, act->span, "%s", perr.message);
			return -1;
		}
	}
	return 0;
}

/* At exit: every user map, sorted by name as bpftrace prints them. */
static void print_all_maps(struct run *r)
{
	const struct image *img = r->img;
	/* bpftrace ends every run with the two newlines, maps or not. */
	output_end(&r->sb, r->o->mode);
	int *order = calloc(img->nmaps, sizeof(*order));
	if (!order)
		return;
	size_t n = 0;
	for (size_t i = 0; i < img->nmaps; i++)
		if (img->maps[i].role == MAPROLE_USER)
			order[n++] = (int)i;
	for (size_t i = 1; i < n; i++)
		for (size_t k = i; k > 0 && strcmp(img->maps[order[k - 1]].name,
						   img->maps[order[k]].name) > 0; k--) {
			int t = order[k];
			order[k] = order[k - 1];
			order[k - 1] = t;
		}
	for (size_t i = 0; i < n; i++)
		print_map(r, order[i], 0, 0);
	flush_sb(r, false);
	free(order);
}

static void report_lost(struct run *r)
{
	if (r->img->lost_map < 0)
		return;
	uint64_t lost = 0;
	if (loop_lost_events(r->map_fds[r->img->lost_map], &lost) < 0 || !lost)
		return;
	output_lost_events(&r->sb, r->o->mode, lost);
	flush_sb(r, true);
}

/* -p: tracing stops when the traced process is gone, as in bpftrace. */
static int check_target_alive(void *ctx)
{
	struct run *r = ctx;
	if (kill(r->o->watch_pid, 0) < 0 && errno == ESRCH)
		return LOOP_STOP;
	return LOOP_CONTINUE;
}

/* The event loop until something stops it. Returns 0, or -1 after an error. */
static int wait_for_events(struct run *r)
{
	loop_action_fn *handlers = calloc(r->img->nactions ? r->img->nactions : 1,
					  sizeof(*handlers));
	if (!handlers)
		return -1;
	for (size_t i = 0; i < r->img->nactions; i++)
		handlers[i] = handle_action;
	struct loop_interval watch = {
		.period_ns = 100 * 1000000ull, .fn = check_target_alive, .ctx = r,
	};
	struct loop_config cfg = {
		.intervals = r->o->watch_pid > 0 ? &watch : NULL,
		.interval_count = r->o->watch_pid > 0 ? 1 : 0,
		.ringbuf_fds = r->ring_fds,
		.nringbufs = r->nrings,
		.before_record = record_ring,
		.after_consume = after_consume,
		.handlers = handlers,
		.handler_count = r->img->nactions,
		.ctx = r,
		.duration_ms = r->o->duration_ms,
		.watch_child = r->o->has_child,
	};
	char err[256];
	struct loop *l = loop_new(&cfg, err, sizeof(err));
	if (!l) {
		run_error("%s", err);
		free(handlers);
		return -1;
	}
	enum loop_stop why = loop_run(l);
	int ret = 0;
	if (why == LOOP_STOP_ERROR) {
		run_error("%s", loop_error(l));
		ret = -1;
	}
	loop_free(l);
	free(handlers);
	return ret;
}

static void detach_at_exit(void)
{
	attachments_detach_all();
}

/* SIGINT and SIGTERM stay blocked from the first attach to the end of the
 * run: one that comes before the event loop starts is then seen by it (or
 * dropped here when there is no loop) instead of killing the process with
 * END not run and the maps unprinted. */
static void block_stop_signals(sigset_t *old)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void unblock_stop_signals(const sigset_t *old)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	struct timespec now = { 0, 0 };
	while (sigtimedwait(&set, NULL, &now) > 0)
		;
	sigprocmask(SIG_SETMASK, old, NULL);
}

int run_image(const struct image *img, const struct run_options *o)
{
	static bool atexit_done;
	if (!atexit_done) {
		atexit(detach_at_exit);
		atexit_done = true;
	}
	struct run r = { .img = img, .o = o, .exit_code = 0 };
	sigset_t old_mask;
	block_stop_signals(&old_mask);
	int status = 1;
	r.ncpus = libbpf_num_possible_cpus();
	if (r.ncpus <= 0)
		r.ncpus = 1;
	diag_init(&r.diag, o->src, stderr, o->color);
	r.map_fds = malloc(sizeof(int) * (img->nmaps ? img->nmaps : 1));
	r.prog_fds = malloc(sizeof(int) * (img->nprogs ? img->nprogs : 1));
	r.formats = calloc(img->nactions ? img->nactions : 1, sizeof(*r.formats));
	r.full_warned = calloc(img->nmaps ? img->nmaps : 1, sizeof(*r.full_warned));
	r.uprobe_multi = calloc(img->nprogs ? img->nprogs : 1, sizeof(*r.uprobe_multi));
	if (!r.map_fds || !r.prog_fds || !r.formats || !r.full_warned || !r.uprobe_multi) {
		run_error("out of memory");
		goto out;
	}
	for (size_t i = 0; i < img->nmaps; i++)
		r.map_fds[i] = -1;
	for (size_t i = 0; i < img->nprogs; i++)
		r.prog_fds[i] = -1;

	if (parse_formats(&r) || create_maps(&r) || load_programs(&r))
		goto out;
	if (o->load_only) {
		fprintf(stderr, "%zu program%s loaded, nothing attached\n", img->nprogs,
			img->nprogs == 1 ? "" : "s");
		status = 0;
		goto out;
	}
	if (r.nrings > 1) {
		r.pending = calloc(r.nrings, sizeof(*r.pending));
		r.pending_old = calloc(r.nrings, sizeof(*r.pending_old));
		r.drain_ctx = calloc(r.nrings, sizeof(*r.drain_ctx));
		if (!r.pending || !r.pending_old || !r.drain_ctx) {
			run_error("out of memory");
			goto out;
		}
	} else {
		r.drain_ctx = &r.one_drain_ctx;
	}
	for (size_t i = 0; i < r.nrings; i++)
		r.drain_ctx[i] = (struct drain_ctx){ &r, i };
	if (r.nrings) {
		r.drain = ring_buffer__new(r.ring_fds[0], drain_record, &r.drain_ctx[0], NULL);
		for (size_t i = 1; r.drain && i < r.nrings; i++) {
			int err = ring_buffer__add(r.drain, r.ring_fds[i], drain_record,
						   &r.drain_ctx[i]);
			if (err < 0) {
				ring_buffer__free(r.drain);
				r.drain = NULL;
				errno = -err;
			}
		}
		if (!r.drain) {
			run_error("ringbuf: cannot read the ring buffer: %s", strerror(errno));
			goto out;
		}
	}
	if (o->dry_run) {
		if (attach_all(&r) < 0)
			goto out;
		announce_probes(&r);
		attachments_detach_all();
		status = 0;
		goto out;
	}
	/* As in bpftrace, BEGIN runs before the other probes are attached:
	 * nothing they record comes before its output, and an exit() there
	 * attaches nothing. The message comes first, as bpftrace's
	 * "Attaching N probes..." does. */
	announce_probes(&r);
	if (run_special(&r, PROV_BEGIN))
		goto out;
	if (!r.exit_requested) {
		if (attach_all(&r) < 0)
			goto out;
		if (o->banner) {
			fprintf(stderr, "%s\n", o->banner);
			fflush(stderr);
		}
	}
	/* BEGIN runs first so its output comes before the child's; a child
	 * of a run that exit() already ended is never started. */
	if (o->has_child && !r.exit_requested && child_release() < 0) {
		run_error("cannot start the child command: %s", strerror(errno));
		goto out;
	}
	bool loop_failed = false;
	if (!r.exit_requested && (!img->only_special || o->has_child))
		loop_failed = wait_for_events(&r) < 0;
	if (r.exit_requested)
		r.ignore_records = true;
	attachments_detach_parallel();
	if (o->has_child)
		child_kill(500);
	drain(&r);
	r.ignore_records = false;
	if (run_special(&r, PROV_END))
		goto out;
	drain(&r);
	fflush(r.o->out);
	report_lost(&r);
	print_all_maps(&r);
	status = loop_failed ? 1 : r.exit_code;

out:
	if (r.ring_filling)
		pthread_join(r.ring_filler, NULL);
	flush_pending(&r, false);
	fflush(o->out);
	attachments_release();
	if (o->has_child)
		child_kill(500);
	ring_buffer__free(r.drain);
	for (size_t i = 0; r.prog_fds && i < img->nprogs; i++)
		if (r.prog_fds[i] >= 0)
			close(r.prog_fds[i]);
	for (size_t i = 0; r.map_fds && i < img->nmaps; i++)
		if (r.map_fds[i] >= 0)
			close(r.map_fds[i]);
	if (img->ringbuf_per_cpu) {
		for (size_t i = 0; i < r.nrings; i++)
			close(r.ring_fds[i]);
		free(r.ring_fds);
	}
	for (size_t i = 0; r.pending && i < r.nrings; i++)
		strbuf_free(&r.pending[i]);
	free(r.pending);
	free(r.pending_old);
	if (r.drain_ctx != &r.one_drain_ctx)
		free(r.drain_ctx);
	for (size_t i = 0; r.formats && i < img->nactions; i++)
		printf_format_free(&r.formats[i]);
	strbuf_free(&r.sb);
	free(r.map_fds);
	free(r.prog_fds);
	free(r.formats);
	free(r.full_warned);
	free(r.uprobe_multi);
	unblock_stop_signals(&old_mask);
	return status;
}
