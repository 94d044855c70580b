# bpftrace's tool syncsnoop.bt runs: its header and an event line with the layout
# bpftrace prints (compared with Debian's bpftrace 0.17 under the same workload).
cmd: ./bpfscope -c '/bin/sync' /usr/sbin/syncsnoop.bt
skip-unless: test -e /usr/sbin/syncsnoop.bt
stdout-re: ^Tracing sync syscalls\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^TIME      PID    COMM             EVENT$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  [0-9]+ +sync +tracepoint:syscalls:sys_enter_sync$
