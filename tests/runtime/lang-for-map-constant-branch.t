# A loop over a map in a branch that a constant getopt() rules out: its
# callback is dropped with the branch, and the kept one still runs.
cmd: ./bpfscope -e 'BEGIN { @a[1] = sum(5); if (getopt("x")) { for ($kv : @a) { printf("x %d\n", $kv.1); } } else { for ($kv : @a) { printf("y %d\n", $kv.1); } } clear(@a); exit(); }'
stdout: y 5
stdout:
stdout:
