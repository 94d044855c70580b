# exit(N) makes bpfscope exit with N (current bpftrace; 0.17 has no argument).
cmd: ./bpfscope -e 'BEGIN { exit(3); }'
exit: 3
stdout:
stdout:
