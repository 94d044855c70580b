// count_comm: loads bench/ref/count_comm.bpf.o with libbpf, attaches it, and
// counts until SIGINT or SIGTERM; then prints the sum over the map.
//
//   count_comm OBJECT             trace; "Attached" on stderr once live
//   count_comm --insns OBJECT     load only, print "elf N xlated M" and exit
//
// The instruction counts: "elf" is what clang emitted (ELF section size / 8),
// "xlated" what the verifier accepted and the kernel runs before JIT
// (bpf_prog_info.xlated_prog_len / 8), the figure bpftool reports for any
// program, bpfscope's included.
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#define COMM_LEN 16

static volatile sig_atomic_t stop_requested;

static void on_stop_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

static int print_silenced(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (level == LIBBPF_DEBUG)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

static int xlated_insn_count(int prog_fd)
{
	struct bpf_prog_info info;
	__u32 len = sizeof(info);

	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(prog_fd, &info, &len))
		return -errno;
	return info.xlated_prog_len / 8;
}

// Sums every CPU's slot of every key: the total number of events counted.
static int sum_counts(int map_fd, unsigned long long *total, int *keys)
{
	int ncpus = libbpf_num_possible_cpus();
	char key[COMM_LEN], next[COMM_LEN];
	void *prev = NULL;
	__u64 *values;

	if (ncpus < 0)
		return ncpus;
	values = calloc(ncpus, sizeof(*values));
	if (!values)
		return -ENOMEM;
	*total = 0;
	*keys = 0;
	while (bpf_map_get_next_key(map_fd, prev, next) == 0) {
		if (bpf_map_lookup_elem(map_fd, next, values) == 0) {
			for (int cpu = 0; cpu < ncpus; cpu++)
				*total += values[cpu];
			(*keys)++;
		}
		memcpy(key, next, sizeof(key));
		prev = key;
	}
	free(values);
	return 0;
}

static void wait_for_stop_signal(void)
{
	sigset_t blocked, old;

	sigemptyset(&blocked);
	sigaddset(&blocked, SIGINT);
	sigaddset(&blocked, SIGTERM);
	sigprocmask(SIG_BLOCK, &blocked, &old);
	while (!stop_requested)
		sigsuspend(&old);
	sigprocmask(SIG_SETMASK, &old, NULL);
}

int main(int argc, char **argv)
{
	struct bpf_object *obj = NULL;
	struct bpf_program *prog;
	struct bpf_link *link = NULL;
	struct sigaction sa = { .sa_handler = on_stop_signal };
	bool insns_only = argc == 3 && strcmp(argv[1], "--insns") == 0;
	const char *path = argv[argc - 1];
	unsigned long long total;
	int keys, err = 1;

	if (argc != 2 && !insns_only) {
		fprintf(stderr, "usage: count_comm [--insns] OBJECT\n");
		return 2;
	}
	libbpf_set_print(print_silenced);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	obj = bpf_object__open_file(path, NULL);
	if (!obj) {
		fprintf(stderr, "count_comm: cannot open %s: %s\n", path, strerror(errno));
		return 1;
	}
	prog = bpf_object__find_program_by_name(obj, "count_comm");
	if (!prog) {
		fprintf(stderr, "count_comm: %s has no program count_comm\n", path);
		goto out;
	}
	if (bpf_object__load(obj)) {
		fprintf(stderr, "count_comm: load failed: %s\n", strerror(errno));
		goto out;
	}
	if (insns_only) {
		printf("elf %zu xlated %d\n", bpf_program__insn_cnt(prog),
		       xlated_insn_count(bpf_program__fd(prog)));
		err = 0;
		goto out;
	}
	link = bpf_program__attach(prog);
	if (!link) {
		fprintf(stderr, "count_comm: attach failed: %s\n", strerror(errno));
		goto out;
	}
	fprintf(stderr, "Attached 1 probe\n");

	wait_for_stop_signal();

	if (sum_counts(bpf_map__fd(bpf_object__find_map_by_name(obj, "counts")), &total, &keys)) {
		fprintf(stderr, "count_comm: cannot read the map: %s\n", strerror(errno));
		goto out;
	}
	printf("%llu events from %d comms\n", total, keys);
	err = 0;
out:
	bpf_link__destroy(link);
	bpf_object__close(obj);
	return err;
}
