# interval:ms fires repeatedly.
cmd: ./bpfscope -e 'interval:ms:10 { @n++; if (@n == 5) { exit(); } }'
stdout:
stdout:
stdout: @n: 5
