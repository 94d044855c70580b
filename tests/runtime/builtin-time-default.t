# time() with no format prints HH:MM:SS and a newline.
cmd: ./bpfscope -e 'BEGIN { time(); exit(); }'
stdout-re: ^[0-2][0-9]:[0-5][0-9]:[0-6][0-9]$
