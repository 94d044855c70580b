# -lv 'usdt:BINARY:PROVIDER:PATTERN' lists the matching probes with each argument's type and spec.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -lv 'usdt:'$TEST_TMP'/up:usdt_test:co*' | sed "s|$TEST_TMP|T|"
stdout: usdt:T/up:usdt_test:consts
stdout:     arg0: int8 (-1@$-7)
stdout:     arg1: uint16 (2@$-5536)
stdout:     arg2: int32 (-4@$-123456)
stdout:     arg3: int64 (-8@$-1234567890123)
stderr-empty
