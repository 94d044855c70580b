# tid equals pid in the single-threaded tracer BEGIN.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", tid == pid); exit(); }'
stdout: 1
stdout:
stdout:
