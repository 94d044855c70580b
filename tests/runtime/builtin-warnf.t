# warnf() prints a warning to stderr (current bpftrace, not in 0.17); the exit status is not checked.
cmd: ./bpfscope -e 'BEGIN { warnf("careful %s", "x"); exit(); }' || true
stderr-re: careful x
stdout-not-re: careful
