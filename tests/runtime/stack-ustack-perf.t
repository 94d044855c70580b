# ustack(perf) prints a tab, the address in hex, the symbol and the file it is in, as perf script does.
cmd: set -o pipefail; cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/stackchain tests/fixtures/stackchain.c && ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @[ustack(perf)] = count(); }' -c "$TEST_TMP/stackchain 2" | cat
stdout-re: ^	[0-9a-f]+ outer_fn\+[0-9]+ \(.*/stackchain\)$
stdout-re: ^	[0-9a-f]+ getppid\+[0-9]+ \(.*libc\.so\.6\)$
stdout-re: ^\]: 2$
