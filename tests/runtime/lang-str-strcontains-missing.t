# String builtin/comparison: strcontains("hello world", "xyz") (strcontains/strlen are newer than 0.17).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", strcontains("hello world", "xyz")); exit(); }'
stdout: 0
stdout:
stdout:
