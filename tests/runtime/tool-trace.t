# trace 't:syscalls:sys_enter_read (args.count > 20000) "read %d bytes", args.count' shows dd's 40000-byte read with dd's pid, tid and comm.
cmd: head -c 100000 /dev/zero > $TEST_TMP/in; ./bpfscope trace 't:syscalls:sys_enter_read (args.count > 20000) "read %d bytes", args.count' > $TEST_TMP/out 2>/dev/null & t=$!; for i in $(seq 40); do grep -q PID $TEST_TMP/out 2>/dev/null && break; sleep 0.1; done; dd if=$TEST_TMP/in of=/dev/null bs=40000 count=1 2>/dev/null & d=$!; wait $d; sleep 0.3; kill -INT $t; wait $t; head -1 $TEST_TMP/out; grep -qE "^$d +$d +dd +sys_enter_read +read 40000 bytes$" $TEST_TMP/out && echo dd-seen
stdout: PID     TID     COMM            FUNC             -
stdout: dd-seen
