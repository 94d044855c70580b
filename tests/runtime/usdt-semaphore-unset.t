# Without its probe attached, a semaphore stays 0 (usdt_test:always reads it) and the probe it guards never fires.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -e 'usdt:'$TEST_TMP'/up:usdt_test:always { printf("always %ld\n", arg0); }' -c "$TEST_TMP/up 3" | cat
stdout: always 0
stdout:
stdout:
