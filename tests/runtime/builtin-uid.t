# uid is 0 when run as root.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", uid); exit(); }'
stdout: 0
stdout:
stdout:
