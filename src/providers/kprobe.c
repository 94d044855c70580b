#include "providers/kprobe.h"

#include "providers/tracefs.h"
#include "symbols/ksyms.h"
#include "util/arena.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define KPROBE_PMU_TYPE "/sys/bus/event_source/devices/kprobe/type"
#define KALLSYMS "/proc/kallsyms"

bool kprobe_available(void)
{
	if (access(KPROBE_PMU_TYPE, F_OK) == 0)
		return true;
	char path[4096];
	return tracefs_path(path, sizeof(path), "kprobe_events") == 0 && access(path, F_OK) == 0;
}

/* Compiler-made clones such as "foo.part.0" and "foo.cold" cannot be
 * probed by name (bpftrace leaves them out too); nor can the padding and
 * call-thunk symbols kallsyms lists next to the functions. */
static bool is_listable(const char *func)
{
	static const char *const prefixes[] = { "__pfx_", "__cfi_", "__SCT__", "__SCK__" };
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (!strncmp(func, prefixes[i], strlen(prefixes[i])))
			return false;
	return !strstr(func, ".part.") && !strstr(func, ".cold");
}

static void add_function(struct arena *arena, struct probe_names *out, bool with_modules,
			 const char *func, const char *module)
{
	if (!is_listable(func))
		return;
	if (with_modules)
		probe_names_add(arena, out, arena_printf(arena, "%s:%s", module ? module : "vmlinux",
							 func));
	else
		probe_names_add(arena, out, arena_strdup(arena, func));
}

/* Lines are "func" or "func [module]". */
void kprobe_parse_filter_functions(struct arena *arena, char *text, bool with_modules,
				   struct probe_names *out)
{
	for (char *save = NULL, *line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *module = NULL, *space = strchr(line, ' ');
		if (space) {
			*space = '\0';
			char *open = strchr(space + 1, '['), *close = open ? strchr(open, ']') : NULL;
			if (close) {
				*close = '\0';
				module = open + 1;
			}
		}
		if (*line)
			add_function(arena, out, with_modules, line, module);
	}
	probe_names_sort(out);
}

/* Only text symbols (t, T) are functions. The names are ended in place. */
void kprobe_parse_kallsyms(struct arena *arena, char *text, bool with_modules,
			   struct probe_names *out)
{
	for (const char *p = text; *p;) {
		struct ksyms_line l;
		if (!ksyms_parse_line(&p, &l) || (l.type != 't' && l.type != 'T'))
			continue;
		((char *)l.name)[l.name_len] = '\0';
		if (l.module)
			((char *)l.module)[l.module_len] = '\0';
		add_function(arena, out, with_modules, l.name, l.module);
	}
	probe_names_sort(out);
}

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	char *text = NULL;
	size_t cap = 0;
	ssize_t n = getdelim(&text, &cap, '\0', f);
	int err = errno;
	fclose(f);
	if (n < 0) {
		free(text);
		errno = err;
		return NULL;
	}
	return text;
}

int kprobe_function_size_in(const char *kallsyms, const char *func, uint64_t *size)
{
	size_t len = strlen(func);
	uint64_t start = 0;
	struct ksyms_line l;
	/* kallsyms is not sorted by address: find the function, then the
	 * nearest address above it. */
	for (const char *p = kallsyms; *p;) {
		if (ksyms_parse_line(&p, &l) && (l.type == 't' || l.type == 'T') &&
		    l.name_len == len && !memcmp(l.name, func, len)) {
			start = l.addr;
			break;
		}
	}
	if (!start)
		return -ENOENT;
	uint64_t next = UINT64_MAX;
	for (const char *p = kallsyms; *p;)
		if (ksyms_parse_line(&p, &l) && l.addr > start && l.addr < next)
			next = l.addr;
	if (next == UINT64_MAX)
		return -ENOENT;
	*size = next - start;
	return 0;
}

int kprobe_function_size(const char *func, uint64_t *size)
{
	char *text = read_file(KALLSYMS);
	if (!text)
		return -errno;
	int ret = kprobe_function_size_in(text, func, size);
	free(text);
	return ret;
}

int kprobe_functions(struct arena *arena, bool with_modules, struct probe_names *out,
		     const char **err)
{
	memset(out, 0, sizeof(*out));
	char *text = tracefs_read("available_filter_functions", NULL);
	if (text) {
		kprobe_parse_filter_functions(arena, text, with_modules, out);
		free(text);
		return 0;
	}
	text = read_file(KALLSYMS);
	if (!text) {
		int e = errno;
		*err = arena_printf(arena, "kprobe: cannot read %s: %s", KALLSYMS, strerror(e));
		return -e;
	}
	kprobe_parse_kallsyms(arena, text, with_modules, out);
	free(text);
	return 0;
}
