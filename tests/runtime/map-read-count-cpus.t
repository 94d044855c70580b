# Reading a count() map in an expression adds up every CPU's count (kill(pid, 0) run on both CPUs).
skip-unless: test "$(nproc)" -ge 2
cmd: set -o pipefail; ./bpfscope -e 'tracepoint:syscalls:sys_enter_kill /comm == "perl" && args.sig == 0 && args.pid == 1/ { @c = count(); } interval:ms:700 { printf("c=%d\n", @c); clear(@c); exit(); }' -c 'bash -c "taskset -c 0 perl -e \"kill 0, 1 for 1..3\"; taskset -c 1 perl -e \"kill 0, 1 for 1..4\"; sleep 2"' | grep c=
stdout: c=7
