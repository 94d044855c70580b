# A pointer read from a syscall's user struct points into user memory too:
# args->msg->msg_iov->iov_base of sendmsg(2) is read from the caller.
cmd: printf 'import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.sendmsg([b"hello"], [], 0, ("127.0.0.1", 9))\n' > "$TEST_TMP/send.py" && ./bpfscope -e 'tracepoint:syscalls:sys_enter_sendmsg /pid == cpid/ { printf("%d %s\n", args->msg->msg_iovlen, str(args->msg->msg_iov->iov_base)); }' -c "/usr/bin/python3 $TEST_TMP/send.py"
skip-unless: test -x /usr/bin/python3
stdout: 1 hello
stdout:
stdout:
