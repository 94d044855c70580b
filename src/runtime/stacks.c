/* Stack text (see stacks.h). */
#include "runtime/stacks.h"

#include <bpf/bpf.h>
#include <inttypes.h>
#include <stdlib.h>

#include "sema/types.h"
#include "symbols/ksyms.h"
#include "symbols/usyms.h"
#include "util/arena.h"
#include "util/strbuf.h"

/* bpftrace indents the frames of a stack by 8 spaces. */
#define STACK_INDENT 8

static int map_fd = -1;
static uint32_t map_frames;

void stacks_set_map(int fd, uint32_t frames)
{
	map_fd = fd;
	map_frames = frames;
}

/* One frame's symbol: "name+off", or the address; perf mode adds the
 * module in parentheses, as `perf script` does. */
static void symbol(struct strbuf *sb, const struct type *ty, int pid, uint64_t addr)
{
	uint64_t off = 0;
	const char *module = NULL, *name;
	bool perf = ty->mode == STACK_MODE_PERF;
	if (ty->user)
		name = usyms_resolve(pid, addr, &off, &module);
	else
		name = ksyms_resolve(addr, &off);
	if (name)
		strbuf_printf(sb, "%s+%" PRIu64, name, off);
	else
		strbuf_printf(sb, "0x%" PRIx64, addr);
	if (perf && ty->user)
		strbuf_printf(sb, " (%s)", module ? module : "[unknown]");
	else if (perf)
		strbuf_puts(sb, " ([kernel.kallsyms])");
}

struct out_value stacks_value(struct arena *arena, const struct type *ty, uint64_t packed)
{
	int32_t id = (int32_t)(uint32_t)packed;
	int pid = (int)(packed >> 32);
	uint64_t *frames = map_frames ? calloc(map_frames, sizeof(*frames)) : NULL;
	if (id < 0 || map_fd < 0 || !frames || bpf_map_lookup_elem(map_fd, &id, frames)) {
		free(frames);
		return out_value_str("");
	}
	struct strbuf sb = { 0 };
	strbuf_putc(&sb, '\n');
	uint32_t limit = ty->limit && ty->limit < map_frames ? ty->limit : map_frames;
	for (uint32_t i = 0; i < limit && frames[i]; i++) {
		switch (ty->mode) {
		case STACK_MODE_BPFTRACE:
			strbuf_repeat(&sb, ' ', STACK_INDENT);
			symbol(&sb, ty, pid, frames[i]);
			break;
		case STACK_MODE_PERF:
			strbuf_printf(&sb, "\t%" PRIx64 " ", frames[i]);
			symbol(&sb, ty, pid, frames[i]);
			break;
		case STACK_MODE_RAW:
			strbuf_printf(&sb, "%" PRIx64, frames[i]);
			break;
		}
		strbuf_putc(&sb, '\n');
	}
	free(frames);
	const char *text = arena_strdup(arena, strbuf_str(&sb));
	strbuf_free(&sb);
	return out_value_str(text);
}
