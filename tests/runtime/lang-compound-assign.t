# Compound assignment operators on scratch variables.
cmd: ./bpfscope -e 'BEGIN { $x = 10; $x += 5; $x -= 3; $x *= 2; $x /= 4; $x %= 4; $x <<= 3; $x >>= 1; $x |= 1; $x &= 7; $x ^= 2; printf("%d\n", $x); exit(); }'
stdout: 3
stdout:
stdout:
