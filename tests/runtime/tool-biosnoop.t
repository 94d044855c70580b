# bpfscope biosnoop: dd's 64 KiB direct writes show up as W lines with dd's pid, the size and a latency.
skip-unless: df /var/tmp | tail -1 | grep -q '^/dev/'
cmd: f=/var/tmp/bpfscope-biosnoop.$$; ./bpfscope biosnoop --cmd "sh -c 'echo \$\$ > $TEST_TMP/pid; exec dd if=/dev/zero of=$f bs=64k count=4 oflag=direct,sync status=none'" > $TEST_TMP/out 2>/dev/null; rm -f $f; sed "s/ $(cat $TEST_TMP/pid) / PID /" $TEST_TMP/out
stdout-re: ^TIME\(s\)     COMM           PID    DISK    T SECTOR     BYTES  LAT\(ms\)$
stdout-re: ^[0-9]+\.[0-9]{6} +dd +PID +[a-z]+[0-9a-z]* +W [0-9]+ +65536 +[0-9]+\.[0-9]{2}$
