// getppid_loop: the workload for the per-event overhead benchmark.
//
//   getppid_loop [N]          make N getppid() syscalls (default 2,000,000) and
//                             print the mean nanoseconds per call on stdout
//   getppid_loop --while PID  call getppid() every 200 us until PID exits, so a
//                             tracer waiting for that syscall fires promptly
//
// getppid() does almost nothing in the kernel, so the time per call is the
// syscall round trip plus whatever the attached BPF programs add to it.
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

enum { DEFAULT_CALLS = 2000000, POKE_INTERVAL_NS = 200000, POKE_LIMIT_S = 30 };

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

// Calls syscall() directly: glibc does not cache getppid, but this keeps it
// honest on any libc.
static int run_loop(long calls)
{
	double start = now_ns();

	for (long i = 0; i < calls; i++)
		syscall(SYS_getppid);
	printf("%.1f\n", (now_ns() - start) / calls);
	return 0;
}

static int poke_while_alive(pid_t pid)
{
	struct timespec pause = { .tv_nsec = POKE_INTERVAL_NS };
	double deadline = now_ns() + POKE_LIMIT_S * 1e9;

	while (kill(pid, 0) == 0 || errno == EPERM) {
		if (now_ns() > deadline)
			return 1;
		syscall(SYS_getppid);
		nanosleep(&pause, NULL);
	}
	return 0;
}

int main(int argc, char **argv)
{
	char *end;

	if (argc == 3 && strcmp(argv[1], "--while") == 0)
		return poke_while_alive((pid_t)atol(argv[2]));
	if (argc > 2) {
		fprintf(stderr, "usage: getppid_loop [N] | --while PID\n");
		return 2;
	}

	long calls = DEFAULT_CALLS;
	if (argc == 2) {
		calls = strtol(argv[1], &end, 10);
		if (*end || calls <= 0) {
			fprintf(stderr, "getppid_loop: bad call count '%s'\n", argv[1]);
			return 2;
		}
	}
	return run_loop(calls);
}
