# ext4slower -j prints bcc's CSV: end time and latency in us, the offset in bytes; a pwrite of 512
# bytes at 8192 and a pread of 100 at 700 by python3 show up exactly, with python's pid.
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: ./bpfscope ext4slower -j 0 --cmd "python3 -c 'import os; fd = os.open(\"$TEST_TMP/e4csv-mark\", os.O_CREAT | os.O_RDWR); os.pwrite(fd, b\"x\" * 512, 8192); os.pread(fd, 100, 700); open(\"$TEST_TMP/pid\", \"w\").write(str(os.getpid()))'" 2>/dev/null >$TEST_TMP/out; grep -E 'e4csv-mark$|^ENDTIME' $TEST_TMP/out | sed -E "s/^[0-9]+,/T,/; s/,[0-9]+,e4csv/,L,e4csv/; s/,$(cat $TEST_TMP/pid),/,PID,/" | sort
stdout: ENDTIME_us,TASK,PID,TYPE,BYTES,OFFSET_b,LATENCY_us,FILE
stdout: T,python3,PID,O,0,0,L,e4csv-mark
stdout: T,python3,PID,R,100,700,L,e4csv-mark
stdout: T,python3,PID,W,512,8192,L,e4csv-mark
