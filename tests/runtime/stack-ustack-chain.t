# ustack of a program built with frame pointers shows its known call chain, symbolized from its ELF symbols.
cmd: set -o pipefail; cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/stackchain tests/fixtures/stackchain.c && ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @[ustack] = count(); }' -c "$TEST_TMP/stackchain 3" | cat
stdout-re: ^        getppid\+[0-9]+$
stdout-re: ^        middle_fn\+[0-9]+$
stdout-re: ^        outer_fn\+[0-9]+$
stdout-re: ^        main\+[0-9]+$
stdout-re: ^\]: 3$
