# args in a wildcard tracepoint probe: typed from the first tracepoint the
# wildcard matches, each program reading its own tracepoint's fields
# (execsnoop.bt: tracepoint:syscalls:sys_enter_exec* { join(args->argv); }).
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_exec* /pid == cpid/ { join(args->argv); }' -c '/bin/true a b'
stdout: /bin/true a b
stdout:
stdout:
