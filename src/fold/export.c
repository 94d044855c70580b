/* pprof and speedscope output (see export.h).
 *
 * Folded lines ("root;...;leaf COUNT") become samples of a shared frame
 * table: one function (and one location) per distinct frame name. pprof
 * wants each sample's locations leaf first; speedscope wants its frames
 * root first. Both outputs are deterministic: frames are numbered in the
 * order they first appear in the (sorted) input, no timestamps. */
#include "fold/export.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "runtime/json.h"
#include "util/strbuf.h"

static const struct export_kind kinds[] = {
	{ "cpu", "cpu", "nanoseconds", 99 },
	{ "offcpu", "off-cpu", "microseconds", 0 },
	{ "offwake", "off-cpu", "microseconds", 0 },
	{ "wakeup", "wakeups", "count", 0 },
	{ "samples", "samples", "count", 0 },
};

const struct export_kind *export_kind_lookup(const char *name)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strcmp(kinds[i].name, name))
			return &kinds[i];
	return NULL;
}

/* ---- the frame table and samples ---- */

struct profile {
	char **names;           /* frame names, by id - 1 */
	size_t nnames, names_cap;
	size_t *slots;          /* open addressing: index into names + 1, 0 empty */
	size_t nslots;
	uint32_t *frames;       /* all samples' frame ids, root first, back to back */
	size_t nframes, frames_cap;
	size_t *starts;         /* per sample: first frame, and its end at starts[i + 1] */
	double *counts;
	size_t nsamples, samples_cap;
	double total;
};

static uint64_t hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return 0;
	size_t ncap = *cap ? *cap : 64;
	while (ncap < need)
		ncap *= 2;
	void *np = realloc(*p, ncap * size);
	if (!np)
		return -1;
	*p = np;
	*cap = ncap;
	return 0;
}

static int rehash(struct profile *p)
{
	size_t n = p->nslots ? p->nslots * 2 : 1024;
	size_t *slots = calloc(n, sizeof(*slots));
	if (!slots)
		return -1;
	for (size_t i = 0; i < p->nnames; i++) {
		size_t s = hash(p->names[i], strlen(p->names[i])) & (n - 1);
		while (slots[s])
			s = (s + 1) & (n - 1);
		slots[s] = i + 1;
	}
	free(p->slots);
	p->slots = slots;
	p->nslots = n;
	return 0;
}

/* The id (from 1) of frame `s`, added when new. */
static uint32_t frame_id(struct profile *p, const char *s, size_t n)
{
	if ((p->nnames + 1) * 2 > p->nslots && rehash(p))
		return 0;
	size_t slot = hash(s, n) & (p->nslots - 1);
	while (p->slots[slot]) {
		const char *name = p->names[p->slots[slot] - 1];
		if (!strncmp(name, s, n) && !name[n])
			return (uint32_t)p->slots[slot];
		slot = (slot + 1) & (p->nslots - 1);
	}
	if (grow((void **)&p->names, &p->names_cap, p->nnames + 1, sizeof(*p->names)))
		return 0;
	char *copy = strndup(s, n);
	if (!copy)
		return 0;
	p->names[p->nnames++] = copy;
	p->slots[slot] = p->nnames;
	return (uint32_t)p->nnames;
}

static int read_folded(FILE *in, struct profile *p)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, in)) > 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		char *sp = strrchr(line, ' ');
		if (!sp || sp == line)
			continue;
		char *end;
		double count = strtod(sp + 1, &end);
		if (end == sp + 1 || *end || count <= 0)
			continue;
		if (grow((void **)&p->starts, &p->samples_cap, p->nsamples + 2, sizeof(*p->starts)) ||
		    !(p->counts = realloc(p->counts, p->samples_cap * sizeof(*p->counts)))) {
			free(line);
			return -1;
		}
		p->starts[p->nsamples] = p->nframes;
		for (char *f = line; f < sp;) {
			size_t n = strcspn(f, ";");
			if (f + n > sp)
				n = (size_t)(sp - f);
			if (n) {
				uint32_t id = frame_id(p, f, n);
				if (!id || grow((void **)&p->frames, &p->frames_cap, p->nframes + 1,
						sizeof(*p->frames))) {
					free(line);
					return -1;
				}
				p->frames[p->nframes++] = id;
			}
			f += n + 1;
		}
		p->counts[p->nsamples++] = count;
		p->starts[p->nsamples] = p->nframes;
		p->total += count;
	}
	free(line);
	if (ferror(in))
		return -1;
	if (!p->nsamples) {
		fprintf(stderr, "bpfscope: no folded stacks in the input (\"root;...;leaf COUNT\")\n");
		return -1;
	}
	return 0;
}

