# syscount -P -L -m: per process with the time in syscalls in ms; a child (sclat) that sleeps 5 x 0.1 s spends at least 500 ms.
cmd: cp /usr/bin/python3 $TEST_TMP/sclat; ./bpfscope syscount -P -L -m -T 100 --cmd "$TEST_TMP/sclat -c 'import time; [time.sleep(0.1) for i in range(5)]'" 2>/dev/null
stdout-re: ^PID    COMM               COUNT        TIME \(ms\)$
stdout-re: ^[0-9]+ +sclat +[0-9]+ +([5-9][0-9][0-9])\.[0-9]{6}$
