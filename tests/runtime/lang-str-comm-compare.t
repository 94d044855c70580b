# comm compares with a string (BEGIN runs in the tracer itself).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", comm == "nosuchcomm"); exit(); }'
stdout: 0
stdout:
stdout:
