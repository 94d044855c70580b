# Modulo by a runtime zero gives 0, as bpftrace defines it.
cmd: ./bpfscope -e 'BEGIN { $z = 0; $a = 7; printf("%d\n", $a % $z); exit(); }'
stdout: 0
stdout:
stdout:
