# String builtin/comparison: strlen("hello") (strcontains/strlen are newer than 0.17).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", strlen("hello")); exit(); }'
stdout: 5
stdout:
stdout:
