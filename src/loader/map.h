/* Creating the BPF maps a script uses. */
#ifndef BPFSCOPE_LOADER_MAP_H
#define BPFSCOPE_LOADER_MAP_H

#include <stddef.h>
#include <stdint.h>

enum map_kind {
	MAP_HASH,
	MAP_PERCPU_HASH,
	MAP_ARRAY,              /* key_size must be 4 */
	MAP_PERCPU_ARRAY,       /* key_size must be 4 */
	MAP_RINGBUF,            /* no key or value; max_entries is the size in bytes */
	MAP_STACK_TRACE,        /* key_size 4; value_size 8 * frames */
	MAP_ARRAY_OF_MAPS,      /* key_size 4, value_size 4; inner_fd: a map like the inner ones */
};

struct map_spec {
	const char *name;       /* as the user knows it: "@start", or an internal name */
	enum map_kind kind;
	uint32_t key_size, value_size, max_entries;
	uint32_t flags;         /* BPF_F_NO_PREALLOC and friends; usually 0 */
	int inner_fd;           /* MAP_ARRAY_OF_MAPS only */
};

/* Creates the map and returns its fd, or a negative errno with `err` set to
 * "map '@x': failed to create: <strerror>", followed by the likely cause
 * in parentheses when it is known. */
int map_create(const struct map_spec *spec, char *err, size_t err_size);

/* "hash", "percpu_hash", "array", "percpu_array", "ringbuf", "stack_trace",
 * "array_of_maps" */
const char *map_kind_name(enum map_kind kind);

#endif
