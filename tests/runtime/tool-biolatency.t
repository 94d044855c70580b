# bpfscope biolatency: synchronous direct writes to a file on a disk show up as a histogram of I/O latency.
skip-unless: df /var/tmp | tail -1 | grep -q '^/dev/'
cmd: ./bpfscope biolatency --cmd "dd if=/dev/zero of=/var/tmp/bpfscope-biolat.$$ bs=64k count=20 oflag=direct,sync status=none"; rm -f /var/tmp/bpfscope-biolat.$$
stderr-re: ^Tracing block device I/O\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^@usecs:$
stdout-re: ^\[[0-9]+[KM]?, [0-9]+[KM]?\) +[0-9]+ \|@+ *\|$
