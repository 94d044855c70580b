# printf %d%% with 50. (0.17 prints %% unchanged; current bpftrace prints %)
cmd: ./bpfscope -e 'BEGIN { printf("%d%%\n", 50); exit(); }'
stdout: 50%
stdout:
stdout:
