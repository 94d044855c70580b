# Shifts by a runtime amount.
cmd: ./bpfscope -e 'BEGIN { $s = 5; printf("%d %d\n", 3 << $s, 96 >> $s); exit(); }'
stdout: 96 3
stdout:
stdout:
