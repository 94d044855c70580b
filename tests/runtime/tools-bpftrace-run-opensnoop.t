# bpftrace's tool opensnoop.bt runs: its header and an event line with the layout
# bpftrace prints (compared with Debian's bpftrace 0.17 under the same workload).
cmd: ./bpfscope -c '/bin/cat /etc/hostname' /usr/sbin/opensnoop.bt
skip-unless: test -e /usr/sbin/opensnoop.bt
stdout-re: ^PID    COMM               FD ERR PATH$
stdout-re: ^[0-9]+ +cat +[0-9]+   0 /etc/hostname$
