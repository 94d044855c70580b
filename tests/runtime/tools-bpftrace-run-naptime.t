# bpftrace's tool naptime.bt runs: it reads args->rqtp->tv_sec of
# nanosleep(2) from the caller's memory (glibc's sleep() calls
# clock_nanosleep, so the workload calls nanosleep itself). Its header and
# event line have bpftrace's layout (compared with Debian's bpftrace 0.17).
cmd: printf 'import ctypes\nclass T(ctypes.Structure):\n    _fields_ = [("s", ctypes.c_long), ("ns", ctypes.c_long)]\nctypes.CDLL(None).syscall(35, ctypes.byref(T(0, 200000000)), None)\n' > "$TEST_TMP/nap.py" && ./bpfscope -c "/usr/bin/python3 $TEST_TMP/nap.py" /usr/sbin/naptime.bt
skip-unless: test -e /usr/sbin/naptime.bt && test -x /usr/bin/python3 && test "$(uname -m)" = x86_64
stdout-re: ^TIME     PPID   PCOMM            PID    COMM             SECONDS$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +[^ ]+ +[0-9]+ +python3 +0\.200$
