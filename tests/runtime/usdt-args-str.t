# A usdt argument that points at a string, read with str(); usdt:binary:probe finds the probe in any provider.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -e 'usdt:'$TEST_TMP'/up:name { printf("%s %d\n", str(arg0), arg0 != 0); }' -c "$TEST_TMP/up 3" | cat
stdout: usdt-hello 1
stdout:
stdout:
