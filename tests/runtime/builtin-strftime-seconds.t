# strftime() with %s-like fields: %H:%M.
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", strftime("%H:%M", nsecs)); exit(); }'
stdout-re: ^[0-2][0-9]:[0-5][0-9]$
