# An integer tracepoint argument: sys_exit_openat ret is a file descriptor >= 0 for the child.
# Output goes through a pipe: with a regular file shared with the child, cat's copy_file_range
# can move the shared file offset back under our writes (seen: 'open ' overwritten).
cmd: set -o pipefail; ./bpfscope -e 'tracepoint:syscalls:sys_exit_openat /pid == cpid && args.ret >= 0/ { @ok = count(); }' -c '/bin/cat /etc/hostname' | cat
stdout-re: ^@ok: [1-9][0-9]*$
