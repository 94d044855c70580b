# A void function (no return type, or void), called as a statement. Not in 0.17.
cmd: ./bpfscope -e 'fn report($v: int64) { printf("v=%d\n", $v); } fn stop(): void { return; printf("not printed\n"); } BEGIN { report(7); stop(); report(8); exit(); }'
stdout: v=7
stdout: v=8
stdout:
stdout:
