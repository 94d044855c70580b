# A binary stripped of its symbols still symbolizes, and its functions can be probed, through its separate debug file (.gnu_debuglink next to it).
cmd: set -o pipefail; cd $TEST_TMP && cc -O1 -g -fno-omit-frame-pointer -o sc $OLDPWD/tests/fixtures/stackchain.c && objcopy --only-keep-debug sc sc.debug && strip --strip-all sc && objcopy --add-gnu-debuglink=sc.debug sc && cd $OLDPWD && ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @[ustack(3)] = count(); } uprobe:'$TEST_TMP'/sc:outer_fn { @entered = count(); }' -c "$TEST_TMP/sc 1 100" | cat
stdout-re: ^        middle_fn\+[0-9]+$
stdout-re: ^        outer_fn\+[0-9]+$
stdout-re: ^@entered: 1$
