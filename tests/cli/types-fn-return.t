# A fn returns a value of its declared type.
cmd: ./bpfscope --check -d types -e 'fn name($n: int64): string { return $n; } begin { printf("%s\n", name(1)); }'
exit: 1
stdout-empty
stderr: stdin:1:37: error: function 'name' returns string[64], not int64
stderr: fn name($n: int64): string { return $n; } begin { printf("%s\n", name(1)); }
stderr:                                     ^~
