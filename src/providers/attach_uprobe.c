/* uprobes and uretprobes (see uprobe.h): the binary is found like the
 * dynamic loader finds it, the function in its ELF symbols, and the probe
 * is a perf event of the uprobe PMU with the path and file offset, to
 * which the program is attached. */
#include "providers/uprobe.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "providers/attach.h"
#include "providers/attach_impl.h"
#include "loader/uprobe_multi.h"
#include "symbols/demangle.h"
#include "symbols/elf_syms.h"
#include "symbols/libpath.h"
#include "util/glob.h"

int uprobe_binary(const char *target, char *path, size_t size, char *err, size_t err_size)
{
	int ret = libpath_resolve(target, path, size);
	if (ret)
		snprintf(err, err_size, "uprobe: binary '%s' not found (looked in %s)", target, path);
	return ret;
}

/* Up to three function names that contain `func`, for the message. */
static void similar(const struct elf_syms *e, const char *func, char *buf, size_t size)
{
	buf[0] = '\0';
	size_t used = 0;
	int found = 0;
	for (size_t i = 0; i < e->nsyms && found < 3; i++) {
		if (!strstr(e->syms[i].name, func) || (i && !strcmp(e->syms[i].name, e->syms[i - 1].name)))
			continue;
		int n = snprintf(buf + used, size - used, "%s%s", found ? ", " : "; similar: ",
				 e->syms[i].name);
		if (n < 0 || used + (size_t)n >= size)
			break;
		used += (size_t)n;
		found++;
	}
}

int uprobe_offset(const char *path, const char *func, uint64_t offset, uint64_t address,
		  uint64_t *file_off, char *err, size_t err_size)
{
	const struct elf_syms *e = elf_syms_get(path);
	if (!e || !e->ok) {
		snprintf(err, err_size, "uprobe: cannot read %s as an ELF file%s%s", path,
			 e ? "" : ": ", e ? "" : strerror(errno));
		return e ? -ENOEXEC : -errno;
	}
	uint64_t vaddr = address;
	if (func) {
		const struct elf_sym *s = elf_syms_find(e, func);
		if (!s) {
			char like[256];
			similar(e, func, like, sizeof(like));
			/* glibc 2.34 moved libpthread into libc: libpthread.so.0 is
			 * a stub, and old scripts (threadsnoop.bt) still name it. */
			const char *base = strrchr(path, '/');
			bool pthread_stub = !strncmp(base ? base + 1 : path, "libpthread.so", 13);
			snprintf(err, err_size, "uprobe: function '%s' not found in %s (%zu functions "
				 "in its symbol table%s)%s%s", func, path, e->nsyms, like,
				 pthread_stub ? "; glibc 2.34 and later have it in libc: uprobe:libc:" : "",
				 pthread_stub ? func : "");
			return -ENOENT;
		}
		if (s->size && offset >= s->size) {
			snprintf(err, err_size, "uprobe: offset %llu is past the end of %s (%llu bytes)",
				 (unsigned long long)offset, func, (unsigned long long)s->size);
			return -EINVAL;
		}
		vaddr = s->addr + offset;
	}
	if (!elf_syms_vaddr_to_file(e, vaddr, file_off)) {
		snprintf(err, err_size, "uprobe: address 0x%llx is in no loadable segment of %s",
			 (unsigned long long)vaddr, path);
		return -EINVAL;
	}
	return 0;
}

int uprobe_functions(const char *path, const char *pattern, bool cpp,
		     void (*fn)(void *ctx, const char *name), void *ctx)
{
	const struct elf_syms *e = elf_syms_get(path);
	if (!e || !e->ok)
		return e ? -ENOEXEC : -errno;
	/* In name order, each name once (aliases share addresses, not names;
	 * a name may appear twice in .symtab for local functions). */
	const char **names = malloc((e->nsyms + 1) * sizeof(*names));
	if (!names)
		return -ENOMEM;
	size_t n = 0;
	for (size_t i = 0; i < e->nsyms; i++) {
		const char *name = e->syms[i].name;
		if (cpp ? glob_match(pattern, demangle_no_params(name)) ||
			  glob_match(pattern, demangle(name))
			: glob_match(pattern, name))
			names[n++] = name;
	}
	for (size_t i = 1; i < n; i++)   /* insertion sort: n is small after the glob */
		for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
			const char *t = names[j];
			names[j] = names[j - 1];
			names[j - 1] = t;
		}
	int count = 0;
	for (size_t i = 0; i < n; i++)
		if (!i || strcmp(names[i], names[i - 1])) {
			fn(ctx, names[i]);
			count++;
		}
	free(names);
	return count;
}

int attach_uprobe_multi(int prog_fd, const char *path, const uint64_t *offsets, uint32_t n,
			bool retprobe, int pid, const char *what)
{
	int link = uprobe_multi_link(prog_fd, path, offsets, n, retprobe, pid);
	if (link < 0) {
		attach_set_error("%s: cannot attach to %s: %s", retprobe ? "uretprobe" : "uprobe", what,
				 strerror(-link));
		return link;
	}
	return attach_add(link, -1);
}

int attach_uprobe(int prog_fd, const char *path, uint64_t file_off, bool retprobe, int pid,
		  const char *what)
{
	return attach_pmu_probe(prog_fd, "uprobe", retprobe, (uint64_t)(uintptr_t)path, file_off,
				0, pid, retprobe ? "uretprobe" : "uprobe", what);
}
