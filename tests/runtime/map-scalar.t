# A scalar map is printed at exit as "@x: 5".
cmd: ./bpfscope -e 'BEGIN { @x = 5; exit(); }'
stdout:
stdout:
stdout: @x: 5
