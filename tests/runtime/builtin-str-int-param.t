# str() of a numeric positional parameter.
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", str($1)); exit(); }' 123
stdout: 123
stdout:
stdout:
