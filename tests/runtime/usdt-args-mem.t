# usdt arguments in memory at a register plus an offset (8@24(%rsp)), read from the process: 8- and 4-byte signed values.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -e 'usdt:'$TEST_TMP'/up:usdt_test:stack { printf("%ld %ld %ld %ld\n", arg0, arg1, arg2, arg3); }' -c "$TEST_TMP/up 3" | cat
stdout: -66 -132 -15 18
stdout:
stdout:
