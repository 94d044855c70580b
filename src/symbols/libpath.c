/* Binary and library lookup (see libpath.h). */
#include "symbols/libpath.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CACHE_MAGIC "glibc-ld.so.cache1.1"
#define OLD_MAGIC "ld.so-1.7.0"
#define FLAG_X8664 0x0300   /* the entry's library is x86-64 */
#define FLAG_TYPE_MASK 0xff00

/* glibc's cache format: a header, `nlibs` entries, then the strings the
 * entries point at (offsets from the start of this header). */
struct cache_header {
	char magic[20];
	uint32_t nlibs, len_strings;
	uint8_t flags, pad[3];
	uint32_t extension_offset, unused[3];
};

struct cache_entry {
	int32_t flags;
	uint32_t key, value;
	uint32_t osversion;
	uint64_t hwcap;
};

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "re");
	if (!f)
		return NULL;
	char *buf = NULL;
	size_t cap = 0, n = 0;
	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 1 << 16;
			char *nb = realloc(buf, cap);
			if (!nb)
				break;
			buf = nb;
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (!got)
			break;
	}
	fclose(f);
	*len = n;
	return buf;
}

/* Whether cache key `key` is the library `name` stands for: the same name,
 * or `name` without ".so…" ("libc" for "libc.so.6"). */
static bool key_matches(const char *key, const char *name, bool exact)
{
	if (exact)
		return !strcmp(key, name);
	size_t n = strlen(name);
	return !strncmp(key, name, n) && !strncmp(key + n, ".so", 3) &&
	       (key[n + 3] == '\0' || key[n + 3] == '.');
}

static int from_ld_cache(const char *name, char *out, size_t size)
{
	size_t len;
	char *buf = read_all("/etc/ld.so.cache", &len);
	if (!buf)
		return -ENOENT;
	size_t base = 0;
	/* An old-format cache may come first; the new one follows it. */
	if (len >= 16 && !memcmp(buf, OLD_MAGIC, strlen(OLD_MAGIC))) {
		uint32_t nold;
		memcpy(&nold, buf + 12, 4);
		base = (16 + (size_t)nold * 12 + 7) & ~(size_t)7;
	}
	int ret = -ENOENT;
	struct cache_header h;
	if (base + sizeof(h) > len || (memcpy(&h, buf + base, sizeof(h)),
				       memcmp(h.magic, CACHE_MAGIC, strlen(CACHE_MAGIC)))) {
		free(buf);
		return ret;
	}
	/* Two passes: the exact name first, then the short form; x86-64
	 * entries before others. */
	for (int pass = 0; pass < 4 && ret; pass++) {
		bool exact = pass < 2, want64 = pass % 2 == 0;
		for (uint32_t i = 0; i < h.nlibs && ret; i++) {
			size_t at = base + sizeof(h) + (size_t)i * sizeof(struct cache_entry);
			struct cache_entry e;
			if (at + sizeof(e) > len)
				break;
			memcpy(&e, buf + at, sizeof(e));
			if (base + e.key >= len || base + e.value >= len)
				continue;
			if (want64 != ((e.flags & FLAG_TYPE_MASK) == FLAG_X8664))
				continue;
			const char *key = buf + base + e.key, *value = buf + base + e.value;
			if (memchr(key, '\0', len - base - e.key) && key_matches(key, name, exact) &&
			    memchr(value, '\0', len - base - e.value) && access(value, R_OK) == 0 &&
			    (size_t)snprintf(out, size, "%s", value) < size)
				ret = 0;
		}
	}
	free(buf);
	return ret;
}

static int in_dirs(const char *name, const char *dirs, bool as_library, char *out, size_t size)
{
	const char *p = dirs;
	while (p && *p) {
		size_t n = strcspn(p, ":");
		char path[4096];
		if (n && (size_t)snprintf(path, sizeof(path), "%.*s/%s%s", (int)n, p, name,
					  as_library && !strstr(name, ".so") ? ".so" : "") < sizeof(path) &&
		    access(path, as_library ? R_OK : X_OK) == 0) {
			if ((size_t)snprintf(out, size, "%s", path) < size)
				return 0;
		}
		p += n;
		if (*p)
			p++;
	}
	return -ENOENT;
}

int libpath_resolve(const char *name, char *out, size_t size)
{
	if (strchr(name, '/')) {
		if (access(name, R_OK) != 0)
			return -errno;
		if (!realpath(name, out) && (size_t)snprintf(out, size, "%s", name) >= size)
			return -ENAMETOOLONG;
		return 0;
	}
	bool library = !strncmp(name, "lib", 3) || strstr(name, ".so");
	if (!library && !in_dirs(name, getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin", false,
				 out, size))
		return 0;
	if (!from_ld_cache(name, out, size))
		return 0;
	static const char dirs[] = "/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu:/lib64:"
				   "/usr/lib64:/lib:/usr/lib:/usr/local/lib";
	if (!in_dirs(name, dirs, true, out, size))
		return 0;
	snprintf(out, size, "%s", library ? "/etc/ld.so.cache and the library directories"
					  : "$PATH, /etc/ld.so.cache and the library directories");
	return -ENOENT;
}
