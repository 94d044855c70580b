/* /proc/kallsyms as a sorted table (see ksyms.h).
 *
 * The file (about 10 MB, 200k+ lines) is read in one go and parsed in
 * place: names stay in the buffer, NUL-terminated where their newline was.
 * Addresses live in their own array so that the binary search touches as
 * little memory as possible. */
#include "symbols/ksyms.h"

#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct {
	uint64_t *addrs;        /* ascending */
	const char **names;     /* names[i] is the symbol at addrs[i] */
	size_t n;
	char *text;             /* the file */
	int loaded;             /* 0 not yet, 1 loaded, -1 failed */
} table;

/* The whole file: /proc files have no size, so read until EOF. */
static char *read_file(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	size_t cap = 16 << 20, n = 0;
	char *buf = malloc(cap + 1);
	for (;;) {
		if (!buf)
			break;
		if (n == cap) {
			char *nb = realloc(buf, cap * 2 + 1);
			if (!nb) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
		ssize_t got = read(fd, buf + n, cap - n);
		if (got <= 0)
			break;
		n += (size_t)got;
	}
	close(fd);
	if (buf)
		buf[n] = '\0';
	*len = n;
	return buf;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

bool ksyms_parse_line(const char **text, struct ksyms_line *l)
{
	const char *p = *text, *eol = strchr(p, '\n');
	if (!eol)
		eol = p + strlen(p);
	*text = *eol ? eol + 1 : eol;
	uint64_t addr = 0;
	const char *q = p;
	for (int d; (d = hexval(*q)) >= 0; q++)
		addr = addr << 4 | (uint64_t)d;
	if (q == p || eol - q < 4 || q[0] != ' ' || q[2] != ' ')
		return false;
	l->addr = addr;
	l->type = q[1];
	l->name = q + 3;
	const char *tab = memchr(l->name, '\t', (size_t)(eol - l->name));
	l->name_len = (size_t)((tab ? tab : eol) - l->name);
	l->module = NULL;
	l->module_len = 0;
	const char *open = tab ? memchr(tab, '[', (size_t)(eol - tab)) : NULL;
	const char *close = open ? memchr(open, ']', (size_t)(eol - open)) : NULL;
	if (close) {
		l->module = open + 1;
		l->module_len = (size_t)(close - open - 1);
	}
	return l->name_len > 0;
}

struct entry {
	uint64_t addr;
	const char *name;
};

static int by_addr(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static void load(void)
{
	table.loaded = -1;
	size_t len;
	char *text = read_file("/proc/kallsyms", &len);
	if (!text)
		return;
	size_t cap = 1 << 18, n = 0;
	struct entry *e = malloc(cap * sizeof(*e));
	for (const char *p = text; e && *p;) {
		struct ksyms_line l;
		if (!ksyms_parse_line(&p, &l))
			continue;
		/* Names stay in the buffer, ended where their tab or newline was
		 * (already passed). Absolute symbols are not addresses of
		 * anything; zero addresses mean kptr_restrict hides them. */
		((char *)l.name)[l.name_len] = '\0';
		if (!l.addr || l.type == 'a' || l.type == 'A')
			continue;
		if (n == cap) {
			struct entry *ne = realloc(e, cap * 2 * sizeof(*e));
			if (!ne)
				break;
			e = ne;
			cap *= 2;
		}
		e[n++] = (struct entry){ l.addr, l.name };
	}
	if (!e || !n) {
		free(e);
		free(text);
		return;
	}
	qsort(e, n, sizeof(*e), by_addr);
	table.addrs = malloc(n * sizeof(*table.addrs));
	table.names = malloc(n * sizeof(*table.names));
	if (!table.addrs || !table.names) {
		free(table.addrs);
		free(table.names);
		free(e);
		free(text);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		table.addrs[i] = e[i].addr;
		table.names[i] = e[i].name;
	}
	free(e);
	table.n = n;
	table.text = text;
	table.loaded = 1;
}

/* Stacks repeat their frames: the last answers, by address. */
#define CACHE_BITS 13
static struct {
	uint64_t addr;
	size_t index;
} cache[1 << CACHE_BITS];

const char *ksyms_resolve(uint64_t addr, uint64_t *offset)
{
	if (!table.loaded)
		load();
	if (table.loaded < 0 || addr < table.addrs[0])
		return NULL;
	size_t slot = (size_t)((addr * 0x9e3779b97f4a7c15ull) >> (64 - CACHE_BITS));
	size_t lo = 0;
	if (cache[slot].addr == addr) {
		lo = cache[slot].index;
	} else {
		size_t n = table.n;   /* the last entry <= addr is at lo + [0, n) */
		while (n > 1) {
			size_t half = n / 2;
			if (table.addrs[lo + half] <= addr)
				lo += half;
			n -= half;
		}
		cache[slot].addr = addr;
		cache[slot].index = lo;
	}
	*offset = addr - table.addrs[lo];
	return table.names[lo];
}

/* By name: an open-addressing table of indexes, built on first use. */
static size_t *by_name;
static size_t by_name_size;

static uint64_t name_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ull;
	return h;
}

static bool index_names(void)
{
	size_t size = 1;
	while (size < table.n * 2)
		size <<= 1;
	by_name = malloc(size * sizeof(*by_name));
	if (!by_name)
		return false;
	for (size_t i = 0; i < size; i++)
		by_name[i] = SIZE_MAX;
	for (size_t i = 0; i < table.n; i++) {
		size_t slot = name_hash(table.names[i]) & (size - 1);
		while (by_name[slot] != SIZE_MAX) {
			if (!strcmp(table.names[by_name[slot]], table.names[i]))
				break;  /* the lowest address of a name wins */
			slot = (slot + 1) & (size - 1);
		}
		if (by_name[slot] == SIZE_MAX)
			by_name[slot] = i;
	}
	by_name_size = size;
	return true;
}

uint64_t ksyms_address(const char *name)
{
	if (!table.loaded)
		load();
	if (table.loaded < 0 || (!by_name && !index_names()))
		return 0;
	for (size_t slot = name_hash(name) & (by_name_size - 1); by_name[slot] != SIZE_MAX;
	     slot = (slot + 1) & (by_name_size - 1))
		if (!strcmp(table.names[by_name[slot]], name))
			return table.addrs[by_name[slot]];
	return 0;
}
