# str($2) of a word parameter.
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", str($2)); exit(); }' 1 word
stdout: word
stdout:
stdout:
