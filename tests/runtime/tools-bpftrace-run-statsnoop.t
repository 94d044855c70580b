# bpftrace's tool statsnoop.bt runs: its header and an event line with the layout
# bpftrace prints (compared with Debian's bpftrace 0.17 under the same workload).
cmd: ./bpfscope -c '/usr/bin/stat /etc/hostname' /usr/sbin/statsnoop.bt
skip-unless: test -e /usr/sbin/statsnoop.bt
stdout-re: ^PID    COMM             ERR PATH$
stdout-re: ^[0-9]+ +stat +0 /etc/hostname$
