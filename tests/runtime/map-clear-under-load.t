# clear() of a map that probes keep filling returns: it deletes the keys it walked instead of looping until the map is empty (a busy child keeps adding its entry back).
cmd: ./bpfscope -c "/usr/bin/python3 -c 'import os; [os.getppid() for i in range(30000000)]'" -e 'tracepoint:raw_syscalls:sys_enter { @[tid] = count(); } interval:ms:200 { clear(@); @n = @n + 1; if (@n == 5) { printf("cleared 5 times\n"); exit(); } } END { clear(@); clear(@n); }' 2>/dev/null
stdout: cleared 5 times
stdout:
stdout:
