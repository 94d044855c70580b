# usdt arguments that are constants in the note ($N): 1-, 2-, 4- and 8-byte, signed ones negative; an unsigned 2-byte 60000 written as $-5536 is truncated to its size.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -e 'usdt:'$TEST_TMP'/up:usdt_test:consts { printf("%ld %ld %ld %ld\n", arg0, arg1, arg2, arg3); }' -c "$TEST_TMP/up 3" | cat
stdout: -7 60000 -123456 -1234567890123
stdout:
stdout:
