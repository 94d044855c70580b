# $1 + 1 with a word: bpftrace says "$1 used numerically but given "abc". Try using str($1)."
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", $1 + 1); exit(); }' abc
exit: 1
stdout-empty
stderr-re: ^stdin:1:24: error: \$1 used numerically but given "abc"\. Try using str\(\$1\)\.$
