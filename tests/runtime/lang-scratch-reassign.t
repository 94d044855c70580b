# A scratch variable can be reassigned.
cmd: ./bpfscope -e 'BEGIN { $x = 1; $x = $x + 41; printf("%d\n", $x); exit(); }'
stdout: 42
stdout:
stdout:
