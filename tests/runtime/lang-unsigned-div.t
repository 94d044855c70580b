# Unsigned division of a large value.
cmd: ./bpfscope -e 'BEGIN { $a = (uint64)18446744073709551614; printf("%llu\n", $a / 2); exit(); }'
stdout: 9223372036854775807
stdout:
stdout:
