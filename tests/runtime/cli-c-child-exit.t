# With -c the run ends when the child exits; exit status 0.
cmd: ./bpfscope -e 'BEGIN { printf("start\n"); }' -c /bin/true
stdout: start
stdout:
stdout:
