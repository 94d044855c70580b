# Scratch variables are local to their probe.
cmd: ./bpfscope -e 'BEGIN { $x = 1; printf("%d\n", $x); } END { $x = 2; printf("%d\n", $x); } interval:ms:50 { exit(); }'
stdout: 1
stdout: 2
stdout:
stdout:
