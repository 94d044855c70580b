# interval:s:1 fires after about a second.
cmd: ./bpfscope -e 'interval:s:1 { printf("%d\n", elapsed >= 900000000); exit(); }'
stdout: 1
stdout:
stdout:
