# gid is 0 when run as root.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", gid); exit(); }'
stdout: 0
stdout:
stdout:
