# String builtin/comparison: strlen("") (strcontains/strlen are newer than 0.17).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", strlen("")); exit(); }'
stdout: 0
stdout:
stdout:
