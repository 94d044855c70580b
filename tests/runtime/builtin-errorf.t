# errorf() prints an error to stderr (current bpftrace, not in 0.17); the exit status is not checked.
cmd: ./bpfscope -e 'BEGIN { errorf("bad %d", 7); exit(); }' || true
stderr-re: bad 7
stdout-not-re: bad 7
