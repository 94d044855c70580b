/* BPF_MAP_CREATE with messages a user can act on. */
#include "loader/map.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include "loader/names.h"

static const struct {
	const char *name;
	enum bpf_map_type type;
} kinds[] = {
	[MAP_HASH]         = { "hash", BPF_MAP_TYPE_HASH },
	[MAP_PERCPU_HASH]  = { "percpu_hash", BPF_MAP_TYPE_PERCPU_HASH },
	[MAP_ARRAY]        = { "array", BPF_MAP_TYPE_ARRAY },
	[MAP_PERCPU_ARRAY] = { "percpu_array", BPF_MAP_TYPE_PERCPU_ARRAY },
	[MAP_RINGBUF]      = { "ringbuf", BPF_MAP_TYPE_RINGBUF },
	[MAP_STACK_TRACE]  = { "stack_trace", BPF_MAP_TYPE_STACK_TRACE },
	[MAP_ARRAY_OF_MAPS] = { "array_of_maps", BPF_MAP_TYPE_ARRAY_OF_MAPS },
};

const char *map_kind_name(enum map_kind kind)
{
	return (unsigned)kind < sizeof(kinds) / sizeof(kinds[0]) ? kinds[kind].name : "unknown";
}

static bool is_power_of_2(uint32_t x)
{
	return x && !(x & (x - 1));
}

/* The kernel answers EINVAL for most bad shapes; say which rule was broken
 * before asking it. Returns a hint, or NULL when the spec looks right. */
static const char *shape_problem(const struct map_spec *spec, char *buf, size_t size)
{
	long page = sysconf(_SC_PAGESIZE);
	switch (spec->kind) {
	case MAP_RINGBUF:
		if (!is_power_of_2(spec->max_entries) || spec->max_entries % (uint32_t)page) {
			snprintf(buf, size, "ring buffer size %u is not a power of 2 multiple of the page size %ld",
				 spec->max_entries, page);
			return buf;
		}
		if (spec->key_size || spec->value_size)
			return "ring buffers have no keys or values: key and value sizes must be 0";
		return NULL;
	case MAP_ARRAY_OF_MAPS:
		if (spec->key_size != 4 || spec->value_size != 4)
			return "arrays of maps have 4-byte keys and values";
		if (spec->inner_fd < 0)
			return "an array of maps needs an inner map to copy";
		break;
	case MAP_ARRAY:
	case MAP_PERCPU_ARRAY:
		if (spec->key_size != 4) {
			snprintf(buf, size, "array keys are 4 bytes, not %u", spec->key_size);
			return buf;
		}
		break;
	case MAP_STACK_TRACE:
		if (spec->key_size != 4 || !spec->value_size || spec->value_size % 8) {
			snprintf(buf, size, "stack trace maps have 4-byte keys and 8 bytes per frame");
			return buf;
		}
		break;
	case MAP_HASH:
	case MAP_PERCPU_HASH:
		break;
	}
	if (!spec->max_entries || !spec->value_size || (!spec->key_size && spec->kind != MAP_RINGBUF))
		return "key size, value size and entries must not be 0";
	return NULL;
}

static const char *errno_hint(int err, const struct map_spec *spec)
{
	switch (err) {
	case EPERM:
		return "creating BPF maps needs root or CAP_BPF";
	case ENOMEM:
		return "not enough memory; the memory cgroup may be limiting BPF maps";
	case E2BIG:
		return spec->kind == MAP_STACK_TRACE
			       ? "more frames than kernel.perf_event_max_stack allows"
			       : "key or value too large";
	case EINVAL:
		if (spec->kind == MAP_RINGBUF)
			return "this kernel may lack BPF ring buffers (Linux 5.8)";
		return NULL;
	default:
		return NULL;
	}
}

static int fail(const struct map_spec *spec, int err, const char *hint, char *buf, size_t size)
{
	int n = snprintf(buf, size, "map '%s': failed to create: %s", spec->name ? spec->name : "",
			 strerror(err));
	if (hint && n >= 0 && (size_t)n < size)
		snprintf(buf + n, size - (size_t)n, " (%s)", hint);
	return -err;
}

int map_create(const struct map_spec *spec, char *err, size_t err_size)
{
	char hint[160];
	if (err_size)
		err[0] = '\0';
	if ((unsigned)spec->kind >= sizeof(kinds) / sizeof(kinds[0]))
		return fail(spec, EINVAL, "unknown map kind", err, err_size);
	const char *problem = shape_problem(spec, hint, sizeof(hint));
	if (problem)
		return fail(spec, EINVAL, problem, err, err_size);

	char name[BPF_OBJ_NAME_LEN];
	loader_object_name(name, spec->name);
	LIBBPF_OPTS(bpf_map_create_opts, opts, .map_flags = spec->flags);
	if (spec->kind == MAP_ARRAY_OF_MAPS)
		opts.inner_map_fd = (uint32_t)spec->inner_fd;
	int fd = bpf_map_create(kinds[spec->kind].type, name, spec->key_size, spec->value_size,
				spec->max_entries, &opts);
	if (fd < 0) {
		int e = errno;
		return fail(spec, e, errno_hint(e, spec), err, err_size);
	}
	return fd;
}
