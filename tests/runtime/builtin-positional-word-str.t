# str($1) of a word stays text while a numeric $2 is a number.
cmd: ./bpfscope -e 'BEGIN { printf("%s %d\n", str($1), $2 + 1); exit(); }' abc 41
stdout: abc 42
stdout:
stdout:
