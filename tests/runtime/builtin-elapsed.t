# elapsed is the time since the start, under 10 s in BEGIN.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", elapsed < 10000000000); exit(); }'
stdout: 1
stdout:
stdout:
