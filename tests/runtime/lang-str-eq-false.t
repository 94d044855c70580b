# String builtin/comparison: "abc" == "abd" (strcontains/strlen are newer than 0.17).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", "abc" == "abd"); exit(); }'
stdout: 0
stdout:
stdout:
