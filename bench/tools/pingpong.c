// pingpong: the scheduler workload for bench/tools/run.
//
//   pingpong [N]   two processes pass a byte back and forth through two
//                  pipes N times (default 200,000) and print the mean
//                  nanoseconds per round trip on stdout
//
// Every round trip is two sleeps and two wake-ups, so two context switches
// on each side: the events runqlat, cpudist and offcputime trace. Run it
// pinned to one CPU (taskset -c 0) so each switch goes straight from one
// process to the other.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 200000;
	int ping[2], pong[2];
	char c = 0;

	if (n <= 0 || pipe(ping) || pipe(pong)) {
		fprintf(stderr, "usage: pingpong [N>0]\n");
		return 2;
	}
	pid_t child = fork();
	if (child < 0)
		return 1;
	if (child == 0) {
		for (long i = 0; i < n; i++)
			if (read(ping[0], &c, 1) != 1 || write(pong[1], &c, 1) != 1)
				_exit(1);
		_exit(0);
	}
	double start = now_ns();
	for (long i = 0; i < n; i++)
		if (write(ping[1], &c, 1) != 1 || read(pong[0], &c, 1) != 1)
			return 1;
	double elapsed = now_ns() - start;
	int status;
	waitpid(child, &status, 0);
	printf("%.1f\n", elapsed / n);
	return 0;
}
