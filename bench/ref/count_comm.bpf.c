// The hand-written reference for
//
//   tracepoint:raw_syscalls:sys_enter { @[comm] = count(); }
//
// written the way a careful person would write it in C: a per-CPU hash keyed
// by the 16-byte comm, looked up and incremented in place, inserted with 1 on
// a miss. Built with clang -O2; its instruction count and per-event cost are
// what bpfscope's compiled program is measured against.
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define COMM_LEN 16

struct comm_key {
	char comm[COMM_LEN];
};

// bpftrace's default map size, so both use the same hash table shape.
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 4096);
	__type(key, struct comm_key);
	__type(value, __u64);
} counts SEC(".maps");

SEC("tracepoint/raw_syscalls/sys_enter")
int count_comm(void *ctx)
{
	struct comm_key key = {};
	__u64 one = 1, *count;

	bpf_get_current_comm(&key.comm, sizeof(key.comm));
	count = bpf_map_lookup_elem(&counts, &key);
	if (count) {
		// Per-CPU values: no other CPU writes this slot, so no atomic add.
		*count += 1;
		return 0;
	}
	bpf_map_update_elem(&counts, &key, &one, BPF_ANY);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
