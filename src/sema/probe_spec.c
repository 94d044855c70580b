/* Attach-point specs for the bpftrace 0.26 probe syntax.
 *
 * One attach point is split on ':' (outside double quotes) into fields; the
 * first field names the provider, the rest are checked and stored by a
 * per-provider routine. Everything here is text work: whether a function,
 * binary or tracepoint exists is decided later, against the kernel.
 *
 * Field conventions (see docs/probe-spec-notes.md):
 *   target  tracepoint category, kprobe/fentry/rawtracepoint module, binary,
 *           iter name, software/hardware event, test/bench name, "signal"
 *   ns      usdt provider namespace, uprobe language ("cpp")
 *   func    function, tracepoint event, usdt probe, signal name, iter pin
 *   address uprobe absolute address, watchpoint address, fentry:bpf prog id
 */
#include "sema/probe_spec.h"

#include "providers/perf_events.h"

#include "sema/stdlib.h"
#include "sema/suggest.h"
#include "util/arena.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* ---- provider table ---- */

static const struct provider_info provider_table[PROV_COUNT] = {
	[PROV_BEGIN] = { PROV_BEGIN, "begin", { "BEGIN" }, "begin", PK_BEGIN_END },
	[PROV_END] = { PROV_END, "end", { "END" }, "end", PK_BEGIN_END },
	[PROV_SELF] = { PROV_SELF, "self", { NULL }, "self:signal:SIGNAL", PK_BEGIN_END },
	[PROV_TEST] = { PROV_TEST, "test", { "TEST" }, "test:name", PK_BEGIN_END },
	[PROV_BENCH] = { PROV_BENCH, "bench", { "BENCH" }, "bench:name", PK_BEGIN_END },
	[PROV_TRACEPOINT] = { PROV_TRACEPOINT, "tracepoint", { "t" },
			      "tracepoint:category:name", PK_TRACEPOINT },
	[PROV_RAWTRACEPOINT] = { PROV_RAWTRACEPOINT, "rawtracepoint", { "rt" },
				 "rawtracepoint[:module]:event", PK_RAWTP },
	[PROV_KPROBE] = { PROV_KPROBE, "kprobe", { "k" },
			  "kprobe[:module]:function[+offset]", PK_KPROBE },
	[PROV_KRETPROBE] = { PROV_KRETPROBE, "kretprobe", { "kr" },
			     "kretprobe[:module]:function", PK_KRETPROBE },
	[PROV_FENTRY] = { PROV_FENTRY, "fentry", { "f", "kfunc" },
			  "fentry[:module]:function or fentry:bpf[:prog_id]:prog_name", PK_FENTRY },
	[PROV_FEXIT] = { PROV_FEXIT, "fexit", { "fr", "kretfunc" },
			 "fexit[:module]:function or fexit:bpf[:prog_id]:prog_name", PK_FEXIT },
	[PROV_UPROBE] = { PROV_UPROBE, "uprobe", { "u" },
			  "uprobe:binary[:cpp]:function[+offset] or uprobe:binary:address",
			  PK_UPROBE },
	[PROV_URETPROBE] = { PROV_URETPROBE, "uretprobe", { "ur" },
			     "uretprobe:binary[:cpp]:function or uretprobe:binary:address",
			     PK_URETPROBE },
	[PROV_USDT] = { PROV_USDT, "usdt", { "U" }, "usdt:binary[:provider]:probe", PK_USDT },
	[PROV_PROFILE] = { PROV_PROFILE, "profile", { "p" },
			   "profile:hz:rate, profile:unit:period (s, ms, us, ns) or profile:duration",
			   PK_PROFILE },
	[PROV_INTERVAL] = { PROV_INTERVAL, "interval", { "i" },
			    "interval:unit:period (s, ms, us, ns), interval:hz:rate or interval:duration",
			    PK_INTERVAL },
	[PROV_SOFTWARE] = { PROV_SOFTWARE, "software", { "s" }, "software:event[:count]",
			    PK_SOFTWARE },
	[PROV_HARDWARE] = { PROV_HARDWARE, "hardware", { "h" }, "hardware:event[:count]",
			    PK_SOFTWARE },
	[PROV_WATCHPOINT] = { PROV_WATCHPOINT, "watchpoint", { "w" },
			      "watchpoint:address:length:mode", PK_WATCHPOINT },
	[PROV_ASYNCWATCHPOINT] = { PROV_ASYNCWATCHPOINT, "asyncwatchpoint", { "aw" },
				   "asyncwatchpoint (removed in bpftrace 0.25)", PK_WATCHPOINT },
	[PROV_ITER] = { PROV_ITER, "iter", { "it" }, "iter:name[:pin]", PK_ITER },
};

const struct provider_info *provider_info(enum provider id)
{
	if (id <= PROV_INVALID || id >= PROV_COUNT)
		return NULL;
	return &provider_table[id];
}

const struct provider_info *provider_lookup(const char *name)
{
	if (!name || !*name)
		return NULL;
	for (int i = PROV_INVALID + 1; i < PROV_COUNT; i++) {
		const struct provider_info *p = &provider_table[i];
		if (!strcmp(p->name, name))
			return p;
		for (int j = 0; j < 3 && p->aliases[j]; j++)
			if (!strcmp(p->aliases[j], name))
				return p;
	}
	return NULL;
}

/* ---- small helpers ---- */

/* ---- lexing the attach point into fields ---- */

#define MAX_PARTS 16

struct part {
	char *s;     /* text with quotes removed, NUL-terminated */
	size_t len;
	int col;     /* column in the original text where the field starts */
	int *cols;   /* column of each character of s */
	bool *lit;   /* the character came from inside quotes */
	bool quoted; /* the field had quotes somewhere */
};

struct ctx {
	struct arena *arena;
	const char *text;
	int text_len;
	struct part parts[MAX_PARTS];
	int n;    /* number of fields, provider included */
	int args; /* n - 1 */
	const struct provider_info *info;
	int not_wild; /* a field whose '*' means "any" rather than a pattern */
	struct probe_spec *out;
	const char *err;
	int err_col;
};

static bool fail(struct ctx *c, int col, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static bool fail(struct ctx *c, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	c->err = arena_vprintf(c->arena, fmt, ap);
	va_end(ap);
	c->err_col = col < 0 ? 0 : col;
	return false;
}

static bool lex_fields(struct ctx *c)
{
	const char *t = c->text;
	size_t tlen = strlen(t);
	/* Every field's buffers are sized for the whole text: simple, and an
	 * attach point is short. */
	c->n = 0;
	struct part *cur = NULL;
	bool in_quote = false;
	int quote_col = 0;
	for (size_t i = 0;; i++) {
		if (!cur) {
			if (c->n == MAX_PARTS)
				return fail(c, (int)i - 1, "too many ':'-separated fields in attach point");
			cur = &c->parts[c->n++];
			cur->s = arena_alloc(c->arena, tlen + 1);
			cur->cols = arena_alloc(c->arena, (tlen + 1) * sizeof(int));
			cur->lit = arena_alloc(c->arena, tlen + 1);
			cur->len = 0;
			cur->col = (int)i;
			cur->quoted = false;
		}
		char ch = t[i];
		if (!ch)
			break;
		if (in_quote) {
			if (ch == '\\' && t[i + 1]) {
				cur->cols[cur->len] = (int)i + 1;
				cur->lit[cur->len] = true;
				cur->s[cur->len++] = t[++i];
			} else if (ch == '"') {
				in_quote = false;
			} else {
				cur->cols[cur->len] = (int)i;
				cur->lit[cur->len] = true;
				cur->s[cur->len++] = ch;
			}
			continue;
		}
		if (ch == '"') {
			in_quote = true;
			quote_col = (int)i;
			cur->quoted = true;
		} else if (ch == ':') {
			cur->s[cur->len] = '\0';
			cur = NULL;
		} else if (isspace((unsigned char)ch)) {
			return fail(c, (int)i, "unexpected blank space in attach point");
		} else {
			cur->cols[cur->len] = (int)i;
			cur->lit[cur->len] = false;
			cur->s[cur->len++] = ch;
		}
	}
	if (in_quote)
		return fail(c, quote_col, "unterminated quoted string in attach point");
	cur->s[cur->len] = '\0';
	c->args = c->n - 1;
	return true;
}

static bool part_wild(const struct part *p)
{
	for (size_t i = 0; i < p->len; i++)
		if ((p->s[i] == '*' || p->s[i] == '?') && !p->lit[i])
			return true;
	return false;
}

static bool any_wild(const struct ctx *c, int from)
{
	for (int i = from; i < c->n; i++)
		if (i != c->not_wild && part_wild(&c->parts[i]))
			return true;
	return false;
}

/* The column of character `i` of a field (or of its end). */
static int part_col(const struct part *p, size_t i)
{
	if (i < p->len)
		return p->cols[i];
	if (p->len)
		return p->cols[p->len - 1] + 1;
	return p->col;
}

/* Fields from..n-1 joined back with ':' (for C++ names like ns::fn). */
static struct part join_parts(struct ctx *c, int from)
{
	size_t total = 0;
	for (int i = from; i < c->n; i++)
		total += c->parts[i].len + 1;
	struct part j = { 0 };
	j.s = arena_alloc(c->arena, total + 1);
	j.cols = arena_alloc(c->arena, (total + 1) * sizeof(int));
	j.lit = arena_alloc(c->arena, total + 1);
	j.col = c->parts[from].col;
	for (int i = from; i < c->n; i++) {
		const struct part *p = &c->parts[i];
		if (i > from) {
			j.cols[j.len] = p->col - 1;
			j.lit[j.len] = false;
			j.s[j.len++] = ':';
		}
		memcpy(j.s + j.len, p->s, p->len);
		memcpy(j.cols + j.len, p->cols, p->len * sizeof(int));
		memcpy(j.lit + j.len, p->lit, p->len);
		j.len += p->len;
		j.quoted |= p->quoted;
	}
	j.s[j.len] = '\0';
	return j;
}

static const char *dup_part(struct ctx *c, const struct part *p)
{
	return arena_strndup(c->arena, p->s, p->len);
}

/* Is the field exactly `word`, written without quotes? */
static bool part_is(const struct part *p, const char *word)
{
	return !p->quoted && !strcmp(p->s, word);
}

/* ---- numbers ---- */

enum num_status {
	NUM_OK = 0,
	NUM_EMPTY,
	NUM_NOT_A_NUMBER,
	NUM_OVERFLOW,
	NUM_BAD_SUFFIX,
	NUM_DURATION_HERE,
	NUM_BAD_EXPONENT,
};

/* Integers as bpftrace writes them: decimal, 0x hex, 0b binary, 0-prefixed
 * octal, '_' separators anywhere, a scientific form <1-9>e<n>, and C
 * suffixes (u, l, ul, ll, ull, any case). Duration suffixes (ns us ms s m h
 * d, case-sensitive) scale to nanoseconds and are taken only when
 * `allow_duration`; `*duration` tells whether one was present. */
static enum num_status parse_number(const char *text, bool allow_duration, uint64_t *out,
				    bool *duration)
{
	char buf[128];
	size_t n = 0;
	for (const char *q = text; *q; q++) {
		if (*q == '_')
			continue;
		if (n + 1 >= sizeof(buf))
			return NUM_NOT_A_NUMBER;
		buf[n++] = *q;
	}
	buf[n] = '\0';
	if (duration)
		*duration = false;
	if (!n)
		return NUM_EMPTY;
	if (!isdigit((unsigned char)buf[0]))
		return NUM_NOT_A_NUMBER;

	const char *p = buf;
	unsigned base = 10;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		base = 16;
		p += 2;
	} else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) {
		base = 2;
		p += 2;
	} else if (p[0] == '0' && p[1] >= '0' && p[1] <= '7') {
		base = 8;
		p += 1;
	}
	uint64_t v = 0;
	int digits = 0;
	for (;; p++) {
		unsigned d;
		if (*p >= '0' && *p <= '9')
			d = (unsigned)(*p - '0');
		else if (*p >= 'a' && *p <= 'f')
			d = (unsigned)(*p - 'a' + 10);
		else if (*p >= 'A' && *p <= 'F')
			d = (unsigned)(*p - 'A' + 10);
		else
			break;
		if (d >= base)
			break;
		if (v > (UINT64_MAX - d) / base)
			return NUM_OVERFLOW;
		v = v * base + d;
		digits++;
	}
	if (!digits)
		return NUM_NOT_A_NUMBER;

	if (base == 10 && (*p == 'e' || *p == 'E') && p[1] >= '1' && p[1] <= '9') {
		if (v < 1 || v > 9)
			return NUM_BAD_EXPONENT;
		p++;
		uint64_t e = 0;
		while (isdigit((unsigned char)*p)) {
			if (e < 1000)
				e = e * 10 + (uint64_t)(*p - '0');
			p++;
		}
		while (e--) {
			if (v > UINT64_MAX / 10)
				return NUM_OVERFLOW;
			v *= 10;
		}
	}

	if (!*p) {
		*out = v;
		return NUM_OK;
	}

	/* C integer suffixes: case-insensitive. */
	if (strspn(p, "uUlL") == strlen(p)) {
		char s[4] = { 0 };
		size_t k = strlen(p);
		if (k > 3)
			return NUM_BAD_SUFFIX;
		for (size_t i = 0; i < k; i++)
			s[i] = (char)tolower((unsigned char)p[i]);
		uint64_t max;
		if (!strcmp(s, "u"))
			max = UINT32_MAX;
		else if (!strcmp(s, "ul") || !strcmp(s, "ull"))
			max = UINT64_MAX;
		else if (!strcmp(s, "l") || !strcmp(s, "ll"))
			max = INT64_MAX;
		else
			return NUM_BAD_SUFFIX;
		if (v > max)
			return NUM_OVERFLOW;
		*out = v;
		return NUM_OK;
	}

	/* Duration suffixes: case-sensitive. */
	static const struct { const char *suffix; uint64_t ns; } durations[] = {
		{ "ns", 1ull },
		{ "us", 1000ull },
		{ "ms", 1000000ull },
		{ "s", 1000000000ull },
		{ "m", 60ull * 1000000000ull },
		{ "h", 3600ull * 1000000000ull },
		{ "d", 86400ull * 1000000000ull },
	};
	for (size_t i = 0; i < sizeof(durations) / sizeof(durations[0]); i++) {
		if (strcmp(p, durations[i].suffix))
			continue;
		if (!allow_duration)
			return NUM_DURATION_HERE;
		if (v > UINT64_MAX / durations[i].ns)
			return NUM_OVERFLOW;
		*out = v * durations[i].ns;
		if (duration)
			*duration = true;
		return NUM_OK;
	}
	return NUM_BAD_SUFFIX;
}

static const char *num_problem(enum num_status st)
{
	switch (st) {
	case NUM_OK:
		return "ok";
	case NUM_EMPTY:
		return "the number is missing";
	case NUM_NOT_A_NUMBER:
		return "not a number";
	case NUM_OVERFLOW:
		return "the number is too large";
	case NUM_BAD_SUFFIX:
		return "invalid suffix after the number";
	case NUM_DURATION_HERE:
		return "a duration suffix is not allowed here";
	case NUM_BAD_EXPONENT:
		return "scientific notation needs a coefficient from 1 to 9, e.g. 1e6";
	}
	return "invalid number";
}

/* ---- shared field checks ---- */

static bool too_many(struct ctx *c, int first_extra)
{
	return fail(c, c->parts[first_extra].col, "too many fields for a %s probe: expected %s",
		    c->info->name, c->info->syntax);
}

/* The column to blame when fields are missing: the arguments if any, or
 * the provider name. */
static int missing_col(const struct ctx *c)
{
	return c->args > 0 ? c->parts[1].col : 0;
}

static bool need_nonempty(struct ctx *c, const struct part *p, const char *what)
{
	if (p->len)
		return true;
	return fail(c, p->col, "empty %s in %s probe: expected %s", what, c->info->name,
		    c->info->syntax);
}

static bool no_wildcards(struct ctx *c, int from, const char *kind)
{
	for (int i = from; i < c->n; i++) {
		const struct part *p = &c->parts[i];
		for (size_t k = 0; k < p->len; k++)
			if ((p->s[k] == '*' || p->s[k] == '?') && !p->lit[k])
				return fail(c, p->cols[k], "wildcards are not allowed in %s probes",
					    kind);
	}
	return true;
}

/* `func[+offset]`: splits at an unquoted '+'. */
static bool func_and_offset(struct ctx *c, const struct part *p, bool allow_offset)
{
	const char *kind = c->info->name;
	int plus = -1, second = -1;
	for (size_t i = 0; i < p->len; i++) {
		if (p->s[i] != '+' || p->lit[i])
			continue;
		if (plus < 0)
			plus = (int)i;
		else if (second < 0)
			second = (int)i;
	}
	if (plus < 0) {
		if (!p->len)
			return fail(c, p->col, "%s probe needs a function name: %s", kind,
				    c->info->syntax);
		c->out->func = dup_part(c, p);
		return true;
	}
	if (!allow_offset)
		return fail(c, p->cols[plus],
			    "%s probes cannot take an offset (only kprobe and uprobe can)", kind);
	if (second >= 0)
		return fail(c, p->cols[second], "only one '+offset' is allowed after a function");
	if (plus == 0)
		return fail(c, p->cols[plus], "missing function name before '+offset'");
	const char *off = p->s + plus + 1;
	if (!*off)
		return fail(c, p->cols[plus], "missing offset after '+'");
	uint64_t v;
	enum num_status st = parse_number(off, false, &v, NULL);
	if (st != NUM_OK)
		return fail(c, part_col(p, (size_t)plus + 1), "invalid offset '%s': %s", off,
			    num_problem(st));
	struct part fn = *p;
	fn.len = (size_t)plus;
	if (part_wild(&fn))
		return fail(c, p->cols[plus], "an offset cannot be combined with a wildcard function");
	c->out->func = arena_strndup(c->arena, p->s, (size_t)plus);
	c->out->offset = v;
	c->out->has_offset = true;
	return true;
}

/* ---- providers ---- */

static bool parse_no_args(struct ctx *c)
{
	if (c->args > 0)
		return fail(c, c->parts[1].col, "%s probes take no arguments", c->info->name);
	return true;
}

static const char *const signal_names[] = {
	"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGIOT", "SIGBUS",
	"SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
	"SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
	"SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPOLL", "SIGPWR",
	"SIGSYS",
};

static bool parse_self(struct ctx *c)
{
	if (c->args < 2)
		return fail(c, missing_col(c), "self probe needs a trigger and a value: %s",
			    c->info->syntax);
	if (c->args > 2)
		return too_many(c, 3);
	if (!no_wildcards(c, 1, "self"))
		return false;
	const struct part *trig = &c->parts[1], *sig = &c->parts[2];
	if (strcmp(trig->s, "signal"))
		return fail(c, trig->col, "unknown self trigger '%s': only 'signal' is supported (%s)",
			    trig->s, c->info->syntax);
	if (!need_nonempty(c, sig, "signal name"))
		return false;
	size_t nsig = sizeof(signal_names) / sizeof(signal_names[0]);
	for (size_t i = 0; i < nsig; i++)
		if (!strcmp(sig->s, signal_names[i])) {
			c->out->target = "signal";
			c->out->func = signal_names[i];
			return true;
		}
	/* "USR1" for "SIGUSR1", or a near miss. */
	char *prefixed = arena_printf(c->arena, "SIG%s", sig->s);
	struct suggester s;
	suggest_init_budget(&s, sig->s, 1);
	for (size_t i = 0; i < nsig; i++) {
		if (!strcasecmp(prefixed, signal_names[i])) {
			s.best = signal_names[i];
			break;
		}
		suggest_offer(&s, signal_names[i]);
	}
	if (s.best)
		return fail(c, sig->col, "unknown signal '%s' (did you mean '%s'?)", sig->s, s.best);
	return fail(c, sig->col, "unknown signal '%s': expected a name such as SIGUSR1", sig->s);
}

static bool parse_named(struct ctx *c)
{
	const char *kind = c->info->name;
	if (c->args < 1)
		return fail(c, missing_col(c), "%s probe needs a name: %s", kind, c->info->syntax);
	if (c->args > 1)
		return too_many(c, 2);
	if (!need_nonempty(c, &c->parts[1], "name") || !no_wildcards(c, 1, kind))
		return false;
	c->out->target = dup_part(c, &c->parts[1]);
	return true;
}

static bool parse_tracepoint(struct ctx *c)
{
	static const char need[] =
		"tracepoint probe needs a category and an event name: tracepoint:category:name";
	if (c->args == 1 && part_wild(&c->parts[1])) {
		/* t:*open* searches every category, as bpftrace does. */
		c->out->target = "*";
		c->out->func = dup_part(c, &c->parts[1]);
		return true;
	}
	if (c->args < 2)
		return fail(c, missing_col(c), "%s", need);
	if (c->args > 2)
		return too_many(c, 3);
	if (!c->parts[1].len || !c->parts[2].len)
		return fail(c, c->parts[1].len ? c->parts[2].col : c->parts[1].col, "%s", need);
	c->out->target = dup_part(c, &c->parts[1]);
	c->out->func = dup_part(c, &c->parts[2]);
	return true;
}

/* `[module:]name` for rawtracepoint, kprobe and kretprobe. */
static bool parse_module_func(struct ctx *c, bool allow_offset)
{
	const char *kind = c->info->name;
	if (c->args < 1)
		return fail(c, 0, "%s probe needs a %s: %s", kind,
			    c->info->id == PROV_RAWTRACEPOINT ? "tracepoint name" : "function name",
			    c->info->syntax);
	if (c->args > 2)
		return too_many(c, 3);
	const struct part *fn = &c->parts[c->args];
	if (c->args == 2) {
		if (!need_nonempty(c, &c->parts[1], "module"))
			return false;
		c->out->target = dup_part(c, &c->parts[1]);
	}
	if (c->info->id == PROV_RAWTRACEPOINT) {
		if (!need_nonempty(c, fn, "tracepoint name"))
			return false;
		for (size_t i = 0; i < fn->len; i++)
			if (fn->s[i] == '+' && !fn->lit[i])
				return fail(c, fn->cols[i], "rawtracepoint probes cannot take an offset");
		c->out->func = dup_part(c, fn);
		return true;
	}
	return func_and_offset(c, fn, allow_offset);
}

static bool parse_fentry(struct ctx *c)
{
	const char *kind = c->info->name;
	if (c->args < 1)
		return fail(c, 0, "%s probe needs a function name: %s", kind, c->info->syntax);
	if (c->args > 3)
		return too_many(c, 4);
	const struct part *first = &c->parts[1];
	if (part_is(first, "bpf") && c->args >= 2) {
		/* fentry:bpf[:prog_id]:prog_name attaches to a running BPF program. */
		c->out->target = "bpf";
		const struct part *name = &c->parts[c->args];
		if (c->args == 3) {
			const struct part *id = &c->parts[2];
			if (part_is(id, "*")) {
				c->not_wild = 2; /* same as leaving the id out */
			} else {
				uint64_t v;
				enum num_status st = parse_number(id->s, false, &v, NULL);
				if (st != NUM_OK)
					return fail(c, id->col,
						    "bpf program id must be a number or '*', not '%s'",
						    id->s);
				c->out->address = v;
				c->out->has_address = true;
			}
		}
		if (!need_nonempty(c, name, "bpf program name"))
			return false;
		c->out->func = dup_part(c, name);
		return true;
	}
	if (part_is(first, "bpf") && c->args == 1)
		return fail(c, first->col,
			    "the 'bpf' form of %s needs a program name: %s:bpf[:prog_id]:prog_name",
			    kind, kind);
	if (c->args == 3)
		return fail(c, c->parts[3].col,
			    "too many fields for a %s probe: only %s:bpf:prog_id:prog_name takes three",
			    kind, kind);
	const struct part *fn = &c->parts[c->args];
	if (c->args == 2) {
		if (!need_nonempty(c, first, "module"))
			return false;
		c->out->target = dup_part(c, first);
	}
	return func_and_offset(c, fn, false);
}

static bool is_uprobe_lang(const struct part *p)
{
	return part_is(p, "cpp");
}

/* uprobe:binary@file:line[:column] probes the code of one source line,
 * found through the binary's DWARF line table. */
static bool parse_statement_probe(struct ctx *c, const char *at)
{
	const struct part *first = &c->parts[1];
	const char *kind = c->info->name;
	if (c->info->id != PROV_UPROBE)
		return fail(c, first->col + (int)(at - first->s),
			    "only uprobe takes a source line (binary@file:line)");
	if (c->args > 3)
		return too_many(c, 4);
	size_t bin_len = (size_t)(at - first->s);
	size_t file_len = first->len - bin_len - 1;
	if (!bin_len || !file_len)
		return fail(c, first->col, "%s statement probe needs a binary and a source file: "
			    "%s:binary@file:line[:column]", kind, kind);
	c->out->target = arena_strndup(c->arena, first->s, bin_len);
	c->out->source_file = arena_strndup(c->arena, at + 1, file_len);
	uint64_t numbers[2] = { 0, 0 };
	for (int i = 2; i <= c->args; i++) {
		const struct part *p = &c->parts[i];
		if (parse_number(p->s, false, &numbers[i - 2], NULL) != NUM_OK || !numbers[i - 2])
			return fail(c, p->col, "%s must be a positive integer, not '%s'",
				    i == 2 ? "line" : "column", p->s);
	}
	c->out->line = numbers[0];
	c->out->column = numbers[1];
	return true;
}

static bool parse_uprobe(struct ctx *c)
{
	const char *kind = c->info->name;
	bool ret = c->info->id == PROV_URETPROBE;
	char need[160];
	snprintf(need, sizeof(need), "%s probe needs a binary and a function: %s", kind,
		 c->info->syntax);
	if (c->args < 1)
		return fail(c, 0, "%s", need);

	const struct part *first = &c->parts[1];
	const char *at = c->args >= 2 ? memchr(first->s, '@', first->len) : NULL;
	if (at && !first->lit[at - first->s])
		return parse_statement_probe(c, at);

	struct part fn;
	if (c->args == 1) {
		/* uprobe:function: the binary comes from -p/-c (target stays NULL).
		 * A lone path is a binary whose function was left out. */
		const struct part *p = &c->parts[1];
		if (!p->len || strchr(p->s, '/'))
			return fail(c, p->col, "%s", need);
		fn = *p;
	} else {
		const struct part *bin = &c->parts[1];
		if (!need_nonempty(c, bin, "binary"))
			return false;
		c->out->target = dup_part(c, bin);
		if (c->args == 2) {
			fn = c->parts[2];
		} else if (is_uprobe_lang(&c->parts[2])) {
			c->out->ns = "cpp";
			/* C++ names keep their '::' even unquoted. */
			fn = join_parts(c, 3);
		} else {
			const struct part *lang = &c->parts[2];
			return fail(c, lang->col,
				    "'%s' is not a supported language for %s probes (only 'cpp'); to "
				    "name a C++ function write %s:binary:cpp:name or quote the name",
				    lang->s, kind, kind);
		}
	}

	/* A bare number is an absolute address. */
	if (!c->out->ns && !fn.quoted && fn.len && isdigit((unsigned char)fn.s[0]) &&
	    !memchr(fn.s, '+', fn.len)) {
		uint64_t v;
		enum num_status st = parse_number(fn.s, false, &v, NULL);
		if (st == NUM_OK) {
			if (!v)
				return fail(c, fn.col, "%s address must be non-zero", kind);
			if (c->args >= 2 && part_wild(&c->parts[1]))
				return fail(c, fn.col,
					    "an absolute address cannot be used with a wildcard binary");
			c->out->address = v;
			c->out->has_address = true;
			return true;
		}
	}
	if (!fn.len)
		return fail(c, fn.col, "%s", need);
	if (!func_and_offset(c, &fn, !ret))
		return false;
	if (c->out->has_offset && !c->out->ns) {
		uint64_t v;
		if (parse_number(c->out->func, false, &v, NULL) == NUM_OK)
			return fail(c, fn.col, "an absolute address cannot take a '+offset'");
	}
	return true;
}

static bool parse_usdt(struct ctx *c)
{
	if (c->args < 1)
		return fail(c, 0, "usdt probe needs a binary and a probe name: %s", c->info->syntax);
	if (c->args > 3)
		return too_many(c, 4);
	if (c->args == 1) {
		/* usdt:probe: the binary comes from -p/-c (target stays NULL). */
		const struct part *p = &c->parts[1];
		if (!p->len || strchr(p->s, '/'))
			return fail(c, p->col, "usdt probe needs a binary and a probe name: %s",
				    c->info->syntax);
		c->out->func = dup_part(c, p);
		return true;
	}
	if (!need_nonempty(c, &c->parts[1], "binary"))
		return false;
	c->out->target = dup_part(c, &c->parts[1]);
	if (c->args == 3 && c->parts[2].len) /* empty provider: search them all */
		c->out->ns = dup_part(c, &c->parts[2]);
	if (!need_nonempty(c, &c->parts[c->args], "probe name"))
		return false;
	c->out->func = dup_part(c, &c->parts[c->args]);
	return true;
}

static const char *const time_units[] = { "s", "ms", "us", "ns", "hz" };

static const char *find_unit(const char *s)
{
	for (size_t i = 0; i < sizeof(time_units) / sizeof(time_units[0]); i++)
		if (!strcmp(s, time_units[i]))
			return time_units[i];
	return NULL;
}

/* profile and interval share their syntax. */
static bool parse_timer(struct ctx *c)
{
	const char *kind = c->info->name;
	if (c->args < 1)
		return fail(c, 0, "%s probe needs a rate or a period: %s", kind, c->info->syntax);
	if (c->args > 2)
		return too_many(c, 3);
	if (!no_wildcards(c, 1, kind))
		return false;

	if (c->args == 1) {
		/* interval:1s, interval:100ms, interval:1000000 (nanoseconds). */
		const struct part *p = &c->parts[1];
		if (find_unit(p->s))
			return fail(c, p->col, "%s probe needs a unit and a value: %s:%s:<n>", kind,
				    kind, p->s);
		uint64_t ns;
		bool dur;
		enum num_status st = parse_number(p->s, true, &ns, &dur);
		if (st == NUM_EMPTY || st == NUM_NOT_A_NUMBER || st == NUM_BAD_SUFFIX)
			return fail(c, p->col,
				    "invalid %s period '%s': expected a duration such as 1s or "
				    "100ms, or unit:value such as %s:hz:99",
				    kind, p->s, kind);
		if (st != NUM_OK)
			return fail(c, p->col, "invalid %s period '%s': %s", kind, p->s,
				    num_problem(st));
		if (ns < 1000) {
			if (!dur)
				return fail(c, p->col,
					    "%s period %s is in nanoseconds and the minimum is 1us "
					    "(for a rate write %s:hz:%s)",
					    kind, p->s, kind, p->s);
			return fail(c, p->col, "%s period %s is below the minimum of 1us", kind,
				    p->s);
		}
		static const struct { const char *unit; uint64_t ns; } scale[] = {
			{ "s", 1000000000ull }, { "ms", 1000000ull }, { "us", 1000ull }, { "ns", 1 },
		};
		for (size_t i = 0; i < sizeof(scale) / sizeof(scale[0]); i++) {
			if (ns % scale[i].ns)
				continue;
			c->out->unit = scale[i].unit;
			c->out->freq = ns / scale[i].ns;
			break;
		}
		c->out->has_freq = true;
		return true;
	}

	const struct part *u = &c->parts[1], *v = &c->parts[2];
	const char *unit = find_unit(u->s);
	if (!unit) {
		if (!u->len)
			return fail(c, u->col, "missing %s unit: expected one of s, ms, us, ns, hz",
				    kind);
		uint64_t dummy;
		if (parse_number(u->s, false, &dummy, NULL) == NUM_OK && find_unit(v->s))
			return fail(c, u->col,
				    "invalid %s unit '%s': expected one of s, ms, us, ns, hz "
				    "(did you mean %s:%s:%s?)",
				    kind, u->s, kind, v->s, u->s);
		struct suggester s;
		suggest_init(&s, u->s);
		for (size_t i = 0; i < sizeof(time_units) / sizeof(time_units[0]); i++)
			suggest_offer(&s, time_units[i]);
		static const struct { const char *word, *unit; } spelled[] = {
			{ "sec", "s" }, { "secs", "s" }, { "second", "s" }, { "seconds", "s" },
			{ "msec", "ms" }, { "msecs", "ms" }, { "usec", "us" }, { "usecs", "us" },
			{ "nsec", "ns" }, { "nsecs", "ns" }, { "Hz", "hz" }, { "HZ", "hz" },
		};
		for (size_t i = 0; i < sizeof(spelled) / sizeof(spelled[0]); i++)
			if (!strcmp(u->s, spelled[i].word))
				s.best = spelled[i].unit;
		if (s.best)
			return fail(c, u->col,
				    "invalid %s unit '%s': expected one of s, ms, us, ns, hz (did you "
				    "mean '%s'?)",
				    kind, u->s, s.best);
		return fail(c, u->col, "invalid %s unit '%s': expected one of s, ms, us, ns, hz",
			    kind, u->s);
	}
	uint64_t n;
	enum num_status st = parse_number(v->s, false, &n, NULL);
	/* With hz the number is a rate; with a time unit it is a period. */
	const char *what = strcmp(unit, "hz") ? "period" : "rate";
	if (st != NUM_OK || n == 0) {
		if (st == NUM_DURATION_HERE)
			return fail(c, v->col,
				    "%s %s must be a plain positive integer: the unit is already "
				    "'%s' (or write %s:%s alone)",
				    kind, what, unit, kind, v->s);
		if (st == NUM_OVERFLOW || st == NUM_BAD_EXPONENT)
			return fail(c, v->col, "invalid %s %s '%s': %s", kind, what, v->s,
				    num_problem(st));
		return fail(c, v->col, "%s %s must be a positive integer, not '%s'", kind, what, v->s);
	}
	c->out->unit = unit;
	c->out->freq = n;
	c->out->has_freq = true;
	return true;
}

static bool parse_perf(struct ctx *c)
{
	bool sw = c->info->id == PROV_SOFTWARE;
	const char *kind = c->info->name;
	const struct perf_event_info *ev = sw ? perf_software_events : perf_hardware_events;
	size_t nev = sw ? perf_nsoftware_events : perf_nhardware_events;

	if (c->args < 1 || !c->parts[1].len)
		return fail(c, missing_col(c), "%s probe needs an event name: %s", kind,
			    c->info->syntax);
	if (c->args > 2)
		return too_many(c, 3);
	if (!no_wildcards(c, 1, kind))
		return false;
	const struct part *e = &c->parts[1];
	if (!perf_event_lookup(!sw, e->s)) {
		if (perf_event_lookup(sw, e->s))
			return fail(c, e->col, "'%s' is a %s event: use %s:%s", e->s,
				    sw ? "hardware" : "software", sw ? "hardware" : "software", e->s);
		struct suggester s;
		suggest_init(&s, e->s);
		for (size_t i = 0; i < nev; i++) {
			suggest_offer(&s, ev[i].name);
			suggest_offer(&s, ev[i].alias);
		}
		if (s.best)
			return fail(c, e->col, "unknown %s event '%s' (did you mean '%s'?)", kind,
				    e->s, s.best);
		char list[512];
		size_t used = 0;
		list[0] = '\0';
		for (size_t i = 0; i < nev && used < sizeof(list); i++)
			used += (size_t)snprintf(list + used, sizeof(list) - used, "%s%s",
						 i ? ", " : "", ev[i].name);
		return fail(c, e->col, "unknown %s event '%s': expected one of %s", kind, e->s, list);
	}
	c->out->target = dup_part(c, e);
	if (c->args == 2 && c->parts[2].len) { /* "software:faults:" means no count */
		const struct part *v = &c->parts[2];
		uint64_t n;
		enum num_status st = parse_number(v->s, false, &n, NULL);
		if (st == NUM_OVERFLOW || st == NUM_BAD_EXPONENT)
			return fail(c, v->col, "invalid %s count '%s': %s", kind, v->s,
				    num_problem(st));
		if (st != NUM_OK || n == 0)
			return fail(c, v->col, "%s count must be a positive integer", kind);
		c->out->freq = n;
		c->out->has_freq = true;
	}
	return true;
}

static bool parse_watchpoint(struct ctx *c)
{
	const char *syntax = c->info->syntax;
	if (c->args >= 1) {
		const struct part *a = &c->parts[1];
		if (strstr(a->s, "+arg"))
			return fail(c, a->col,
				    "watchpoint:function+argN was removed in bpftrace 0.25: use %s",
				    syntax);
		if (c->args == 4 && !a->len)
			return fail(c, a->col,
				    "watchpoints no longer take a leading empty field: use %s", syntax);
	}
	if (c->args < 3)
		return fail(c, missing_col(c),
			    "watchpoint probe needs an address, a length and a mode: %s", syntax);
	if (c->args > 3)
		return too_many(c, 4);
	if (!no_wildcards(c, 1, "watchpoint"))
		return false;
	const struct part *a = &c->parts[1], *l = &c->parts[2], *m = &c->parts[3];
	uint64_t addr, len;
	if (parse_number(a->s, false, &addr, NULL) != NUM_OK || !addr)
		return fail(c, a->col,
			    "watchpoint address must be a non-zero integer such as 0x10000000, not "
			    "'%s'",
			    a->s);
	if (parse_number(l->s, false, &len, NULL) != NUM_OK ||
	    (len != 1 && len != 2 && len != 4 && len != 8))
		return fail(c, l->col, "watchpoint length must be 1, 2, 4 or 8, not '%s'", l->s);
	if (!m->len)
		return fail(c, m->col, "watchpoint mode must be a combination of r, w and x");
	static const char letters[] = "rwx";
	bool seen[3] = { false, false, false };
	for (size_t i = 0; i < m->len; i++) {
		const char *k = m->s[i] ? strchr(letters, m->s[i]) : NULL;
		if (!k)
			return fail(c, m->cols[i],
				    "watchpoint mode must be a combination of r, w and x, not '%s'",
				    m->s);
		if (seen[k - letters])
			return fail(c, m->cols[i], "watchpoint mode '%s' repeats '%c'", m->s,
				    m->s[i]);
		seen[k - letters] = true;
	}
	/* Stored in a fixed order, so "wr" and "rw" are the same mode. */
	char mode[4];
	size_t k = 0;
	for (int i = 0; i < 3; i++)
		if (seen[i])
			mode[k++] = letters[i];
	mode[k] = '\0';
	c->out->address = addr;
	c->out->has_address = true;
	c->out->length = len;
	c->out->mode = arena_strdup(c->arena, mode);
	return true;
}

static bool parse_iter(struct ctx *c)
{
	if (c->args < 1 || !c->parts[1].len)
		return fail(c, missing_col(c), "iter probe needs an iterator name: %s",
			    c->info->syntax);
	if (c->args > 2)
		return too_many(c, 3);
	if (!no_wildcards(c, 1, "iter"))
		return false;
	c->out->target = dup_part(c, &c->parts[1]);
	if (c->args == 2) {
		if (!need_nonempty(c, &c->parts[2], "pin path"))
			return false;
		c->out->func = dup_part(c, &c->parts[2]);
	}
	return true;
}

/* ---- entry point ---- */

static bool parse_provider(struct ctx *c)
{
	const struct part *p = &c->parts[0];
	if (!p->len)
		return fail(c, 0, "missing probe type before ':'");
	if (part_wild(p))
		return fail(c, 0, "wildcards are not allowed in the probe type '%s'", p->s);
	c->info = p->quoted ? NULL : provider_lookup(p->s);
	if (c->info)
		return true;

	struct suggester s;
		suggest_init(&s, p->s);
	for (int i = PROV_INVALID + 1; i < PROV_COUNT; i++) {
		const struct provider_info *pi = &provider_table[i];
		if (pi->id == PROV_ASYNCWATCHPOINT)
			continue;
		suggest_offer(&s, pi->name);
		for (int j = 0; j < 3; j++)
			suggest_offer(&s, pi->aliases[j]);
	}
	if (s.best)
		return fail(c, 0, "unknown probe type '%s' (did you mean '%s'?)", p->s, s.best);
	return fail(c, 0, "unknown probe type '%s'", p->s);
}

bool probe_spec_parse(struct arena *arena, const char *text, struct probe_spec *out,
		      const char **err, int *err_col)
{
	struct ctx c;
	memset(&c, 0, sizeof(c));
	memset(out, 0, sizeof(*out));
	c.arena = arena;
	c.text = text ? text : "";
	c.out = out;
	bool ok;

	if (!*c.text)
		ok = fail(&c, 0, "empty attach point");
	else
		ok = lex_fields(&c) && parse_provider(&c);

	if (ok) {
		out->provider = c.info->id;
		switch (c.info->id) {
		case PROV_BEGIN:
		case PROV_END:
			ok = parse_no_args(&c);
			break;
		case PROV_SELF:
			ok = parse_self(&c);
			break;
		case PROV_TEST:
		case PROV_BENCH:
			ok = parse_named(&c);
			break;
		case PROV_TRACEPOINT:
			ok = parse_tracepoint(&c);
			break;
		case PROV_RAWTRACEPOINT:
			ok = parse_module_func(&c, false);
			break;
		case PROV_KPROBE:
			ok = parse_module_func(&c, true);
			break;
		case PROV_KRETPROBE:
			ok = parse_module_func(&c, false);
			break;
		case PROV_FENTRY:
		case PROV_FEXIT:
			ok = parse_fentry(&c);
			break;
		case PROV_UPROBE:
		case PROV_URETPROBE:
			ok = parse_uprobe(&c);
			break;
		case PROV_USDT:
			ok = parse_usdt(&c);
			break;
		case PROV_PROFILE:
		case PROV_INTERVAL:
			ok = parse_timer(&c);
			break;
		case PROV_SOFTWARE:
		case PROV_HARDWARE:
			ok = parse_perf(&c);
			break;
		case PROV_WATCHPOINT:
			ok = parse_watchpoint(&c);
			break;
		case PROV_ASYNCWATCHPOINT:
			ok = fail(&c, 0,
				  "asyncwatchpoint probes were removed in bpftrace 0.25: use "
				  "watchpoint:address:length:mode");
			break;
		case PROV_ITER:
			ok = parse_iter(&c);
			break;
		case PROV_INVALID:
		case PROV_COUNT:
			ok = fail(&c, 0, "invalid probe type");
			break;
		}
	}

	if (!ok) {
		memset(out, 0, sizeof(*out));
		if (err)
			*err = c.err ? c.err : "invalid attach point";
		if (err_col)
			*err_col = c.err_col;
		return false;
	}
	out->wildcard = any_wild(&c, 1);
	if (err)
		*err = NULL;
	if (err_col)
		*err_col = 0;
	return true;
}
