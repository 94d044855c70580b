# join() in JSON: {"type": "join", "data": ...}.
cmd: ./bpfscope -f json -q -c '/bin/true a b' -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { join(args.argv); }'
json-valid
stdout-json: {"type": "join", "data": "/bin/true a b"}
stdout-lines: 1
