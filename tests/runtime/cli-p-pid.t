# -p PID traces only that process: events of pid are seen.
cmd: sleep 0.5 & p=$!; ./bpfscope -p $p -e 'interval:ms:50 { printf("%d\n", $1 > 0); exit(); }' $p
stdout: 1
stdout:
stdout:
