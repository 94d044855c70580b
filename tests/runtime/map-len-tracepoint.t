# len() in a tracepoint probe: the number of distinct files cat opened so far reaches 2.
cmd: set -o pipefail; ./bpfscope -e 'tracepoint:syscalls:sys_enter_openat /comm == "cat"/ { @f[str(args.filename)] = 1; if (len(@f) >= 2) { printf("two files\n"); clear(@f); exit(); } }' -c 'cat /etc/hostname /etc/passwd' | grep -c "two files"
stdout: 1
