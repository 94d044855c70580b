/* The running kernel's BTF, parsed once per process (see vmlinux_btf.h). */
#include "loader/vmlinux_btf.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define VMLINUX_BTF_PATH "/sys/kernel/btf/vmlinux"

/* One process, one kernel: the parsed BTF is shared by every compilation
 * and never freed. */
static struct {
	bool tried;
	struct btf *btf;
	char why[256];               /* set when btf is NULL */
	unsigned long long nsecs;
} vmlinux;

static unsigned long long now_nsecs(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

/* Linux 6.16+ lets the sysfs file be mapped: half the time of read(),
 * which the sysfs file serves a page at a time. btf__new copies the data. */
static struct btf *parse_mapped(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct stat st;
	struct btf *btf = NULL;
	if (fstat(fd, &st) == 0 && st.st_size > 0) {
		void *data = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (data != MAP_FAILED) {
			btf = btf__new(data, (uint32_t)st.st_size);
			munmap(data, (size_t)st.st_size);
		}
	}
	close(fd);
	return btf;
}

bool vmlinux_btf_present(void)
{
	const char *path = getenv("BPFTRACE_BTF");
	if (!path || !*path)
		path = VMLINUX_BTF_PATH;
	return access(path, R_OK) == 0;
}

const struct btf *vmlinux_btf(void)
{
	if (vmlinux.tried)
		return vmlinux.btf;
	vmlinux.tried = true;
	const char *path = getenv("BPFTRACE_BTF");
	if (!path || !*path)
		path = VMLINUX_BTF_PATH;
	unsigned long long start = now_nsecs();
	/* The sysfs file is raw BTF; BPFTRACE_BTF may also name an ELF file. */
	struct btf *btf = strcmp(path, VMLINUX_BTF_PATH) ? NULL : parse_mapped(path);
	if (!btf)
		btf = strcmp(path, VMLINUX_BTF_PATH) ? btf__parse(path, NULL) : btf__parse_raw(path);
	int e = errno;
	if (!btf) {
		if (e == ENOENT)
			snprintf(vmlinux.why, sizeof(vmlinux.why), "BTF is not available (%s missing)",
				 path);
		else
			snprintf(vmlinux.why, sizeof(vmlinux.why),
				 "BTF is not available (cannot read %s: %s)", path, strerror(e));
		return NULL;
	}
	vmlinux.btf = btf;
	vmlinux.nsecs = now_nsecs() - start;
	return btf;
}

const char *vmlinux_btf_error(void)
{
	return vmlinux.btf ? NULL : vmlinux.why;
}

unsigned long long vmlinux_btf_load_nsecs(void)
{
	return vmlinux.nsecs;
}
