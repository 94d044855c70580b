# A tool with a positional argument (ext4slower's min_ms) shows it in its usage and options, and a
# class A tool's help says what differs from upstream.
cmd: ./bpfscope ext4slower --help
stdout-re: ^usage: bpfscope ext4slower \[-j\] \[-p PID\] \[-d SECS\] \[min_ms\]$
stdout-re: ^  min_ms +minimum latency in milliseconds \(default 10; 0 traces all\)$
stdout-re: ^Differs from upstream: bcc times ext4_file_read_iter
stdout-re: ^class A: an approximation of the upstream tool
