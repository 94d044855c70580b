# String builtin/comparison: "abc" == "abc" (strcontains/strlen are newer than 0.17).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", "abc" == "abc"); exit(); }'
stdout: 1
stdout:
stdout:
