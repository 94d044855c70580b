# true and false print as 1 and 0 with %d.
cmd: ./bpfscope -e 'BEGIN { printf("%d %d\n", true, false); exit(); }'
stdout: 1 0
stdout:
stdout:
