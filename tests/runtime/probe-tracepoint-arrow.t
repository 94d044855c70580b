# args->field is the same as args.field.
# Output goes through a pipe: with a regular file shared with the child, cat's copy_file_range
# can move the shared file offset back under our writes (seen: 'open ' overwritten).
cmd: set -o pipefail; ./bpfscope -e 'tracepoint:syscalls:sys_enter_openat /pid == cpid/ { printf("open %s\n", str(args->filename)); }' -c '/bin/cat /etc/hostname' | cat
stdout-re: ^open /etc/hostname$
