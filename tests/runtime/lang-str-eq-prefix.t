# String builtin/comparison: "ab" == "abc" (strcontains/strlen are newer than 0.17).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", "ab" == "abc"); exit(); }'
stdout: 0
stdout:
stdout:
