# A function using a macro, and a macro calling a function. Not in 0.17.
cmd: ./bpfscope -e 'macro twice(x) { x * 2 } fn quad($v: int64): int64 { return twice(twice($v)); } macro plus_quad(x) { x + quad(x) } BEGIN { printf("%d\n", plus_quad(3)); exit(); }'
stdout: 15
stdout:
stdout:
