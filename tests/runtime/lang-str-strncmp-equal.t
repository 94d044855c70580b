# String builtin/comparison: strncmp("abcdef", "abcxyz", 3) (strcontains/strlen are newer than 0.17).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", strncmp("abcdef", "abcxyz", 3)); exit(); }'
stdout: 0
stdout:
stdout:
