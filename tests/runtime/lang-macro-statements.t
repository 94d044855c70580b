# A macro without a trailing value, used as a statement, changing a variable and a map. Not in 0.17.
cmd: ./bpfscope -e 'macro add_one_to_each($a, @b) { $a += 1; @b += 1; } BEGIN { $a = 10; @b = 5; add_one_to_each($a, @b); printf("%d\n", $a + @b); exit(); }'
stdout: 17
stdout:
stdout:
stdout: @b: 6
