# A non-numeric positional parameter used as a number is an error, as in bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", $1); exit(); }' abc
exit: 1
stdout-empty
stderr: stdin:1:24: error: $1 used numerically but given "abc". Try using str($1).
stderr: BEGIN { printf("%d\n", $1); exit(); }
stderr:                        ^~
