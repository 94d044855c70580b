# A fn argument must fit the parameter's declared type (checked by the type pass).
cmd: ./bpfscope --check -d types -e 'fn twice($n: int64): int64 { return $n * 2; } begin { printf("%d\n", twice("a")); }'
exit: 1
stdout-empty
stderr: stdin:1:76: error: argument 1 of twice() must be int64 (parameter '$n'), not string[2]
stderr: fn twice($n: int64): int64 { return $n * 2; } begin { printf("%d\n", twice("a")); }
stderr:                                                                            ^~~
