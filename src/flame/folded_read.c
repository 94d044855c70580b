/* Reading folded stacks: counts, frames and the previous line's shared
 * prefix, on one thread, while a second adds the lines to the tree. A line
 * adds its count to its last frame only; folded_order sums counts into the
 * ancestors in one pass. */
#include "flame/folded_impl.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* Frame names are hashed 8 bytes at a time. */
#define HASH_SEED 0x9e3779b97f4a7c15ull

static uint64_t mix_word(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xff51afd7ed558ccdull;
	return h ^ (h >> 32);
}

static uint64_t finish_hash(uint64_t h, size_t n)
{
	h = (h ^ n) * 0xc4ceb9fe1a85ec53ull;
	return h ^ (h >> 29);
}

/* Hashes at most the first 16 and the last 8 bytes, and the length: a
 * table lookup compares names in full anyway. */
static uint64_t hash_frame(const char *s, size_t n)
{
	uint64_t h = HASH_SEED;
	if (n <= 8)
		return finish_hash(mix_word(h, folded_head(folded_load8(s), n)), n);
	h = mix_word(h, folded_load8(s));
	if (n > 16)
		h = mix_word(h, folded_load8(s + 8));
	return finish_hash(mix_word(h, folded_load8(s + n - 8)), n);
}

/* The bytes of a word that are ';' have their top bit set in the result;
 * bytes after the first such may be marked too, but never one before it. */
static uint64_t semicolons(uint64_t w)
{
	uint64_t x = w ^ 0x3b3b3b3b3b3b3b3bull;
	return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

/* Where the first ';' in s[i..len) is, or len. */
static size_t find_semicolon(const char *s, size_t i, size_t len)
{
	for (; i < len; i += 8) {
		uint64_t m = semicolons(folded_load8(s + i));
		if (!m)
			continue;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		size_t at = i + (size_t)__builtin_clzll(m) / 8;
#else
		size_t at = i + (size_t)__builtin_ctzll(m) / 8;
#endif
		return at < len ? at : len;
	}
	return len;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

bool folded_take_count(const char *s, size_t *len, double *count)
{
	size_t end = *len, i = end;
	while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
		i--;
	if (i > 0 && s[i - 1] == '.') {
		i--;
		while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
			i--;
	}
	if (i == end || !(s[i] >= '0' && s[i] <= '9') || i == 0 || !is_space(s[i - 1]))
		return false;
	size_t n = end - i;
	if (n <= 15 && !memchr(s + i, '.', n)) {
		/* whole counts, the usual case: exact in a double, no strtod */
		uint64_t v = 0;
		for (size_t k = i; k < end; k++)
			v = v * 10 + (uint64_t)(s[k] - '0');
		*count = (double)v;
	} else {
		char digits[64];
		if (n >= sizeof(digits))
			n = sizeof(digits) - 1;
		memcpy(digits, s + i, n);
		digits[n] = '\0';
		*count = strtod(digits, NULL);
	}
	while (i > 0 && is_space(s[i - 1]))
		i--;
	*len = i;
	return true;
}

/* --reverse: splits the stack s[0..len) at ';' into t->spans, hashing
 * each frame on the way; returns how many. parse_line has dropped empty
 * frames at the end; an empty stack has none. */
static size_t split_frames(struct folded_tree *t, const char *s, size_t len)
{
	size_t n = 0;
	for (size_t start = 0; len;) {
		size_t end = find_semicolon(s, start, len);
		if (n == t->spans_cap) {
			t->spans_cap = t->spans_cap ? t->spans_cap * 2 : 256;
			t->spans = folded_xrealloc(t->spans, t->spans_cap * sizeof(*t->spans));
		}
		t->spans[n++] = (struct folded_span){ (uint32_t)start, (uint32_t)(end - start),
						      hash_frame(s + start, end - start) };
		if (end == len)
			break;
		start = end + 1;
	}
	return n;
}

static void reserve_path(struct folded_tree *t, size_t nframes);

/* Interns the frames of s[start..len) as the path's frames k, k + 1, ...
 * (and where each ends); returns the path's length. */
static size_t intern_frames(struct folded_tree *t, const char *s, size_t start, size_t len,
			    size_t k)
{
	if (start >= len)
		return k;
	for (;;) {
		size_t end = find_semicolon(s, start, len);
		if (k == t->path_cap)
			reserve_path(t, k + 1);
		t->path_name[k] = folded_intern(t, s + start, end - start,
						hash_frame(s + start, end - start));
		t->path_end[k++] = (uint32_t)end;
		if (end == len)
			return k;
		start = end + 1;
	}
}

/* How many leading frames the line shares with the previous one, found by
 * comparing bytes: no frame of the shared part is split or looked up.
 * *resume is where the first frame not shared starts. */
static size_t shared_bytes_frames(const struct folded_tree *t, const char *line, size_t len,
				  size_t *resume)
{
	size_t n = len < t->prev_len ? len : t->prev_len, same = 0;
	while (same + 8 <= n) {
		uint64_t a, b;
		memcpy(&a, line + same, 8);
		memcpy(&b, t->prev_line + same, 8);
		if (a != b) {
			same += (size_t)__builtin_ctzll(a ^ b) / 8;
			break;
		}
		same += 8;
	}
	while (same < n && line[same] == t->prev_line[same])
		same++;
	/* A frame of the previous line is shared when it ends within the
	 * common bytes, or where they end if this line's frame ends there too. */
	size_t k = 0;
	while (k < t->path_len && t->path_end[k] < same)
		k++;
	if (k < t->path_len && t->path_end[k] == same && (same == len || line[same] == ';'))
		k++;
	*resume = k ? t->path_end[k - 1] + 1 : 0;
	return k;
}

/* The same for --reverse, frame by frame from the end of the line. */
static size_t shared_reversed_frames(const struct folded_tree *t, const char *line,
				     size_t nframes)
{
	size_t k = 0;
	for (; k < nframes && k < t->path_len; k++) {
		struct folded_span f = t->spans[nframes - 1 - k];
		uint32_t name = t->path_name[k];
		if (t->name_len[name] != f.len || !folded_same_bytes(folded_name(t, name), line + f.off, f.len))
			break;
	}
	return k;
}

static void reserve_path(struct folded_tree *t, size_t nframes)
{
	if (nframes <= t->path_cap)
		return;
	t->path_cap = (uint32_t)(nframes + 64);
	t->path_name = folded_xrealloc(t->path_name, t->path_cap * sizeof(uint32_t));
	t->path_end = folded_xrealloc(t->path_end, t->path_cap * sizeof(uint32_t));
}

/* Keeps where the line is, or a copy when its buffer is about to be reused. */
static void remember_line(struct folded_tree *t, const char *line, size_t len)
{
	t->prev_len = len;
	if (t->input_mapped) {
		t->prev_line = line;
		return;
	}
	if (len > t->prev_cap) {
		t->prev_cap = len + 256;
		t->prev = folded_xrealloc(t->prev, t->prev_cap);
	}
	if (line != t->prev)
		memcpy(t->prev, line, len);
	t->prev_line = t->prev;
}

/* Reading runs on two threads: this one parses lines (counts, frames, name
 * lookups) into records, a second one adds the records to the tree (path
 * hashes and the child table's cache misses). Records travel in batches
 * through a ring of NBATCHES buffers, in order, so the tree is the same as
 * if one thread did both. The parser owns the name table and the path_name
 * and path_end arrays; the builder owns the nodes, the child table,
 * node_path and hash_path. */
struct line_record {
	double after, before;
	uint32_t shared;            /* leading frames that are the previous line's */
	uint32_t nframes;
	bool two_counts;
	/* Then the names of the nframes - shared others (uint32_t), padded to
	 * 8 bytes. */
};

#define BATCH_BYTES (64u << 10)
#define NBATCHES 4

struct line_batch {
	char *data;
	size_t len, cap;
	bool full, last;
};

struct pipeline {
	struct folded_tree *t;
	pthread_mutex_t lock;
	pthread_cond_t changed;
	struct line_batch batches[NBATCHES];
	unsigned producing;         /* the batch the parser fills */
	bool threaded;
};

static size_t record_size(uint32_t fresh)
{
	return (sizeof(struct line_record) + (size_t)fresh * sizeof(uint32_t) + 7) & ~(size_t)7;
}

static void parse_line(struct folded_tree *t, struct line_batch *b, const char *line, size_t len)
{
	double after, before = 0;
	while (len > 0 && is_space(line[len - 1]))
		len--;
	if (!folded_take_count(line, &len, &after)) {
		if (len > 0)
			t->ignored++;
		return;
	}
	bool two_counts = folded_take_count(line, &len, &before);
	if (two_counts)
		t->diff = true;
	else
		before = after;
	/* As with split in Perl, empty frames at the end are dropped. */
	while (len > 0 && line[len - 1] == ';')
		len--;
	size_t shared, nframes;
	if (t->opts.reverse) {
		nframes = split_frames(t, line, len);
		reserve_path(t, nframes);
		shared = shared_reversed_frames(t, line, nframes);
		for (size_t i = shared; i < nframes; i++) {
			struct folded_span f = t->spans[nframes - 1 - i];
			t->path_name[i] = folded_intern(t, line + f.off, f.len, f.hash);
		}
	} else {
		size_t resume;
		shared = shared_bytes_frames(t, line, len, &resume);
		nframes = intern_frames(t, line, resume, len, shared);
		remember_line(t, line, len);
	}
	t->path_len = (uint32_t)nframes;
	uint32_t fresh = (uint32_t)(nframes - shared);
	size_t size = record_size(fresh);
	if (b->len + size > b->cap) {
		b->cap = b->len + size > 2 * b->cap ? b->len + size : 2 * b->cap;
		b->data = folded_xrealloc(b->data, b->cap);
	}
	struct line_record *r = (struct line_record *)(b->data + b->len);
	*r = (struct line_record){ after, before, (uint32_t)shared, (uint32_t)nframes, two_counts };
	memcpy(r + 1, t->path_name + shared, fresh * sizeof(uint32_t));
	b->len += size;
}

static void apply_record(struct folded_tree *t, const struct line_record *r)
{
	uint32_t fresh = r->nframes - r->shared;
	const uint32_t *names = (const uint32_t *)(r + 1);
	if (r->two_counts && !t->before)
		folded_start_diff(t);
	if (r->nframes > t->node_path_cap) {
		t->node_path_cap = r->nframes + 64;
		t->node_path = folded_xrealloc(t->node_path, t->node_path_cap * sizeof(uint32_t));
		t->hash_path = folded_xrealloc(t->hash_path, t->node_path_cap * sizeof(uint64_t));
	}
	/* The path hashes of the line's frames pick their slots, which are
	 * fetched at once. */
	uint64_t *hashes = t->hash_path + r->shared;
	if (!t->opts.flamechart) {
		uint64_t hash = r->shared ? hashes[-1] : FOLDED_ROOT_HASH;
		for (uint32_t i = 0; i < fresh; i++) {
			hash = hashes[i] = folded_path_hash(hash, names[i]);
			__builtin_prefetch(&t->child_slots[(uint32_t)hash & t->child_mask]);
		}
	}
	uint32_t parent = r->shared ? t->node_path[r->shared - 1] : 0;
	for (uint32_t i = 0; i < fresh; i++) {
		if (t->opts.flamechart)
			parent = folded_new_node(t, parent, names[i]);
		else
			parent = folded_find_child(t, parent, names[i], hashes[i]);
		t->node_path[r->shared + i] = parent;
	}
	/* The root's count is the running total from the start; the last
	 * frame's is its own, summed into its ancestors by folded_order. */
	if (parent) {
		t->nodes[parent].total += r->after;
		if (t->before)
			t->before[parent] += r->before;
	}
	t->nodes[0].total += r->after;
	t->root_before += r->before;
}

static void apply_batch(struct folded_tree *t, const struct line_batch *b)
{
	for (size_t off = 0; off < b->len;) {
		const struct line_record *r = (const struct line_record *)(b->data + off);
		apply_record(t, r);
		off += record_size(r->nframes - r->shared);
	}
}

static void *build_tree(void *arg)
{
	struct pipeline *p = arg;
	for (unsigned i = 0;; i = (i + 1) % NBATCHES) {
		struct line_batch *b = &p->batches[i];
		pthread_mutex_lock(&p->lock);
		while (!b->full)
			pthread_cond_wait(&p->changed, &p->lock);
		pthread_mutex_unlock(&p->lock);
		apply_batch(p->t, b);
		bool last = b->last;
		pthread_mutex_lock(&p->lock);
		b->full = false;
		b->len = 0;
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->lock);
		if (last)
			return NULL;
	}
}

/* Hands the batch being filled to the builder; returns the next one, once
 * the builder is done with it. Without a second thread, applies it here. */
static struct line_batch *submit(struct pipeline *p, bool last)
{
	struct line_batch *b = &p->batches[p->producing];
	b->last = last;
	if (!p->threaded) {
		apply_batch(p->t, b);
		b->len = 0;
		return b;
	}
	pthread_mutex_lock(&p->lock);
	b->full = true;
	pthread_cond_broadcast(&p->changed);
	p->producing = (p->producing + 1) % NBATCHES;
	b = &p->batches[p->producing];
	while (b->full)
		pthread_cond_wait(&p->changed, &p->lock);
	pthread_mutex_unlock(&p->lock);
	return b;
}

/* A file's size bounds its frames: sizing the tables for it up front spares
 * the rehashing and copying of growing them. A typical folded file has a new
 * node for every 48 bytes or fewer; more only costs a doubling or two. */
#define BYTES_PER_NODE 48

/* Parses the whole lines of buf[0..len) (and a last one without a newline
 * when `last`); returns how many bytes that took. Word loads may read up to
 * FOLDED_SLACK bytes past a line: the caller makes sure they are there. */
static size_t parse_lines(struct pipeline *p, struct line_batch **batch, const char *buf,
			  size_t len, bool last)
{
	size_t start = 0;
	for (;;) {
		const char *nl = memchr(buf + start, '\n', len - start);
		if (!nl)
			break;
		parse_line(p->t, *batch, buf + start, (size_t)(nl - (buf + start)));
		start = (size_t)(nl - buf) + 1;
		if ((*batch)->len >= BATCH_BYTES)
			*batch = submit(p, false);
	}
	if (last && len > start) {
		parse_line(p->t, *batch, buf + start, len - start);
		start = len;
	}
	return start;
}

/* A mapped file is parsed this much at a time (a multiple of any page size). */
#define MAP_CHUNK (8u << 20)

/* A regular file is mapped rather than copied in, and lines are compared
 * where they lie. Its last bytes are parsed from a padded copy: a word load
 * past the end of the mapping could fault. Returns false when the file
 * cannot be mapped. */
static bool read_mapped(struct pipeline *p, struct line_batch **batch, int fd, off_t size)
{
	off_t pos = lseek(fd, 0, SEEK_CUR);
	if (pos < 0 || pos >= size)
		return pos == size;
	char *map = mmap(NULL, (size_t)size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (map == MAP_FAILED)
		return false;
	madvise(map, (size_t)size, MADV_SEQUENTIAL);
	const char *buf = map + pos;
	size_t len = (size_t)(size - pos);
	/* The lines that end FOLDED_SLACK bytes or more before the end. */
	size_t safe = len > FOLDED_SLACK ? len - FOLDED_SLACK : 0;
	while (safe > 0 && buf[safe - 1] != '\n')
		safe--;
	p->t->input_mapped = true;
	size_t done = 0;
	char *released = map;
	while (done < safe) {
		size_t n = safe - done > MAP_CHUNK ? MAP_CHUNK : safe - done;
		size_t used = parse_lines(p, batch, buf + done, n, false);
		if (!used)          /* a line longer than a chunk */
			used = parse_lines(p, batch, buf + done, safe - done, false);
		done += used;
		/* Parsed pages are dropped from the process (not from the page
		 * cache), so they do not add up in its resident size. Records
		 * never point into them; only the previous line is kept. */
		const char *prev = p->t->prev_line ? p->t->prev_line : buf + done;
		char *keep = map + ((size_t)(prev - map) & ~(size_t)(MAP_CHUNK - 1));
		if (keep > released) {
			madvise(released, (size_t)(keep - released), MADV_DONTNEED);
			released = keep;
		}
	}
	p->t->input_mapped = false;
	/* The rest, in a copy; the previous line is copied too. */
	if (done)
		remember_line(p->t, p->t->prev_line, p->t->prev_len);
	size_t rest = len - done;
	char *tail = folded_xrealloc(NULL, rest + FOLDED_SLACK);
	memcpy(tail, buf + done, rest);
	memset(tail + rest, 0, FOLDED_SLACK);
	parse_lines(p, batch, tail, rest, true);
	free(tail);
	/* The builder may still be adding mapped lines: their records carry
	 * names as numbers, never pointers into the mapping. */
	munmap(map, (size_t)size);
	return true;
}

static int read_stream(struct pipeline *p, struct line_batch **batch, FILE *f)
{
	size_t cap = 128 << 10, len = 0;
	char *buf = folded_xrealloc(NULL, cap + FOLDED_SLACK);
	int err = 0;
	for (;;) {
		size_t got = fread(buf + len, 1, cap - len, f);
		if (got == 0 && ferror(f)) {
			err = errno ? -errno : -EIO;
			break;
		}
		len += got;
		memset(buf + len, 0, FOLDED_SLACK);
		size_t start = parse_lines(p, batch, buf, len, got == 0);
		if (got == 0)
			break;
		memmove(buf, buf + start, len - start);
		len -= start;
		if (len == cap) {
			cap *= 2;
			buf = folded_xrealloc(buf, cap + FOLDED_SLACK);
		}
	}
	free(buf);
	return err;
}

int folded_read(struct folded_tree *t, FILE *f)
{
	struct stat st;
	bool regular = !fstat(fileno(f), &st) && S_ISREG(st.st_mode);
	if (t->nnodes == 1 && regular)
		folded_reserve_nodes(t, (uint64_t)st.st_size / BYTES_PER_NODE);
	struct pipeline p = { .t = t, .lock = PTHREAD_MUTEX_INITIALIZER,
			      .changed = PTHREAD_COND_INITIALIZER };
	pthread_t builder;
	p.threaded = !pthread_create(&builder, NULL, build_tree, &p);
	struct line_batch *batch = &p.batches[0];
	int err = 0;
	if (!(regular && read_mapped(&p, &batch, fileno(f), st.st_size)))
		err = read_stream(&p, &batch, f);
	submit(&p, true);
	if (p.threaded)
		pthread_join(builder, NULL);
	for (int i = 0; i < NBATCHES; i++)
		free(p.batches[i].data);
	return err;
}
