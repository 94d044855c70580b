# clear() empties a map: nothing printed at exit (0.17 prints an empty line for an empty map).
cmd: ./bpfscope -e 'BEGIN { @m[1] = 1; @m[2] = 2; clear(@m); exit(); }'
stdout:
stdout:
