# bpftrace's tool runqlat.bt runs: its header and an event line with the layout
# bpftrace prints (compared with Debian's bpftrace 0.17 under the same workload).
cmd: ./bpfscope -c '/bin/sleep 0.05' /usr/sbin/runqlat.bt
skip-unless: test -e /usr/sbin/runqlat.bt
stdout-re: ^Tracing CPU scheduler\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^@usecs:$
stdout-re: ^\[[0-9KM, ]+\)? +[0-9]+ \|@*  *\|$
