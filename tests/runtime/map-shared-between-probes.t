# Maps are shared between probes.
cmd: ./bpfscope -e 'BEGIN { @x = 41; } END { printf("%d\n", @x + 1); } interval:ms:50 { exit(); }'
stdout: 42
stdout:
stdout:
stdout: @x: 41
