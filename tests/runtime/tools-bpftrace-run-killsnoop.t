# bpftrace's tool killsnoop.bt runs: its header and an event line with the layout
# bpftrace prints (compared with Debian's bpftrace 0.17 under the same workload). The
# tool traces the whole machine: another case's events can come between the time and
# the rest of a line, so the two are checked apart.
cmd: ./bpfscope -c '/bin/kill -0 1' /usr/sbin/killsnoop.bt
skip-unless: test -e /usr/sbin/killsnoop.bt
stdout-re: ^TIME      PID    COMM             SIG  TPID   RESULT$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  
stdout-re: [0-9]+ +kill +0    1      0$
