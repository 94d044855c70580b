# Escapes inside string literals.
cmd: ./bpfscope -e 'BEGIN { $s = "a\tb\\c\"d"; printf("%s\n", $s); exit(); }'
stdout: a	b\c"d
stdout:
stdout:
