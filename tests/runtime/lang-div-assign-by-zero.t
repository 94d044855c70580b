# `$x /= 0`, `$x %= 0` and `@m /= 0` are `$x = $x / 0` and the rest: each gives 1 and a warning at its assignment, as bpftrace does (they used to give 0, silently). A nonzero divisor divides as before.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope -e 'BEGIN { $z = 0; $x = 5; $x /= $z; $a = 5; $a %= 0; @m = 7; @m /= $z; $d = 9; $d /= 2; printf("%d %d %d\n", $x, $a, $d); exit(); }'
stdout: 1 1 4
stdout:
stdout:
stdout: @m: 1
stderr-re: ^stdin:1:25: WARNING: Divide or modulo by 0 detected\. This can lead to unexpected results\. 1 is being used as the result\.$
stderr-re: ^stdin:1:43: WARNING: Divide or modulo by 0
stderr-re: ^stdin:1:60: WARNING: Divide or modulo by 0
