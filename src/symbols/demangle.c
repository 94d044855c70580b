/* C++ demangling through the C++ runtime (see demangle.h). Results are
 * kept in a small hash table: stacks print the same names many times. */
#include "symbols/demangle.h"

#include <dlfcn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef char *(*cxa_demangle_fn)(const char *mangled, char *buf, size_t *len, int *status);

static cxa_demangle_fn cxa_demangle;
static int opened;          /* 0 not yet, 1 found, -1 unavailable */

struct entry {
	const char *mangled;
	const char *plain, *no_params;
	struct entry *next;
};

#define BUCKETS 4096
static struct entry *table[BUCKETS];

static size_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ull;
	return (size_t)(h % BUCKETS);
}

static void open_runtime(void)
{
	opened = -1;
	void *lib = dlopen("libstdc++.so.6", RTLD_LAZY | RTLD_LOCAL);
	if (!lib)
		return;
	cxa_demangle = (cxa_demangle_fn)(uintptr_t)dlsym(lib, "__cxa_demangle");
	if (cxa_demangle)
		opened = 1;
}

/* The parameter list starts at the '(' that closes the name: the last
 * top-level one (templates and operator() aside, a name has one). */
static char *strip_params(const char *plain)
{
	size_t len = strlen(plain);
	int depth = 0;
	for (size_t i = len; i-- > 0;) {
		if (plain[i] == ')')
			depth++;
		else if (plain[i] == '(' && --depth == 0)
			return strndup(plain, i);
	}
	return strdup(plain);
}

static const struct entry *lookup(const char *name)
{
	if (strncmp(name, "_Z", 2))
		return NULL;
	size_t h = hash(name);
	for (struct entry *e = table[h]; e; e = e->next)
		if (!strcmp(e->mangled, name))
			return e;
	if (!opened)
		open_runtime();
	if (opened < 0)
		return NULL;
	int status = -1;
	char *plain = cxa_demangle(name, NULL, NULL, &status);
	struct entry *e = calloc(1, sizeof(*e));
	if (!e || status != 0 || !plain) {
		free(plain);
		free(e);
		return NULL;
	}
	e->mangled = strdup(name);
	e->plain = plain;
	e->no_params = strip_params(plain);
	if (!e->mangled || !e->no_params) {
		free((void *)e->mangled);
		free(plain);
		free(e);
		return NULL;
	}
	e->next = table[h];
	table[h] = e;
	return e;
}

const char *demangle(const char *name)
{
	const struct entry *e = lookup(name);
	return e ? e->plain : name;
}

const char *demangle_no_params(const char *name)
{
	const struct entry *e = lookup(name);
	return e ? e->no_params : name;
}
