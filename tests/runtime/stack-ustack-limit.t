# ustack(bpftrace, 2) keeps the two innermost frames.
cmd: set -o pipefail; cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/stackchain tests/fixtures/stackchain.c && ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @[ustack(bpftrace, 2)] = count(); }' -c "$TEST_TMP/stackchain 1" | cat
stdout-re: ^        getppid\+[0-9]+$
stdout-re: ^        middle_fn\+[0-9]+$
stdout-not-re: outer_fn
stdout-lines: 6
