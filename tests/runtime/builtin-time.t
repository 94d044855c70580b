# time() prints the local time with the given format.
cmd: ./bpfscope -e 'BEGIN { time("%H:%M:%S\n"); exit(); }'
stdout-re: ^[0-2][0-9]:[0-5][0-9]:[0-6][0-9]$
