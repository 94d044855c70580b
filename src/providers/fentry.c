#include "providers/fentry.h"

#include <bpf/btf.h>

#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "loader/vmlinux_btf.h"
#include "util/arena.h"

int fentry_functions(struct arena *arena, struct probe_names *out, const char **err)
{
	memset(out, 0, sizeof(*out));
	const struct btf *btf = vmlinux_btf();
	if (!btf) {
		*err = vmlinux_btf_error();
		return -ENOENT;
	}
	uint32_t n = btf__type_cnt(btf);
	for (uint32_t i = 1; i < n; i++) {
		const struct btf_type *t = btf__type_by_id(btf, i);
		if (btf_is_func(t))
			probe_names_add(arena, out, arena_printf(arena, "vmlinux:%s",
							       btf__name_by_offset(btf, t->name_off)));
	}
	probe_names_sort(out);
	return 0;
}
