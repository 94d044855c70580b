# --info probes the kernel and reports each BPF feature; on a kernel
# without kprobes it says why.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope --info
exit: 0
stdout-re: ^btf: (yes|no)
stdout-re: ^ringbuf: (yes|no)
stdout-re: ^kprobe: (yes|no \(kprobes are not available: .+\))$
