# printf of scratch variables and map values.
cmd: ./bpfscope -e 'BEGIN { $a = 3; @b = 4; printf("%d %d\n", $a, @b); exit(); }'
stdout: 3 4
stdout:
stdout:
stdout: @b: 4
