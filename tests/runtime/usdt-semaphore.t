# A probe with a semaphore: while it is attached the kernel increments the semaphore, so the program fires it (arg0: the semaphore, 1); usdt_test:always reads the semaphore through a %rip-relative operand.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -e 'usdt:'$TEST_TMP'/up:usdt_test:sema { printf("sema %ld\n", arg0); } usdt:'$TEST_TMP'/up:usdt_test:always { printf("always %ld\n", arg0); }' -c "$TEST_TMP/up 3" | cat
stdout: sema 1
stdout: always 1
stdout:
stdout:
