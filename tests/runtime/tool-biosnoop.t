# bpfscope biosnoop: dd's 64 KiB direct writes, then another dd's direct reads of the same file, show up as W and R lines with each dd's pid, the size and a latency.
skip-unless: df /var/tmp | tail -1 | grep -q '^/dev/'
cmd: f=/var/tmp/bpfscope-biosnoop.$$; ./bpfscope biosnoop --cmd "sh -c 'dd if=/dev/zero of=$f bs=64k count=4 oflag=direct,sync status=none & echo \$! > $TEST_TMP/wpid; wait; echo \$\$ > $TEST_TMP/rpid; exec dd if=$f of=/dev/null bs=64k iflag=direct status=none'" > $TEST_TMP/out 2>/dev/null; rm -f $f; sed "s/ $(cat $TEST_TMP/wpid) / WPID /; s/ $(cat $TEST_TMP/rpid) / RPID /" $TEST_TMP/out
stdout-re: ^TIME\(s\)     COMM           PID    DISK    T SECTOR     BYTES  LAT\(ms\)$
stdout-re: ^[0-9]+\.[0-9]{6} +dd +WPID +[a-z]+[0-9a-z]* +W [0-9]+ +65536 +[0-9]+\.[0-9]{2}$
stdout-re: ^[0-9]+\.[0-9]{6} +dd +RPID +[a-z]+[0-9a-z]* +R [0-9]+ +65536 +[0-9]+\.[0-9]{2}$
