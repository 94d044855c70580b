#define _GNU_SOURCE
#include "runtime/child.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static pid_t the_pid = -1;
static int release_fd = -1;     /* write end of the go pipe */
static bool exited;
static int exit_status = -1;

static void record_status(int status)
{
	exited = true;
	if (WIFEXITED(status))
		exit_status = WEXITSTATUS(status);
	else if (WIFSIGNALED(status))
		exit_status = 128 + WTERMSIG(status);
	else
		exit_status = -1;
}

/* In the child, between fork and exec: only async-signal-safe calls. */
static void __attribute__((noreturn)) child_main(int go_fd, const char *cmd, char **argv)
{
	/* A parent that died before prctl() is seen by the read below (EOF);
	 * no getppid() check, which probes attached meanwhile would see with
	 * comm still "bpfscope". */
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	char c;
	ssize_t n;
	do
		n = read(go_fd, &c, 1);
	while (n < 0 && errno == EINTR);
	if (n != 1)
		_exit(127);     /* the parent gave up (child_kill before release) */
	close(go_fd);
	/* The parent may have blocked or ignored signals for its signalfd;
	 * exec keeps both, so give CMD a clean slate. */
	struct sigaction dfl = { .sa_handler = SIG_DFL };
	for (int sig = 1; sig < NSIG; sig++)
		sigaction(sig, &dfl, NULL);
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	if (argv)
		execvp(argv[0], argv);
	else
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
	_exit(127);
}

/* A command without shell syntax runs directly, split on blanks (as
 * bpftrace runs it), so the child is the command itself and no shell
 * runs first; anything else goes through /bin/sh -c. NULL: use the shell. */
static char **split_simple(const char *cmd)
{
	if (strpbrk(cmd, "|&;<>()$`\\\"'*?[]#~{}\n"))
		return NULL;
	/* '=' in the first word is a variable assignment (FOO=1 cmd). */
	size_t first = strspn(cmd, " \t");
	const char *eq = strchr(cmd + first, '=');
	if (eq && eq < cmd + first + strcspn(cmd + first, " \t"))
		return NULL;
	size_t n = 0, len = strlen(cmd);
	char *copy = malloc(len + 1);
	char **argv = malloc(sizeof(*argv) * (len / 2 + 3));
	if (!copy || !argv) {
		free(copy);
		free(argv);
		return NULL;
	}
	memcpy(copy, cmd, len + 1);
	argv[0] = copy;     /* kept for free_argv(), before the arguments */
	for (char *tok = strtok(copy, " \t"); tok; tok = strtok(NULL, " \t"))
		argv[1 + n++] = tok;
	argv[1 + n] = NULL;
	if (!n) {
		free(copy);
		free(argv);
		return NULL;
	}
	return argv + 1;
}

static void free_argv(char **argv)
{
	if (argv) {
		free(argv[-1]);
		free(argv - 1);
	}
}

pid_t child_spawn(const char *cmd, char *err, size_t err_size)
{
	int fds[2];
	if (the_pid > 0 && !exited) {
		snprintf(err, err_size, "failed to run child: one is already running");
		return -EBUSY;
	}
	if (pipe2(fds, O_CLOEXEC) < 0)
		goto fail;
	char **argv = split_simple(cmd);
	pid_t pid = fork();
	if (pid < 0) {
		int e = errno;
		free_argv(argv);
		close(fds[0]);
		close(fds[1]);
		errno = e;
		goto fail;
	}
	if (pid == 0) {
		close(fds[1]);
		child_main(fds[0], cmd, argv);
	}
	free_argv(argv);
	close(fds[0]);
	the_pid = pid;
	release_fd = fds[1];
	exited = false;
	exit_status = -1;
	return pid;
fail:;
	int e = errno;
	snprintf(err, err_size, "failed to run child: %s", strerror(e));
	return -e;
}

int child_release(void)
{
	if (release_fd < 0)
		return -EINVAL;
	ssize_t n;
	do
		n = write(release_fd, "g", 1);
	while (n < 0 && errno == EINTR);
	int e = n == 1 ? 0 : -errno;
	close(release_fd);
	release_fd = -1;
	return e;
}

pid_t child_pid(void)
{
	return the_pid;
}

bool child_reap(void)
{
	if (the_pid <= 0)
		return false;
	if (exited)
		return true;
	int status;
	pid_t r;
	do
		r = waitpid(the_pid, &status, WNOHANG);
	while (r < 0 && errno == EINTR);
	if (r == the_pid) {
		record_status(status);
		return true;
	}
	if (r < 0 && errno == ECHILD) {   /* reaped by someone else */
		exited = true;
		return true;
	}
	return false;
}

bool child_exited(void)
{
	return exited;
}

int child_exit_status(void)
{
	return exit_status;
}

static void sleep_ms(unsigned ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

void child_kill(unsigned grace_ms)
{
	if (release_fd >= 0) {          /* never released: EOF makes it exit */
		close(release_fd);
		release_fd = -1;
	}
	if (the_pid <= 0 || child_reap())
		return;
	kill(the_pid, SIGTERM);
	for (unsigned waited = 0; waited < grace_ms; waited += 10) {
		if (child_reap())
			return;
		sleep_ms(10);
	}
	if (child_reap())
		return;
	kill(the_pid, SIGKILL);
	int status;
	pid_t r;
	do
		r = waitpid(the_pid, &status, 0);
	while (r < 0 && errno == EINTR);
	if (r == the_pid)
		record_status(status);
	else
		exited = true;
}

void child_reset(void)
{
	if (release_fd >= 0)
		close(release_fd);
	release_fd = -1;
	the_pid = -1;
	exited = false;
	exit_status = -1;
}
