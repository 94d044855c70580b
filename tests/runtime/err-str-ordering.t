# Strings have no order: '<' on strings is rejected at compile time, as in bpftrace.
cmd: ./bpfscope -e 'BEGIN { $s = "abc"; if ($s < "abd") { printf("less\n"); } exit(); }'
exit: 1
stdout-empty
stderr-re: error: operator .<. cannot be used on strings: they compare only with == and !=
