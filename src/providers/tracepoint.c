#include "providers/tracepoint.h"

#include "providers/tracefs.h"
#include "util/arena.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void tracepoint_parse_events(struct arena *arena, char *text, struct probe_names *out)
{
	for (char *save = NULL, *line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save))
		if (strchr(line, ':'))
			probe_names_add(arena, out, line);
	probe_names_sort(out);
}

int tracepoint_events(struct arena *arena, struct probe_names *out, const char **err)
{
	memset(out, 0, sizeof(*out));
	size_t len;
	char *text = tracefs_read("available_events", &len);
	if (!text) {
		int e = errno;
		*err = arena_strdup(arena, tracefs_error());
		return -e;
	}
	char *kept = arena_strndup(arena, text, len);
	free(text);
	tracepoint_parse_events(arena, kept, out);
	return 0;
}
