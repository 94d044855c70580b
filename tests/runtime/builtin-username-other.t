# username of a process run as another user (setpriv): that user's name, looked up when printed.
skip-unless: command -v setpriv && getent passwd nobody && getent group nogroup
cmd: (for i in 1 2 3 4 5 6 7 8 9 10; do sleep 0.2; setpriv --reuid=nobody --regid=nogroup --clear-groups /bin/cat /etc/hostname; done) >/dev/null 2>&1 </dev/null & ./bpfscope -e 'tracepoint:syscalls:sys_enter_openat /comm == "cat" && uid == 65534/ { printf("%s\n", username); exit(); }'
stdout: nobody
stdout:
stdout:
