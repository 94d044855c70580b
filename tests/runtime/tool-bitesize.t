# bpfscope bitesize: dd's 64 KiB direct writes fall in dd's [64K, 128K) bucket.
skip-unless: df /var/tmp | tail -1 | grep -q '^/dev/'
cmd: ./bpfscope bitesize -n dd --cmd "dd if=/dev/zero of=/var/tmp/bpfscope-bs.$$ bs=64k count=10 oflag=direct,sync status=none" 2>/dev/null; rm -f /var/tmp/bpfscope-bs.$$
stdout-re: ^I/O size \(bytes\) histograms by process name:$
stdout-re: ^@\[dd\]:$
stdout-re: ^\[64K, 128K\) +([1-9][0-9]*) \|@+ *\|$
