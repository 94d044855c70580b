# String builtin/comparison: strcontains("hello", "") (strcontains/strlen are newer than 0.17).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", strcontains("hello", "")); exit(); }'
stdout: 1
stdout:
stdout:
