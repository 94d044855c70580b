/* Finding tracefs. Since Linux 4.1 tracefs has its own mount point; older
 * setups (and some distributions still) reach it only through debugfs,
 * where /sys/kernel/debug/tracing is an automount that statfs triggers. */
#include "providers/tracefs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/statfs.h>
#include <unistd.h>

#define TRACEFS_MAGIC 0x74726163
#define TRACEFS_PATH "/sys/kernel/tracing"
#define DEBUGFS_TRACING_PATH "/sys/kernel/debug/tracing"

static const char *found_root;
static char error_text[512];

static void set_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void set_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(error_text, sizeof(error_text), fmt, ap);
	va_end(ap);
}

const char *tracefs_error(void)
{
	return error_text;
}

static bool is_tracefs(const char *path)
{
	struct statfs st;
	return statfs(path, &st) == 0 && st.f_type == TRACEFS_MAGIC;
}

const char *tracefs_root(void)
{
	if (found_root)
		return found_root;
	if (is_tracefs(TRACEFS_PATH))
		return found_root = TRACEFS_PATH;
	if (is_tracefs(DEBUGFS_TRACING_PATH))
		return found_root = DEBUGFS_TRACING_PATH;
	if (mount("nodev", TRACEFS_PATH, "tracefs", 0, NULL) == 0)
		return found_root = TRACEFS_PATH;
	int err = errno;
	if (is_tracefs(TRACEFS_PATH)) /* another process mounted it meanwhile */
		return found_root = TRACEFS_PATH;
	if (err == EPERM || err == EACCES)
		set_error("tracefs: not mounted at " TRACEFS_PATH " or " DEBUGFS_TRACING_PATH
			  ", and mounting it needs root (mount -t tracefs nodev " TRACEFS_PATH ")");
	else
		set_error("tracefs: not mounted, and mounting it at " TRACEFS_PATH " failed: %s",
			  strerror(err));
	errno = err;
	return NULL;
}

int tracefs_path(char *buf, size_t size, const char *relpath)
{
	const char *root = tracefs_root();
	if (!root)
		return -errno;
	if ((size_t)snprintf(buf, size, "%s/%s", root, relpath) >= size) {
		set_error("tracefs: path too long: %s/%s", root, relpath);
		return -ENAMETOOLONG;
	}
	return 0;
}

/* tracefs files report size 0 in stat, so read until EOF. */
static char *read_all(int fd, size_t *len)
{
	size_t cap = 16384, n = 0;
	char *buf = malloc(cap);
	if (!buf)
		return NULL;
	for (;;) {
		if (cap - n < 4096) {
			char *grown = realloc(buf, cap * 2);
			if (!grown)
				goto fail;
			buf = grown;
			cap *= 2;
		}
		ssize_t got = read(fd, buf + n, cap - n - 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			goto fail;
		if (got == 0)
			break;
		n += (size_t)got;
	}
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
fail:
	free(buf);
	return NULL;
}

char *tracefs_read(const char *relpath, size_t *len)
{
	char path[4096];
	int err = tracefs_path(path, sizeof(path), relpath);
	if (err) {
		errno = -err;
		return NULL;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	char *text = fd < 0 ? NULL : read_all(fd, len);
	err = errno;
	if (fd >= 0)
		close(fd);
	if (!text) {
		set_error("tracefs: cannot read %s: %s%s", path, strerror(err),
			  err == EACCES || err == EPERM ? " (run as root)" : "");
		errno = err;
	}
	return text;
}
