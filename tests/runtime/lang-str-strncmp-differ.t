# String builtin/comparison: strncmp("abcdef", "abcxyz", 4) != 0 (strcontains/strlen are newer than 0.17).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", strncmp("abcdef", "abcxyz", 4) != 0); exit(); }'
stdout: 1
stdout:
stdout:
