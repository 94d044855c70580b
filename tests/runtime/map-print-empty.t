# print() of an empty map prints nothing.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 1; clear(@m); print(@m); printf("end\n"); exit(); }'
stdout: end
stdout:
stdout:
