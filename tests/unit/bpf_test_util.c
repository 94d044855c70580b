#include "bpf_test_util.h"

#include "loader/program.h"
#include "unit.h"

int unit_load_insns(const char *name, enum bpf_prog_type type, const struct insn_buf *b,
		    const int *map_fds)
{
	struct program_spec spec = {
		.name = name,
		.type = type,
		.insns = b->insns,
		.insn_count = b->len,
		.map_fds = map_fds,
	};
	struct program_load r;
	int fd = program_load(&spec, &r);
	if (fd < 0) {
		char msg[256];
		unit_fail(__FILE__, __LINE__, "load failed: %s",
			  program_load_message(&r, msg, sizeof(msg)));
	}
	program_load_free(&r);
	return fd;
}
