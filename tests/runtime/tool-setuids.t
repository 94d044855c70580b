# bpfscope setuids shows a root child's setuid(65534) and setresgid(-1, 65534, -1) with their arguments, the uid before, and the result 0.
cmd: cp /usr/bin/python3 $TEST_TMP/setuidpy; ./bpfscope setuids --cmd "$TEST_TMP/setuidpy -c 'import os; os.setresgid(-1, 65534, -1); os.setuid(65534)'" 2>/dev/null
stdout-re: ^TIME     PID    COMM             UID    SYSCALL          ARGS \(RET\)$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +setuidpy +0      setresgid        rgid=-1 egid=65534 sgid=-1 \(0\)$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +setuidpy +0      setuid           uid=65534 \(0\)$
