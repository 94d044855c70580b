# min() and max() read in an expression compare the CPUs that have a value; avg() divides the totals.
skip-unless: test "$(nproc)" -ge 2
cmd: set -o pipefail; ./bpfscope -e 'tracepoint:syscalls:sys_enter_kill /comm == "perl" && args.sig == 0 && args.pid == 2/ { @mn = min(cpu + 7); @mx = max(cpu + 7); @a = avg(cpu * 10); } interval:ms:700 { printf("%d %d %d\n", @mn, @mx, @a); clear(@mn); clear(@mx); clear(@a); exit(); }' -c 'bash -c "taskset -c 0 perl -e \"kill 0, 2\"; taskset -c 1 perl -e \"kill 0, 2 for 1..3\"; sleep 2"' | grep -v '^$\|^@'
stdout: 7 8 7
