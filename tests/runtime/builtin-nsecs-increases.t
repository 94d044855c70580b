# nsecs grows between two probes.
cmd: ./bpfscope -e 'BEGIN { @t = nsecs; } interval:ms:20 { printf("%d\n", nsecs > @t); clear(@t); exit(); }'
stdout: 1
stdout:
stdout:
