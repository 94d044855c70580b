# str($1) turns a positional parameter into a string.
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", str($1)); exit(); }' hello
stdout: hello
stdout:
stdout:
