# macaddr() in JSON is a string (bpftrace 0.17 forgets the quotes; current bpftrace quotes it).
cmd: ./bpfscope -f json -q -c /bin/true -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { print(macaddr(args.filename)); @[macaddr(args.filename)] = count(); }'
json-valid
stdout-json: {"type": "value", "data": "2F:62:69:6E:2F:74"}
stdout-json: {"type": "map", "data": {"@": {"2F:62:69:6E:2F:74": 1}}}
stdout-lines: 2
