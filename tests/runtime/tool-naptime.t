# bpfscope naptime shows sleep 0.25 (clock_nanosleep, relative), then in one Python child time.sleep(0.4) (clock_nanosleep until a monotonic time: the time left) and a raw nanosleep(2) of 0.3 s, each with the --cmd shell as parent.
cmd: out=$(./bpfscope naptime --cmd "sh -c 'echo parent=\$\$; sleep 0.25; /usr/bin/python3 -c \"import ctypes, time; time.sleep(0.4); ctypes.CDLL(None).syscall(35, (ctypes.c_long * 2)(0, 300000000), None)\"'" 2>/dev/null); p=$(echo "$out" | sed -n 's/^parent=//p'); echo "$out" | sed "s/ $p / PARENT /"
stdout-re: ^TIME     PPID   PCOMM            PID    COMM             SECONDS$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} PARENT +sh +[0-9]+ +sleep +0\.250$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} PARENT +sh +[0-9]+ +python3 +0\.(3[89][0-9]|400)$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} PARENT +sh +[0-9]+ +python3 +0\.300$
