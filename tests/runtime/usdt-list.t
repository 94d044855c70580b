# -l 'usdt:BINARY' lists the probes of a binary's notes, sorted, as usdt:PATH:PROVIDER:PROBE.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -l 'usdt:'$TEST_TMP'/up' | sed "s|$TEST_TMP|T|"
stdout: usdt:T/up:usdt_test:always
stdout: usdt:T/up:usdt_test:consts
stdout: usdt:T/up:usdt_test:name
stdout: usdt:T/up:usdt_test:regs
stdout: usdt:T/up:usdt_test:sema
stdout: usdt:T/up:usdt_test:stack
stdout: usdt:T/up:usdt_test:tick
stderr-empty
