/* The tracer as a child process (see tracer.h). */
#include "live/tracer.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile pid_t tracer_pid;

/* SIGTERM, which supervisors send to one pid, is passed on to the tracer.
 * Ctrl-C reaches the whole process group, the tracer included, so a
 * SIGINT from the terminal is not passed on; one that a process sent to
 * this pid alone (`kill -INT`, as scripts stop a background job) is. */
static void forward(int sig, siginfo_t *info, void *uctx)
{
	(void)uctx;
	int saved = errno;
	if (tracer_pid > 0 && (sig != SIGINT || info->si_code == SI_USER || info->si_code == SI_QUEUE ||
			       info->si_code == SI_TKILL))
		kill(tracer_pid, sig);
	errno = saved;
}

int live_temp_files(const char *who, char *a, char *b)
{
	int fa = mkstemp(a), fb = fa >= 0 ? mkstemp(b) : -1;
	if (fb < 0) {
		fprintf(stderr, "bpfscope %s: cannot make a temporary file: %m\n", who);
		if (fa >= 0) {
			close(fa);
			unlink(a);
		}
		return -1;
	}
	close(fa);
	close(fb);
	return 0;
}

void live_announce(const char *what, long seconds)
{
	if (seconds)
		fprintf(stderr, "Tracing %s for %ld seconds...\n", what, seconds);
	else
		fprintf(stderr, "Tracing %s... Hit Ctrl-C to end.\n", what);
}

int live_trace(const struct live_tracer *t)
{
	char pidbuf[24];
	const char *argv[12];
	int n = 0;
	argv[n++] = "bpfscope";
	argv[n++] = "-o";
	argv[n++] = t->out_path;
	if (t->pid) {
		snprintf(pidbuf, sizeof(pidbuf), "%ld", t->pid);
		argv[n++] = "-p";
		argv[n++] = pidbuf;
	}
	if (t->cmd) {
		argv[n++] = "-c";
		argv[n++] = t->cmd;
	}
	argv[n++] = "-e";
	argv[n++] = t->program;
	int self_arg = t->own_pid_param ? n++ : -1;
	argv[n] = NULL;
	struct live_run run = {
		.who = t->who, .argv = argv, .self_arg = self_arg,
		.env_name = t->env_name, .env_value = t->env_value,
	};
	return live_run(&run);
}

void live_exec_self(const char *who, const char **argv)
{
	/* By its real path: a process run as /proc/self/exe is named "exe". */
	char self[4096];
	ssize_t len = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (len > 0) {
		self[len] = '\0';
		execv(self, (char *const *)argv);
	}
	execv("/proc/self/exe", (char *const *)argv);
	fprintf(stderr, "bpfscope %s: cannot run bpfscope: %m\n", who);
}

static void run_child(const struct live_run *r, const int *pipe_fds)
{
	char selfbuf[24];
	if (pipe_fds) {
		close(pipe_fds[0]);
		if (dup2(pipe_fds[1], STDOUT_FILENO) < 0)
			_exit(127);
		close(pipe_fds[1]);
	}
	if (r->self_arg >= 0) {
		snprintf(selfbuf, sizeof(selfbuf), "%d", (int)getpid());
		r->argv[r->self_arg] = selfbuf;
	}
	if (r->env_name)
		setenv(r->env_name, r->env_value, 0);
	live_exec_self(r->who, r->argv);
	_exit(127);
}

/* Reads the pipe to its end: the tracer's exit closes it. */
static void read_pipe(const struct live_run *r, int fd)
{
	FILE *in = fdopen(fd, "r");
	if (!in) {
		close(fd);
		return;
	}
	r->read_output(r->read_ctx, in);
	fclose(in);
}

int live_run(const struct live_run *r)
{
	int fds[2];
	if (r->read_output && pipe(fds)) {
		fprintf(stderr, "bpfscope %s: pipe: %m\n", r->who);
		return 1;
	}
	struct sigaction fwd = { .sa_sigaction = forward };
	struct sigaction old_int, old_term;
	sigemptyset(&fwd.sa_mask);
	fwd.sa_flags = SA_RESTART | SA_SIGINFO;
	sigaction(SIGINT, &fwd, &old_int);
	sigaction(SIGTERM, &fwd, &old_term);
	fflush(NULL);
	pid_t child = fork();
	if (child == 0) {
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGTERM, &old_term, NULL);
		run_child(r, r->read_output ? fds : NULL);
	}
	tracer_pid = child;
	if (r->read_output) {
		close(fds[1]);
		if (child > 0)
			read_pipe(r, fds[0]);
		else
			close(fds[0]);
	}
	int status = 1;
	if (child > 0)
		while (waitpid(child, &status, 0) < 0 && errno == EINTR)
			;
	tracer_pid = 0;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	if (child < 0) {
		fprintf(stderr, "bpfscope %s: fork: %m\n", r->who);
		return 1;
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
