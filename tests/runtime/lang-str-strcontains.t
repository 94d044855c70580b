# String builtin/comparison: strcontains("hello world", "o w") (strcontains/strlen are newer than 0.17).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", strcontains("hello world", "o w")); exit(); }'
stdout: 1
stdout:
stdout:
