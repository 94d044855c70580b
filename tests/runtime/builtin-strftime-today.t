# strftime() of nsecs is today.
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", strftime("%Y-%m-%d", nsecs)); exit(); }' | grep -x "$(date +%Y-%m-%d)" 
stdout-re: ^20[0-9]{2}-
