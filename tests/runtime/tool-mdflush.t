# bpfscope mdflush: no md here, so --all shows the generic flush path: dd's fsync on the root disk sends a flush bio; without --all nothing shows and the tool still exits cleanly.
skip-unless: df /var/tmp | tail -1 | grep -q '^/dev/'
cmd: f=/var/tmp/bpfscope-mdflush.$$; ./bpfscope mdflush --all --cmd "sh -c 'echo \$\$ > $TEST_TMP/pid; exec dd if=/dev/zero of=$f bs=4k count=1 conv=fsync status=none'" > $TEST_TMP/out 2>/dev/null; echo "all: $?"; sed "s/ $(cat $TEST_TMP/pid) / PID /" $TEST_TMP/out; ./bpfscope mdflush --cmd "dd if=/dev/zero of=$f bs=4k count=1 conv=fsync status=none" 2>/dev/null | grep -c ' dd '; echo "md only: ${PIPESTATUS[0]}"; rm -f $f
stdout-re: ^all: 0$
stdout-re: ^TIME     PID    COMM             DEVICE$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} PID +dd +[a-z]+[0-9a-z]*$
stdout-re: ^0$
stdout-re: ^md only: 0$
