# usdt arguments in registers (%al, %di, %r8d, %rsi): each truncated to its size and sign-extended when the note says it is signed.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -e 'usdt:'$TEST_TMP'/up:usdt_test:regs { printf("%ld %ld %ld %ld\n", arg0, arg1, arg2, arg3); }' -c "$TEST_TMP/up 3" | cat
stdout: -120 60000 -3000000 -30000000000
stdout:
stdout:
