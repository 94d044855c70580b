# The same with the named parameter given: only the first loop is kept.
cmd: ./bpfscope -e 'BEGIN { @a[1] = sum(5); if (getopt("x")) { for ($kv : @a) { printf("x %d\n", $kv.1); } } else { for ($kv : @a) { printf("y %d\n", $kv.1); } } clear(@a); exit(); }' -- --x
stdout: x 5
stdout:
stdout:
