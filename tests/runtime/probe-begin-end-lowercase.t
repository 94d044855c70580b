# begin/end are accepted as names of BEGIN/END (current bpftrace).
cmd: ./bpfscope -e 'begin { printf("b\n"); exit(); } end { printf("e\n"); }'
stdout: b
stdout: e
stdout:
stdout:
