# Division by a runtime zero gives 0 (bpftrace checks the divisor; 0.17 gives 0 too).
cmd: ./bpfscope -e 'BEGIN { $z = 0; $a = 7; printf("%d\n", $a / $z); exit(); }'
stdout: 0
stdout:
stdout:
