# printf %% with no arguments. (0.17 prints %% unchanged; current bpftrace prints %)
cmd: ./bpfscope -e 'BEGIN { printf("%%\n"); exit(); }'
stdout: %
stdout:
stdout:
