# Comparison of a string variable with a literal.
cmd: ./bpfscope -e 'BEGIN { $s = "abc"; if ($s == "abc") { printf("same\n"); } exit(); }'
stdout: same
stdout:
stdout:
