/* Folding printed stack maps (see fold.h).
 *
 * A map entry keyed by stacks prints as
 *
 *     @name[
 *             leaf+12            (frames: 8 spaces, or a tab in perf mode)
 *             caller+5
 *     , other, fields
 *             ...                (a second stack)
 *     ]: 42
 *
 * Each stack is listed leaf first; a folded line wants the root first and
 * the process first of all, so the line is: the key's other fields, then
 * the stacks from the last to the first (bpftrace's idiom is
 * @[kstack, ustack, comm]: user code calls into the kernel), each from
 * root to leaf, then the count. A field "--" splits an off-wake key
 * (blocked side, "--", waker side; see emit). */
#include "fold/fold.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "symbols/ksyms.h"
#include "util/strbuf.h"

struct field {
	bool is_stack;
	struct strbuf text;         /* a scalar field */
	char **frames;              /* a stack, leaf first */
	size_t nframes, cap;
};

struct entry {
	struct field *fields;
	size_t n, cap;
};

struct line {
	char *text;
	double count;
};

struct folded {
	struct line *lines;
	size_t n, cap;
};

static void field_free(struct field *f)
{
	strbuf_free(&f->text);
	for (size_t i = 0; i < f->nframes; i++)
		free(f->frames[i]);
	free(f->frames);
}

static void entry_reset(struct entry *e)
{
	for (size_t i = 0; i < e->n; i++)
		field_free(&e->fields[i]);
	e->n = 0;
}

static struct field *entry_add(struct entry *e, bool is_stack)
{
	if (e->n == e->cap) {
		size_t ncap = e->cap ? e->cap * 2 : 4;
		struct field *nf = realloc(e->fields, ncap * sizeof(*nf));
		if (!nf)
			return NULL;
		e->fields = nf;
		e->cap = ncap;
	}
	struct field *f = &e->fields[e->n++];
	memset(f, 0, sizeof(*f));
	f->is_stack = is_stack;
	return f;
}

/* A frame as a folded name: "sym+off" → "sym" (unless kept); perf mode's
 * "ADDR sym+off (module)" → "sym"; ';' would split the line, so it
 * becomes ':'. */
static char *frame_name(const char *line, const struct fold_options *o)
{
	while (*line == ' ' || *line == '\t')
		line++;
	const char *sp = strchr(line, ' ');
	bool perf = sp && sp > line && strspn(line, "0123456789abcdef") == (size_t)(sp - line);
	if (perf)
		line = sp + 1;
	size_t len = strcspn(line, "\n");
	if (perf) {
		const char *paren = strstr(line, " (");
		if (paren && (size_t)(paren - line) < len)
			len = (size_t)(paren - line);
	}
	if (!o->keep_offsets) {
		/* the last "+digits" is the offset */
		size_t plus = len;
		while (plus > 0 && line[plus - 1] != '+')
			plus--;
		if (plus > 1 && plus < len && strspn(line + plus, "0123456789") == len - plus)
			len = plus - 1;
	}
	char *name = strndup(line, len);
	for (char *p = name; p && *p; p++)
		if (*p == ';')
			*p = ':';
	return name;
}

static void add_frame(struct field *f, char *name)
{
	if (!name)
		return;
	if (f->nframes == f->cap) {
		size_t ncap = f->cap ? f->cap * 2 : 16;
		char **nf = realloc(f->frames, ncap * sizeof(*nf));
		if (!nf) {
			free(name);
			return;
		}
		f->frames = nf;
		f->cap = ncap;
	}
	f->frames[f->nframes++] = name;
}

/* The key text on a line of its own or around stacks, split at ", ":
 * "a, b". An empty piece is an empty stack (bpftrace prints one as
 * nothing), which keeps the stacks of an off-wake key in their places.
 * `after_stack`: the text starts with the ", " that ends a stack.
 * `stack_follows`: the last piece is the start of a stack on the next
 * lines; the stack is returned. */
static struct field *add_key_text(struct entry *e, const char *text, size_t len, bool after_stack,
				  bool stack_follows)
{
	/* A separator is ", ", or a "," that ends the line (trailing blanks
	 * trimmed by an editor). */
	if (after_stack) {
		if (!len || text[0] != ',')
			return stack_follows ? entry_add(e, true) : NULL;
		size_t skip = len > 1 && text[1] == ' ' ? 2 : 1;
		text += skip;
		len -= skip;
	}
	size_t i = 0;
	for (;;) {
		size_t start = i;
		while (i < len && !(text[i] == ',' && (i + 1 == len || text[i + 1] == ' ')))
			i++;
		bool last = i >= len;
		if (last && stack_follows)
			return entry_add(e, true);
		struct field *f = entry_add(e, start == i);
		if (f && start < i)
			strbuf_append(&f->text, text + start, i - start);
		if (last)
			return NULL;
		i += i + 1 < len ? 2 : 1;
	}
}

static void folded_add(struct folded *fo, char *text, double count)
{
	if (fo->n == fo->cap) {
		size_t ncap = fo->cap ? fo->cap * 2 : 1024;
		struct line *nl = realloc(fo->lines, ncap * sizeof(*nl));
		if (!nl) {
			free(text);
			return;
		}
		fo->lines = nl;
		fo->cap = ncap;
	}
	fo->lines[fo->n++] = (struct line){ text, count };
}

/* Frames of the tracing machinery itself (the BPF program, the
 * tracepoint's trampoline, and its iterator, which shows once a second
 * program is attached to the same tracepoint) that a stack taken in a
 * tracepoint starts with: not the traced code. */
static bool is_bpf_frame(const char *name)
{
	return !strncmp(name, "bpf_prog_", 9) || !strncmp(name, "bpf_trace_run", 13) ||
	       !strncmp(name, "__bpf_trace_", 12) || !strncmp(name, "__traceiter_", 12);
}

static size_t leaf_start(const struct field *f, const struct fold_options *o)
{
	size_t k = 0;
	while (!o->keep_bpf && k < f->nframes && is_bpf_frame(f->frames[k]))
		k++;
	return k;
}

/* Appends frame `name` to the line; with `tag`, "_[k]" when it is a
 * kernel function. */
static void put_frame(struct strbuf *sb, bool *any, const char *name, bool tag)
{
	if (*any)
		strbuf_putc(sb, ';');
	strbuf_puts(sb, name);
	if (tag && ksyms_address(name))
		strbuf_puts(sb, "_[k]");
	*any = true;
}

/* blocked comm;blocked stacks (root first);--;waker stacks (leaf first);waker
 * comm. The key holds the blocked thread's stacks, then as many of the
 * waker's (one each: kernel; two each: kernel and user), then the names. */
static void emit_offwake(struct folded *fo, const struct entry *e, double count,
			 const struct fold_options *o)
{
	const struct field *stacks[4] = { NULL }, *fields[2] = { NULL, NULL };
	int ns = 0, nf = 0;
	for (size_t i = 0; i < e->n; i++) {
		if (e->fields[i].is_stack && ns < 4)
			stacks[ns++] = &e->fields[i];
		else if (!e->fields[i].is_stack && nf < 2)
			fields[nf++] = &e->fields[i];
	}
	if (ns < 2 || ns % 2 || nf < 2)
		return;
	int side = ns / 2;
	struct strbuf sb = { 0 };
	bool any = false;
	put_frame(&sb, &any, fields[0]->text.data, false);
	for (int s = side; s-- > 0;)
		for (size_t k = stacks[s]->nframes; k-- > leaf_start(stacks[s], o);)
			put_frame(&sb, &any, stacks[s]->frames[k], o->kernel_tag);
	put_frame(&sb, &any, "--", false);
	for (int s = side; s < ns; s++)
		for (size_t k = leaf_start(stacks[s], o); k < stacks[s]->nframes; k++)
			put_frame(&sb, &any, stacks[s]->frames[k], o->kernel_tag);
	put_frame(&sb, &any, fields[1]->text.data, false);
	folded_add(fo, strdup(strbuf_str(&sb)), count);
	strbuf_free(&sb);
}

/* The scalar fields among e->fields[from, to), in order. */
static void put_fields(struct strbuf *sb, bool *any, const struct entry *e, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (!e->fields[i].is_stack)
			put_frame(sb, any, strbuf_str(&e->fields[i].text), false);
}

/* The stacks among e->fields[from, to): the last one first, each root
 * first; `mirrored`, the first one first, each leaf first. */
static void put_stacks(struct strbuf *sb, bool *any, const struct entry *e, size_t from, size_t to,
		       bool mirrored, const struct fold_options *o)
{
	bool first_stack = true;
	for (size_t n = from; n < to; n++) {
		const struct field *f = &e->fields[mirrored ? n : to - 1 - (n - from)];
		size_t leaf = f->is_stack ? leaf_start(f, o) : 0;
		if (!f->is_stack || leaf == f->nframes)
			continue;
		if (!first_stack && o->delimit)
			put_frame(sb, any, "-", false);
		first_stack = false;
		for (size_t k = 0; k < f->nframes - leaf; k++)
			put_frame(sb, any, f->frames[mirrored ? leaf + k : f->nframes - 1 - k],
				  o->kernel_tag);
	}
}

/* A key field "--" splits an off-wake key in two: the blocked thread's
 * fields and stacks before it, folded as usual, then "--", then the
 * waker's after it, mirrored (stacks leaf first, then its fields), so
 * the line reads from the blocked thread to the waker. */
static void emit(struct folded *fo, const struct entry *e, double count,
		 const struct fold_options *o)
{
	if (o->offwake) {
		emit_offwake(fo, e, count, o);
		return;
	}
	size_t split = e->n;
	for (size_t i = 0; i < e->n && split == e->n; i++)
		if (!e->fields[i].is_stack && !strcmp(strbuf_str(&e->fields[i].text), "--"))
			split = i;
	struct strbuf sb = { 0 };
	bool any = false;
	if (!o->no_fields)
		put_fields(&sb, &any, e, 0, split);
	put_stacks(&sb, &any, e, 0, split, false, o);
	if (split < e->n) {
		put_frame(&sb, &any, "--", false);
		put_stacks(&sb, &any, e, split + 1, e->n, true, o);
		if (!o->no_fields)
			put_fields(&sb, &any, e, split + 1, e->n);
	}
	if (any)
		folded_add(fo, strdup(strbuf_str(&sb)), count);
	strbuf_free(&sb);
}

static int by_text(const void *a, const void *b)
{
	return strcmp(((const struct line *)a)->text, ((const struct line *)b)->text);
}

long fold_stream(FILE *in, FILE *out, const struct fold_options *o)
{
	struct entry e = { 0 };
	struct folded fo = { 0 };
	struct field *stack = NULL;     /* the stack whose frames are being read */
	bool in_entry = false;
	long stacks = 0;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, in)) > 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (!in_entry) {
			/* "@name[" possibly followed by scalar fields and ", " */
			if (line[0] != '@')
				continue;
			char *open = strchr(line, '[');
			if (!open)
				continue;
			entry_reset(&e);
			in_entry = true;
			stack = NULL;
			const char *rest = open + 1;
			const char *close = strstr(rest, "]: ");
			if (close) {    /* a key without stacks: not a stack map */
				in_entry = false;
				continue;
			}
			stack = add_key_text(&e, rest, strlen(rest), false, true);
			continue;
		}
		if (line[0] == ' ' || line[0] == '\t') {
			if (stack)
				add_frame(stack, frame_name(line, o));
			continue;
		}
		/* ", fields" and/or "]: count", or ", " before another stack */
		stack = NULL;
		const char *close = strstr(line, "]: ");
		if (close) {
			add_key_text(&e, line, (size_t)(close - line), true, false);
			char *end;
			double count = strtod(close + 3, &end);
			if (end != close + 3) {
				for (size_t i = 0; i < e.n; i++)
					stacks += e.fields[i].is_stack;
				emit(&fo, &e, count, o);
			}
			in_entry = false;
			continue;
		}
		stack = add_key_text(&e, line, (size_t)len, true, true);
	}
	free(line);
	entry_reset(&e);
	free(e.fields);
	bool failed = ferror(in);
	qsort(fo.lines, fo.n, sizeof(*fo.lines), by_text);
	for (size_t i = 0; i < fo.n;) {
		size_t j = i;
		double sum = 0;
		while (j < fo.n && !strcmp(fo.lines[j].text, fo.lines[i].text))
			sum += fo.lines[j++].count;
		fprintf(out, "%s %.15g\n", fo.lines[i].text, sum);
		for (; i < j; i++)
			free(fo.lines[i].text);
	}
	free(fo.lines);
	return failed ? -1 : stacks;
}

static const char usage[] =
	"usage: bpfscope fold [OPTIONS] [FILE]\n"
	"\n"
	"Reads maps keyed by stacks, as bpfscope and bpftrace print them (for example\n"
	"@[kstack, ustack, comm] = count()), from FILE or standard input, and writes\n"
	"folded stacks, \"comm;root;...;leaf COUNT\" per line, for `bpfscope flamegraph`.\n"
	"The key's other fields come first, then its stacks from the last to the first,\n"
	"each from root to leaf. A key field \"--\" (offwaketime's) splits the key: the\n"
	"part after it comes after a \"--\" frame, mirrored (its stacks leaf first, then\n"
	"its fields). Equal lines are summed; the output is sorted.\n"
	"\n"
	"  -k, --kernel-tag   add _[k] to kernel frames (names found in /proc/kallsyms)\n"
	"  -d, --delimit      put a \"-\" frame between the stacks of one key\n"
	"  --no-fields        leave out the key's other fields (comm, pid, ...)\n"
	"  --offsets          keep the +OFFSET of each frame\n"
	"  --keep-bpf         keep the BPF program's own frames (bpf_prog_..., \n"
	"                     bpf_trace_run...) that stacks taken in raw tracepoints\n"
	"                     start with\n"
	"  --offwake          keys (blocked stack, waker stack, blocked comm, waker comm),\n"
	"                     or (blocked kstack, blocked ustack, waker kstack, waker\n"
	"                     ustack, blocked comm, waker comm), as off-wake lines:\n"
	"                     blocked stacks, \"--\", waker stacks leaf first\n"
	"  -o FILE            write to FILE instead of standard output\n"
	"  -h, --help         this help\n";

int fold_main(int argc, char **argv)
{
	struct fold_options o = { 0 };
	const char *input = NULL, *output = NULL;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-k") || !strcmp(a, "--kernel-tag")) {
			o.kernel_tag = true;
		} else if (!strcmp(a, "-d") || !strcmp(a, "--delimit")) {
			o.delimit = true;
		} else if (!strcmp(a, "--no-fields")) {
			o.no_fields = true;
		} else if (!strcmp(a, "--offsets")) {
			o.keep_offsets = true;
		} else if (!strcmp(a, "--keep-bpf")) {
			o.keep_bpf = true;
		} else if (!strcmp(a, "--offwake")) {
			o.offwake = true;
		} else if (!strcmp(a, "-o")) {
			if (++i >= argc) {
				fprintf(stderr, "bpfscope fold: -o needs a file name\n");
				return 1;
			}
			output = argv[i];
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			return 0;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "bpfscope fold: unknown option '%s' (see bpfscope fold --help)\n", a);
			return 1;
		} else if (!input) {
			input = a;
		} else {
			fprintf(stderr, "bpfscope fold: one input file only ('%s' and '%s')\n", input, a);
			return 1;
		}
	}
	FILE *in = input && strcmp(input, "-") ? fopen(input, "re") : stdin;
	if (!in) {
		fprintf(stderr, "bpfscope fold: cannot read %s: %m\n", input);
		return 1;
	}
	FILE *out = output ? fopen(output, "we") : stdout;
	if (!out) {
		fprintf(stderr, "bpfscope fold: cannot write %s: %m\n", output);
		if (in != stdin)
			fclose(in);
		return 1;
	}
	long n = fold_stream(in, out, &o);
	if (in != stdin)
		fclose(in);
	int ret = 0;
	if (n < 0) {
		fprintf(stderr, "bpfscope fold: read error on %s\n", input ? input : "standard input");
		ret = 1;
	} else if (n == 0) {
		fprintf(stderr, "bpfscope fold: no stacks found in %s (expected a map keyed by "
			"kstack or ustack)\n", input ? input : "standard input");
		ret = 1;
	}
	if (out != stdout && fclose(out) != 0)
		ret = 1;
	return ret;
}
