# Pre/post increment and decrement on scratch variables.
cmd: ./bpfscope -e 'BEGIN { $i = 5; $a = $i++; $b = ++$i; $c = $i--; $d = --$i; printf("%d %d %d %d %d\n", $a, $b, $c, $d, $i); exit(); }'
stdout: 5 7 7 5 5
stdout:
stdout:
