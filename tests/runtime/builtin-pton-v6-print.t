# print() of pton("::1"): 16 bytes.
cmd: ./bpfscope -e 'BEGIN { print(pton("::1")); exit(); }'
stdout: [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]
stdout:
stdout:
