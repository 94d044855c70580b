# A fn is inlined where it is called, so it cannot call itself, even through another fn.
cmd: ./bpfscope --check -d ir -e 'fn even($n: int64): int64 { return $n == 0 ? 1 : odd($n - 1); } fn odd($n: int64): int64 { return $n == 0 ? 0 : even($n - 1); } begin { printf("%d\n", even(4)); }'
exit: 1
stderr-re: ^stdin:1:[0-9]+: error: function 'even' calls itself \(directly or through another function\): functions are inlined and cannot be recursive$
