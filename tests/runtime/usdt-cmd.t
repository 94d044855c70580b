# With -c, usdt:provider:probe and usdt:probe name no binary: the probes are looked up in the command's program.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -e 'usdt:usdt_test:regs { printf("%ld\n", arg3); } usdt:consts { printf("%ld\n", arg0); }' -c "$TEST_TMP/up 3" | cat
stdout: -7
stdout: -30000000000
stdout:
stdout:
