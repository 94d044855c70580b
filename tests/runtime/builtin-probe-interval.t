# probe for an interval probe.
cmd: ./bpfscope -e 'interval:ms:20 { printf("%s\n", probe); exit(); }'
stdout: interval:ms:20
stdout:
stdout:
