#include "providers/probe_names.h"

#include "util/arena.h"

#include <stdlib.h>
#include <string.h>

void probe_names_add(struct arena *arena, struct probe_names *l, const char *name)
{
	if (l->len == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 256;
		const char **grown = arena_alloc(arena, l->cap * sizeof(*grown));
		if (l->len)
			memcpy(grown, l->names, l->len * sizeof(*grown));
		l->names = grown;
	}
	l->names[l->len++] = name;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void probe_names_sort(struct probe_names *l)
{
	if (!l->len)
		return;
	qsort(l->names, l->len, sizeof(*l->names), compare_names);
	size_t kept = 1;
	for (size_t i = 1; i < l->len; i++)
		if (strcmp(l->names[i], l->names[kept - 1]))
			l->names[kept++] = l->names[i];
	l->len = kept;
}
