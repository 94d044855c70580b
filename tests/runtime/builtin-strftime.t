# strftime() with a date format.
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", strftime("%Y-%m-%d", nsecs)); exit(); }'
stdout-re: ^20[0-9]{2}-[01][0-9]-[0-3][0-9]$
