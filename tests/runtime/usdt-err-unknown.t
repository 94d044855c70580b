# A usdt probe the binary does not have: an error naming the binary, with the closest probe name.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -e 'usdt:'$TEST_TMP'/up:usdt_test:regz { exit(); }'
exit: 1
stdout-empty
stderr-re: ^stdin:1:1: error: usdt: no probe 'usdt_test:regz' in /.*/up \(7 probes; did you mean 'usdt_test:regs'\?\)$