static void profile_free(struct profile *p)
{
	for (size_t i = 0; i < p->nnames; i++)
		free(p->names[i]);
	free(p->names);
	free(p->slots);
	free(p->frames);
	free(p->starts);
	free(p->counts);
}

/* ---- protobuf, the few wire types profile.proto needs ---- */

static void varint(struct strbuf *b, uint64_t v)
{
	while (v >= 0x80) {
		strbuf_putc(b, (char)(v | 0x80));
		v >>= 7;
	}
	strbuf_putc(b, (char)v);
}

static void tag(struct strbuf *b, int field, int wire)
{
	varint(b, (uint64_t)field << 3 | (uint64_t)wire);
}

static void field_varint(struct strbuf *b, int field, uint64_t v)
{
	tag(b, field, 0);
	varint(b, v);
}

static void field_bytes(struct strbuf *b, int field, const void *data, size_t n)
{
	tag(b, field, 2);
	varint(b, n);
	strbuf_append(b, data, n);
}

static void field_message(struct strbuf *b, int field, struct strbuf *m)
{
	field_bytes(b, field, m->data ? m->data : "", m->len);
	strbuf_reset(m);
}

int export_pprof(FILE *in, FILE *out, const struct export_kind *k, long hz)
{
	struct profile p = { 0 };
	if (read_folded(in, &p)) {
		profile_free(&p);
		return -1;
	}
	bool cpu = !strcmp(k->name, "cpu");
	if (hz <= 0)
		hz = k->hz > 0 ? k->hz : 99;
	/* The string table: "", then the fixed strings, then frame names. */
	const char *fixed[] = { "", "samples", "count", k->type, k->unit };
	size_t nfixed = sizeof(fixed) / sizeof(fixed[0]);
	struct strbuf b = { 0 }, m = { 0 }, s = { 0 };
	/* sample_type: cpu profiles have samples/count and cpu/nanoseconds;
	 * others their one kind. */
	if (cpu) {
		field_varint(&m, 1, 1);
		field_varint(&m, 2, 2);
		field_message(&b, 1, &m);
	}
	field_varint(&m, 1, 3);
	field_varint(&m, 2, 4);
	field_message(&b, 1, &m);
	uint64_t period = cpu ? (uint64_t)(1000000000 / hz) : 1;
	for (size_t i = 0; i < p.nsamples; i++) {
		/* location ids, leaf first, packed */
		for (size_t f = p.starts[i + 1]; f-- > p.starts[i];)
			varint(&s, p.frames[f]);
		field_bytes(&m, 1, s.data ? s.data : "", s.len);
		strbuf_reset(&s);
		uint64_t count = (uint64_t)(p.counts[i] + 0.5);
		if (cpu) {
			varint(&s, count);
			varint(&s, count * period);
		} else {
			varint(&s, count);
		}
		field_bytes(&m, 2, s.data, s.len);
		strbuf_reset(&s);
		field_message(&b, 2, &m);
	}
	for (size_t i = 0; i < p.nnames; i++) {   /* location i+1 → function i+1 */
		field_varint(&m, 1, i + 1);
		field_varint(&s, 1, i + 1);
		field_message(&m, 4, &s);
		field_message(&b, 4, &m);
	}
	for (size_t i = 0; i < p.nnames; i++) {
		field_varint(&m, 1, i + 1);
		field_varint(&m, 2, nfixed + i);
		field_varint(&m, 3, nfixed + i);
		field_message(&b, 5, &m);
	}
	for (size_t i = 0; i < nfixed; i++)
		field_bytes(&b, 6, fixed[i], strlen(fixed[i]));
	for (size_t i = 0; i < p.nnames; i++)
		field_bytes(&b, 6, p.names[i], strlen(p.names[i]));
	if (cpu) {
		field_varint(&m, 1, 3);
		field_varint(&m, 2, 4);
		field_message(&b, 11, &m);
		field_varint(&b, 12, period);
	}
	profile_free(&p);
	/* gzip, with no name or time in the header: the same bytes each run */
	int ret = 0;
	z_stream z = { 0 };
	if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
		strbuf_free(&b);
		return -1;
	}
	unsigned char chunk[65536];
	z.next_in = (unsigned char *)(b.data ? b.data : "");
	z.avail_in = (uInt)b.len;
	int zr;
	do {
		z.next_out = chunk;
		z.avail_out = sizeof(chunk);
		zr = deflate(&z, Z_FINISH);
		size_t n = sizeof(chunk) - z.avail_out;
		if (n && fwrite(chunk, 1, n, out) != n)
			ret = -1;
	} while (zr == Z_OK);
	if (zr != Z_STREAM_END)
		ret = -1;
	deflateEnd(&z);
	strbuf_free(&b);
	strbuf_free(&m);
	strbuf_free(&s);
	return ret;
}

/* ---- speedscope ---- */

/* A JSON string on `out`, escaped as the rest of bpfscope's JSON is. */
static void put_json_string(FILE *out, const char *s)
{
	struct strbuf sb = { 0 };
	json_string(&sb, s, strlen(s));
	fputs(strbuf_str(&sb), out);
	strbuf_free(&sb);
}

int export_speedscope(FILE *in, FILE *out, const struct export_kind *k, const char *title)
{
	struct profile p = { 0 };
	if (read_folded(in, &p)) {
		profile_free(&p);
		return -1;
	}
	const char *unit = !strcmp(k->unit, "microseconds") ? "microseconds" : "none";
	fputs("{\"$schema\":\"https://www.speedscope.app/file-format-schema.json\",", out);
	fputs("\"exporter\":\"bpfscope\",\"name\":", out);
	put_json_string(out, title);
	fputs(",\"activeProfileIndex\":0,\"shared\":{\"frames\":[", out);
	for (size_t i = 0; i < p.nnames; i++) {
		fputs(i ? ",{\"name\":" : "{\"name\":", out);
		put_json_string(out, p.names[i]);
		fputc('}', out);
	}
	fputs("]},\"profiles\":[{\"type\":\"sampled\",\"name\":", out);
	put_json_string(out, title);
	fprintf(out, ",\"unit\":\"%s\",\"startValue\":0,\"endValue\":%.15g,\"samples\":[", unit,
		p.total);
	for (size_t i = 0; i < p.nsamples; i++) {
		fputs(i ? ",[" : "[", out);
		for (size_t f = p.starts[i]; f < p.starts[i + 1]; f++)
			fprintf(out, f > p.starts[i] ? ",%u" : "%u", p.frames[f] - 1);
		fputc(']', out);
	}
	fputs("],\"weights\":[", out);
	for (size_t i = 0; i < p.nsamples; i++)
		fprintf(out, i ? ",%.15g" : "%.15g", p.counts[i]);
	fputs("]}]}\n", out);
	profile_free(&p);
	return ferror(out) ? -1 : 0;
}

static const char usage[] =
	"usage: bpfscope pprof [--type KIND] [--hz N] [-o FILE] [FILE]\n"
	"       bpfscope speedscope [--type KIND] [--title TEXT] [-o FILE] [FILE]\n"
	"\n"
	"Reads folded stacks (\"root;...;leaf COUNT\", from `bpfscope fold` or\n"
	"`bpfscope flame KIND --folded`) and writes them as a pprof profile\n"
	"(profile.proto, gzipped: go tool pprof, Pyroscope, Parca) or as speedscope\n"
	"JSON. KIND says what the counts are: cpu (samples at --hz, default 99:\n"
	"samples/count and cpu/nanoseconds), offcpu or offwake (off-cpu/microseconds),\n"
	"wakeup (wakeups/count), samples (samples/count, the default).\n";

int export_main(int argc, char **argv)
{
	bool pprof = !strcmp(argv[0], "pprof");
	const struct export_kind *k = export_kind_lookup("samples");
	const char *input = NULL, *output = NULL, *title = "bpfscope profile";
	long hz = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			return 0;
		}
		if ((!strcmp(a, "--type") || !strcmp(a, "--hz") || !strcmp(a, "-o") ||
		     !strcmp(a, "--title")) && !v) {
			fprintf(stderr, "bpfscope %s: %s needs a value\n", argv[0], a);
			return 1;
		}
		if (!strcmp(a, "--type")) {
			if (!(k = export_kind_lookup(v))) {
				fprintf(stderr, "bpfscope %s: unknown --type '%s': cpu, offcpu, offwake, "
					"wakeup or samples\n", argv[0], v);
				return 1;
			}
			i++;
		} else if (!strcmp(a, "--hz")) {
			hz = strtol(v, NULL, 10);
			i++;
		} else if (!strcmp(a, "-o")) {
			output = v;
			i++;
		} else if (!strcmp(a, "--title")) {
			title = v;
			i++;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "bpfscope %s: unknown option '%s' (see bpfscope %s --help)\n",
				argv[0], a, argv[0]);
			return 1;
		} else {
			input = a;
		}
	}
	FILE *in = input && strcmp(input, "-") ? fopen(input, "re") : stdin;
	if (!in) {
		fprintf(stderr, "bpfscope %s: cannot read %s: %m\n", argv[0], input);
		return 1;
	}
	FILE *out = output ? fopen(output, "we") : stdout;
	if (!out) {
		fprintf(stderr, "bpfscope %s: cannot write %s: %m\n", argv[0], output);
		if (in != stdin)
			fclose(in);
		return 1;
	}
	int r = pprof ? export_pprof(in, out, k, hz) : export_speedscope(in, out, k, title);
	if (in != stdin)
		fclose(in);
	if (out != stdout && fclose(out))
		r = -1;
	return r ? 1 : 0;
}
