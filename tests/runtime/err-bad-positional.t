# A non-numeric positional parameter used as a number is an error.
skip: not implemented yet: a non-numeric positional parameter used as a number is not rejected at compile time
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", $1); exit(); }' abc
exit: 1
stdout-empty
stderr-re: \$1|abc
