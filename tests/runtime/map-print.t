# print(@m) prints the map where it is called, and again at exit.
cmd: ./bpfscope -e 'BEGIN { @x = 1; print(@x); printf("--\n"); exit(); }'
stdout: @x: 1
stdout: --
stdout:
stdout:
stdout: @x: 1
