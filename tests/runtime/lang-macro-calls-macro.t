# A macro calling another macro. Not in 0.17.
cmd: ./bpfscope -e 'macro add_one(x) { x + 1 } macro add_two(x) { add_one(x) + 1 } BEGIN { printf("%d\n", add_two(1)); exit(); }'
stdout: 3
stdout:
stdout:
