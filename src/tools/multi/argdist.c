/* argdist: histograms (-H) and frequency counts (-C) of function
 * arguments, return values and tracepoint fields, as bcc's argdist. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tools/multi/multi_impl.h"

static const struct multi_opt opts[] = {
	{ 'p', "pid", "PID", "id of the process to trace" },
	{ 'z', "string-size", "STRING_SIZE", "maximum string size to read from char* arguments" },
	{ 'i', "interval", "INTERVAL", "output interval, in seconds (default 1)" },
	{ 'd', "duration", "DURATION", "total duration of trace, in seconds" },
	{ 'n', "number", "COUNT", "number of outputs" },
	{ 'c', "cumulative", NULL, "do not clear histograms and freq counts at each interval" },
	{ 'T', "top", "TOP", "number of top results to show (not applicable to histograms)" },
	{ 'H', "histogram", "specifier", "probe specifier to capture histogram of" },
	{ 'C', "count", "specifier", "probe specifier to capture count of" },
	{ 0, NULL, NULL, NULL },
};

#define MAX_SPECS 16
#define MAX_EXPRS 8
#define MAX_BUCKETS 66

struct spec_out {
	bool hist;
	char *exprs[MAX_EXPRS];     /* as written, for the EVENT column and the header */
	int nexprs;
	/* the histogram being read */
	uint64_t buckets[MAX_BUCKETS];
	bool rows;                  /* a bucket line was read */
};

struct argdist_filter {
	struct spec_out specs[MAX_SPECS];
	int nspecs;
	int current;                /* the map being printed, -1: none */
};

/* "[4, 8)" -> 4, "[1K, 2K)" -> 1024, "[0]" -> 0; -1 for "(..., 0)". */
static int64_t bucket_low(const char *label)
{
	if (label[0] != '[')
		return -1;
	char *end;
	long long v = strtoll(label + 1, &end, 10);
	static const char units[] = "KMGTPE";
	const char *u = *end ? strchr(units, *end) : NULL;
	if (u)
		for (int i = 0; i <= u - units; i++)
			v *= 1024;
	return v < 0 ? -1 : v;
}

static int log2_index(int64_t low)
{
	int i = 1;
	while (low > 1) {
		low >>= 1;
		i++;
	}
	return i;
}

static void put_hist(struct spec_out *s, FILE *out)
{
	int max = 0;
	uint64_t val_max = 0;
	for (int i = 1; i < MAX_BUCKETS; i++)
		if (s->buckets[i]) {
			max = i;
			if (s->buckets[i] > val_max)
				val_max = s->buckets[i];
		}
	fprintf(out, "     %-19s : count     distribution\n", s->nexprs ? s->exprs[0] : "");
	for (int i = 1; i <= max; i++) {
		uint64_t low = (1ULL << i) >> 1, high = (1ULL << i) - 1;
		if (low == high)
			low--;
		int stars = val_max ? (int)(s->buckets[i] * 40 / val_max) : 0;
		fprintf(out, "%10llu -> %-10llu : %-8llu |%-40.*s|\n", (unsigned long long)low,
			(unsigned long long)high, (unsigned long long)s->buckets[i], stars,
			"****************************************");
	}
	memset(s->buckets, 0, sizeof(s->buckets));
}

/* "@c0[16, sh]: 3" -> "        3          size = 16, comm = sh" */
static void put_count(const struct spec_out *s, const char *line, FILE *out)
{
	const char *open = strchr(line, '[');
	const char *close = strrchr(line, ']');
	if (!open || !close || close < open) {
		fprintf(out, "%s\n", line);
		return;
	}
	fprintf(out, "        %-10s ", !strncmp(close, "]: ", 3) ? close + 3 : "");
	const char *v = open + 1;
	for (int k = 0; k < s->nexprs; k++) {
		const char *end = k + 1 < s->nexprs ? strstr(v, ", ") : close;
		if (!end || end > close)
			end = close;
		fprintf(out, "%s%s = %.*s", k ? ", " : "", s->exprs[k], (int)(end - v), v);
		v = end + (end < close ? 2 : 0);
	}
	fputc('\n', out);
}

static void filter_line(void *ctx, const char *line, FILE *out)
{
	struct argdist_filter *f = ctx;
	int k;
	char kind;
	if (line[0] == '@' && sscanf(line, "@%c%d", &kind, &k) == 2 && k >= 0 && k < f->nspecs) {
		struct spec_out *s = &f->specs[k];
		if (s->hist) {
			f->current = k;
			s->rows = false;
			return;
		}
		put_count(s, line, out);
		return;
	}
	if (f->current >= 0) {
		struct spec_out *s = &f->specs[f->current];
		if (line[0] == '[' || line[0] == '(') {
			int64_t low = bucket_low(line);
			const char *count = strchr(line, ')') ? strchr(line, ')') : strchr(line, ']');
			s->rows = true;
			if (low >= 0 && count) {
				int i = log2_index(low);
				if (i < MAX_BUCKETS)
					s->buckets[i] += strtoull(count + 1, NULL, 10);
			}
			return;
		}
		/* an emptied map prints its name alone */
		if (s->rows)
			put_hist(s, out);
		f->current = -1;
		if (!line[0])
			return;
	}
	fprintf(out, "%s\n", line);
}

static void filter_end(void *ctx, FILE *out)
{
	struct argdist_filter *f = ctx;
	if (f->current >= 0 && f->specs[f->current].rows)
		put_hist(&f->specs[f->current], out);
	f->current = -1;
}

/* The bpftrace value of `expr` given bcc's type: strings through str(),
 * integers cast to their width. */
static void put_typed(struct strbuf *out, const char *type, const char *expr)
{
	const char *cast = bcc_int_type(type);
	if (strchr(type, '*') && strstr(type, "char"))
		strbuf_printf(out, "str(%s)", expr);
	else if (cast)
		strbuf_printf(out, "(%s)(%s)", cast, expr);
	else
		strbuf_puts(out, expr);
}

/* Splits text[0, len) at top-level commas. */
static int split_list(const char *text, size_t len, size_t base, size_t *starts, size_t *lens,
		      int max)
{
	int n = 0;
	size_t start = 0, end;
	do {
		end = bcc_find_top(text, len, start, ",");
		if (n == max)
			return -1;
		const char *s = text + start;
		size_t l = end - start;
		bcc_trim(&s, &l);
		starts[n] = base + (size_t)(s - text);
		lens[n++] = l;
		start = end + 1;
	} while (end < len);
	return n;
}

struct spec_parts {
	size_t type_at, type_len, expr_at, expr_len, filter_at, filter_len;
};

/* Where the #label starts, or the end of the specifier. */
static size_t label_start(const char *arg, size_t from)
{
	return bcc_find_top(arg, strlen(arg), from, "#");
}

/* After the probe: [:type[,type]:expr[,expr][:filter]][#label] */
static int split_rest(const char *tool, const char *arg, size_t at, struct spec_parts *sp)
{
	memset(sp, 0, sizeof(*sp));
	size_t end = label_start(arg, at);
	if (at == end)
		return 0;
	if (arg[at] != ':')
		return multi_error(tool, arg, at, end - at, "expected ':type:expression' here");
	size_t fields[3], lens[3];
	int n = 0;
	size_t start = at + 1, i;
	do {
		i = bcc_find_top(arg, end, start, ":");
		if (n == 3)
			return multi_error(tool, arg, start - 1, end - start + 1,
					   "too many ':'-separated fields");
		fields[n] = start;
		lens[n++] = i - start;
		start = i + 1;
	} while (i < end);
	if (n < 2)
		return multi_error(tool, arg, at, end - at,
				   "a type needs an expression: ':type:expression'");
	sp->type_at = fields[0];
	sp->type_len = lens[0];
	sp->expr_at = fields[1];
	sp->expr_len = lens[1];
	if (n == 3) {
		sp->filter_at = fields[2];
		sp->filter_len = lens[2];
	}
	return 0;
}

struct gen {
	const char *tool;
	long pid;
	struct strbuf decl, ticks, end;
	struct argdist_filter *filter;
};

/* :type[,type]:expr[,expr] (without them: 1, or $retval in a return
 * probe, as u64) into `value`, the map's key or the histogram's value;
 * the expressions as written go to `so` for the output. */
static int read_values(struct gen *g, const char *arg, const struct spec_parts *sp, bool hist,
		       struct bcc_expr_env *env, struct spec_out *so, struct strbuf *value)
{
	size_t tstart[MAX_EXPRS], tlen[MAX_EXPRS], estart[MAX_EXPRS], elen[MAX_EXPRS];
	bool given = sp->type_len || sp->expr_len;
	int nexprs = 1;
	if (given) {
		int ntypes = split_list(arg + sp->type_at, sp->type_len, sp->type_at, tstart, tlen,
					MAX_EXPRS);
		nexprs = split_list(arg + sp->expr_at, sp->expr_len, sp->expr_at, estart, elen,
				    MAX_EXPRS);
		if (ntypes < 0 || nexprs < 0)
			return multi_error(g->tool, arg, sp->type_at, sp->type_len,
					   "too many expressions");
		if (ntypes != nexprs)
			return multi_error(g->tool, arg, sp->type_at,
					   sp->expr_at + sp->expr_len - sp->type_at,
					   "%d type%s for %d expression%s", ntypes, ntypes == 1 ? "" : "s",
					   nexprs, nexprs == 1 ? "" : "s");
		if (hist && nexprs > 1)
			return multi_error(g->tool, arg, estart[1], elen[1],
					   "a histogram (-H) takes one expression");
	}
	for (int e = 0; e < nexprs; e++) {
		const char *type = "u64", *text = bcc_probe_is_return(env->probe) ? "$retval" : "1";
		char tbuf[96];
		size_t len = strlen(text), col = 0;
		if (given) {
			snprintf(tbuf, sizeof(tbuf), "%.*s", (int)tlen[e], arg + tstart[e]);
			type = tbuf;
			text = arg + estart[e];
			len = elen[e];
			col = estart[e];
		}
		if (!len)
			return multi_error(g->tool, arg, col, 1, "an expression is missing");
		struct strbuf rewritten = STRBUF_INIT;
		int err = bcc_expr_rewrite(g->tool, arg, col, text, len, env, &rewritten);
		if (!err) {
			if (e)
				strbuf_puts(value, ", ");
			put_typed(value, type, strbuf_str(&rewritten));
			so->exprs[so->nexprs++] = strndup(text, len);
		}
		strbuf_free(&rewritten);
		if (err)
			return 1;
	}
	return 0;
}

/* The return probe's $latency and $entry() come from its entry, which
 * saves them per thread. */
static void put_entry_probe(struct gen *g, const struct bcc_probe *probe,
			    const struct bcc_expr_env *env)
{
	struct strbuf *d = &g->decl;
	struct bcc_probe at_entry = *probe;
	at_entry.kind = probe->kind == BCC_KRETPROBE ? BCC_KPROBE : BCC_UPROBE;
	strbuf_puts(d, "\n");
	bcc_probe_attach_point(&at_entry, d);
	strbuf_putc(d, '\n');
	if (g->pid)
		strbuf_printf(d, "/pid == %ld/\n", g->pid);
	strbuf_puts(d, "{\n");
	if (env->used_latency)
		strbuf_printf(d, "\t@%s_start[tid] = nsecs;\n", env->map_prefix);
	char names[BCC_MAX_PARAMS][64], types[BCC_MAX_PARAMS][96];
	int np = probe->signature ? bcc_signature_params(probe->signature, names, types,
							 BCC_MAX_PARAMS) : 0;
	for (int e = 0; e < env->nused_entry; e++)
		for (int q = 0; q < np; q++)
			if (!strcmp(names[q], env->used_entry[e]))
				strbuf_printf(d, "\t@%s_entry_%s[tid] = arg%d;\n", env->map_prefix,
					      names[q], q);
	strbuf_puts(d, "}\n");
}

/* The probe that adds to map k: @hK = hist(value) or @cK[value] = count() */
static void put_spec_probe(struct gen *g, const char *arg, const struct bcc_probe *probe,
			   const struct bcc_expr_env *env, bool hist, int k, const char *filter,
			   const char *value)
{
	struct strbuf *d = &g->decl;
	const char *prefix = env->map_prefix;
	bool entry = env->used_latency || env->nused_entry;
	strbuf_printf(d, "\n/* %s '", hist ? "-H" : "-C");
	multi_put_in_comment(d, arg);
	strbuf_puts(d, "' */\n");
	bcc_probe_attach_point(probe, d);
	strbuf_putc(d, '\n');
	if (g->pid)
		strbuf_printf(d, "/pid == %ld/\n", g->pid);
	strbuf_puts(d, "{\n");
	const char *indent = "\t";
	if (entry) {
		if (env->used_latency)
			strbuf_printf(d, "\tif (has_key(@%s_start, tid)) {\n", prefix);
		else
			strbuf_printf(d, "\tif (has_key(@%s_entry_%s, tid)) {\n", prefix,
				      env->used_entry[0]);
		indent = "\t\t";
	}
	if (*filter)
		strbuf_printf(d, "%sif (%s) {\n%s\t", indent, filter, indent);
	else
		strbuf_puts(d, indent);
	if (hist)
		strbuf_printf(d, "@h%d = hist(%s);\n", k, value);
	else
		strbuf_printf(d, "@c%d[%s] = count();\n", k, value);
	if (*filter)
		strbuf_printf(d, "%s}\n", indent);
	if (entry) {
		strbuf_puts(d, "\t}\n");
		if (env->used_latency)
			strbuf_printf(d, "\tdelete(@%s_start[tid]);\n", prefix);
		for (int e = 0; e < env->nused_entry; e++)
			strbuf_printf(d, "\tdelete(@%s_entry_%s[tid]);\n", prefix, env->used_entry[e]);
	}
	strbuf_puts(d, "}\n");
}

static int add_spec(struct gen *g, const char *arg, bool hist, int k)
{
	struct bcc_probe probe;
	if (bcc_probe_parse(g->tool, arg, BCC_FORM_ARGDIST, &probe))
		return 1;
	char prefix[16];
	snprintf(prefix, sizeof(prefix), "a%d", k);
	struct bcc_expr_env env = { .probe = &probe, .map_prefix = prefix };
	struct strbuf filter = STRBUF_INIT, value = STRBUF_INIT;
	struct spec_out *so = &g->filter->specs[k];
	so->hist = hist;
	struct spec_parts sp;
	int status = split_rest(g->tool, arg, probe.end, &sp) ||
		     read_values(g, arg, &sp, hist, &env, so, &value) ||
		     (sp.filter_len && bcc_expr_rewrite(g->tool, arg, sp.filter_at, arg + sp.filter_at,
							sp.filter_len, &env, &filter));
	if (!status) {
		if (env.used_latency || env.nused_entry)
			put_entry_probe(g, &probe, &env);
		put_spec_probe(g, arg, &probe, &env, hist, k, strbuf_str(&filter),
			       strbuf_str(&value));
	}
	strbuf_free(&filter);
	strbuf_free(&value);
	bcc_probe_free(&probe);
	return status;
}

static void put_label(struct strbuf *s, const char *arg)
{
	size_t hash = label_start(arg, 0);
	const char *text = arg[hash] ? arg + hash + 1 : arg;
	strbuf_puts(s, "\tprintf(\"%s\\n\", \"");
	for (const char *c = text; *c; c++) {
		if (*c == '"' || *c == '\\')
			strbuf_putc(s, '\\');
		strbuf_putc(s, *c);
	}
	strbuf_puts(s, "\");\n");
}

static int run(const struct multi_tool *t, const struct multi_cmdline *c)
{
	long pid = multi_opt_number(t, c, "pid");
	long interval = multi_opt_number(t, c, "interval");
	long number = multi_opt_number(t, c, "number");
	long top = multi_opt_number(t, c, "top");
	long duration = multi_opt_number(t, c, "duration");
	if (pid < 0 || interval < 0 || number < 0 || top < 0 || duration < 0)
		return 1;
	if (!interval)
		interval = 1;
	bool cumulative = multi_opt_set(t, c, "cumulative");
	struct argdist_filter *f = calloc(1, sizeof(*f));
	if (!f)
		return 1;
	f->current = -1;
	struct gen g = { .tool = t->name, .pid = pid, .filter = f };
	struct multi_run r = { .tool = t->name, .cmdline = c, .filter_line = filter_line,
			       .filter_end = filter_end, .filter_ctx = f };
	int status = 1;
	/* -H and -C each take one or more specifiers: the arguments after
	 * one belong to it, as in bcc. */
	int kind = -1, k = 0;
	struct strbuf print = STRBUF_INIT;
	for (int i = 0; i < c->nitems; i++) {
		const struct multi_item *it = &c->items[i];
		bool is_h = it->opt >= 0 && !strcmp(opts[it->opt].long_name, "histogram");
		bool is_c = it->opt >= 0 && !strcmp(opts[it->opt].long_name, "count");
		if (it->opt >= 0 && !is_h && !is_c) {
			kind = -1;
			continue;
		}
		if (it->opt >= 0)
			kind = is_h;
		if (kind < 0) {
			multi_error(t->name, NULL, 0, 0, "'%s' must follow -H or -C", it->value);
			goto out;
		}
		if (k == MAX_SPECS) {
			multi_error(t->name, NULL, 0, 0, "at most %d specifiers", MAX_SPECS);
			goto out;
		}
		if (add_spec(&g, it->value, kind == 1, k))
			goto out;
		put_label(&print, it->value);
		if (kind == 1)
			strbuf_printf(&print, "\tprint(@h%d);\n", k);
		else if (top)
			strbuf_printf(&print, "\tprintf(\"        COUNT      EVENT\\n\");\n\tprint(@c%d, %ld);\n",
				      k, top);
		else
			strbuf_printf(&print, "\tprintf(\"        COUNT      EVENT\\n\");\n\tprint(@c%d);\n", k);
		if (!cumulative)
			strbuf_printf(&print, "\tclear(@%c%d);\n", kind == 1 ? 'h' : 'c', k);
		strbuf_printf(&g.end, "\tclear(@%c%d);\n", kind == 1 ? 'h' : 'c', k);
		k++;
	}
	f->nspecs = k;
	if (!k) {
		fprintf(stderr, "bpfscope %s: give at least one -H or -C specifier\n"
			"usage: bpfscope %s %s\n", t->name, t->name, t->usage);
		goto out;
	}
	struct strbuf *p = &r.program;
	strbuf_puts(p, "/* bpfscope argdist */\n");
	strbuf_puts(p, strbuf_str(&g.decl));
	strbuf_printf(p, "\ninterval:s:%ld\n{\n\ttime(\"[%%H:%%M:%%S]\\n\");\n%s", interval,
		      strbuf_str(&print));
	if (number)
		strbuf_printf(p, "\t@ticks = @ticks + 1;\n\tif (@ticks >= %ld) {\n"
			      "\t\t@printed = 1;\n\t\texit();\n\t}\n", number);
	/* a run cut short (Ctrl-C, --cmd, -d) prints what it has so far */
	const char *in = number ? "\t" : "";
	strbuf_puts(p, "}\n\nEND\n{\n");
	if (number)
		strbuf_puts(p, "\tif (@printed == 0) {\n");
	strbuf_printf(p, "%s\ttime(\"[%%H:%%M:%%S]\\n\");\n", in);
	for (const char *l = strbuf_str(&print); *l;) {
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l + 1) : strlen(l);
		strbuf_printf(p, "%s%.*s", in, (int)n, l);
		l += n;
	}
	if (number)
		strbuf_puts(p, "\t}\n\tclear(@ticks);\n\tclear(@printed);\n");
	strbuf_printf(p, "%s}\n", strbuf_str(&g.end));
	r.pid = pid;
	r.duration = duration;
	status = multi_exec(&r);
out:
	strbuf_free(&print);
	strbuf_free(&g.decl);
	strbuf_free(&g.end);
	strbuf_free(&r.program);
	for (int i = 0; i < MAX_SPECS; i++)
		for (int e = 0; e < f->specs[i].nexprs; e++)
			free(f->specs[i].exprs[e]);
	free(f);
	return status;
}

const struct multi_tool multi_argdist = {
	.name = "argdist",
	.summary = "histograms and counts of function arguments, return values and tracepoint fields.",
	.cls = 'P',
	.usage = "[-p PID] [-i INTERVAL] [-d DURATION] [-n COUNT] [-c] [-T TOP] [-v] "
		 "[-H specifier [specifier ...]] [-C specifier [specifier ...]]",
	.details =
		"specifier, as bcc's argdist takes it:\n"
		"  {p,r,t,u}:{[library],category}:function(signature)"
		"[:type[,type...]:expr[,expr...][:filter]][#label]\n"
		"  p, r     entry and return of a function (no library: a kernel function)\n"
		"  t        a tracepoint: args->field, args.field or the bare field name\n"
		"  u        a USDT probe (arg1, arg2, ...); where the library has none of that\n"
		"           name, its function\n"
		"In return probes: $retval, $latency (ns) and $entry(param). Everywhere: $PID,\n"
		"$pid, $tgid, $uid, $gid, $cpu, the signature's names.\n"
		"\nClass P: p:/r: kernel functions need kprobes (this kernel may lack them).\n"
		"Differs from upstream: -z and -I are not supported; a histogram of values\n"
		"below 2 is drawn in one '0 -> 1' row, negative values are left out.\n",
	.opts = opts,
	.run = run,
};
