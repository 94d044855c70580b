# username() and print().
cmd: ./bpfscope -e 'BEGIN { print(username()); exit(); }'
stdout: root
stdout:
stdout:
