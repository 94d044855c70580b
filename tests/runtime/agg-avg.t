# avg() prints the integer mean: "@a: 5".
cmd: ./bpfscope -e 'BEGIN { @a = avg(3); @a = avg(7); exit(); }'
stdout:
stdout:
stdout: @a: 5
