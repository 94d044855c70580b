# bpfscope bitehist: dd's 384 KiB direct writes land in the [256, 512) Kbytes bucket.
skip-unless: df /var/tmp | tail -1 | grep -q '^/dev/'
cmd: ./bpfscope bitehist --cmd "dd if=/dev/zero of=/var/tmp/bpfscope-bitehist.$$ bs=384k count=4 oflag=direct,sync status=none" 2>/dev/null; rm -f /var/tmp/bpfscope-bitehist.$$
stdout-re: ^@kbytes:$
stdout-re: ^\[256, 512\) +[1-9][0-9]* \|@+ *\|$
