# bpftrace's tool execsnoop.bt runs: its header and an event line with the layout
# bpftrace prints (compared with Debian's bpftrace 0.17 under the same workload).
cmd: ./bpfscope -c '/bin/true a b' /usr/sbin/execsnoop.bt
skip-unless: test -e /usr/sbin/execsnoop.bt
stdout-re: ^TIME\(ms\)   PID   ARGS$
stdout-re: ^[0-9]+ +[0-9]+ +/bin/true a b$
