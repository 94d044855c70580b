# bpfscope exitsnoop shows a child exiting with code 3 and one killed by SIGKILL after 0.3 s, each with its parent (the --cmd shell).
cmd: cp /bin/sh $TEST_TMP/xsnoop3; cp /bin/sleep $TEST_TMP/xsnoop9; out=$(./bpfscope exitsnoop --cmd "sh -c 'echo parent=\$\$; $TEST_TMP/xsnoop3 -c \"exit 3\"; $TEST_TMP/xsnoop9 5 & sleep 0.3; kill -9 \$!; wait'" 2>/dev/null); p=$(echo "$out" | sed -n 's/^parent=//p'); echo "$out" | sed "s/ $p / PARENT /"
stdout-re: ^TIME     PCOMM            PID    PPID   TID    AGE\(s\)  EXIT_CODE$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} xsnoop3 +([0-9]+) +PARENT +\1 +[0-9]\.[0-9]{2}    code 3$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} xsnoop9 +([0-9]+) +PARENT +\1 +(0\.[2-9]|[1-9]\.)[0-9]{1,2} +signal 9 \(KILL\)$
