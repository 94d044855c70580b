# elapsed after 50 ms is at least 40 ms.
cmd: ./bpfscope -e 'interval:ms:50 { printf("%d\n", elapsed >= 40000000); exit(); }'
stdout: 1
stdout:
stdout:
