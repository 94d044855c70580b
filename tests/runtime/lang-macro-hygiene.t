# A variable the macro declares is its own, even with the caller's name. Not in 0.17.
cmd: ./bpfscope -e 'macro square(x) { let $a = x; $a * $a } BEGIN { $a = 3; printf("%d %d\n", square($a + 1), $a); exit(); }'
stdout: 16 3
stdout:
stdout:
