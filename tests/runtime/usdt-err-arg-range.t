# argN past a usdt probe's arguments is a compile error naming the probe and how many it has.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -e 'usdt:'$TEST_TMP'/up:usdt_test:regs { print(arg4); }'
exit: 1
stdout-empty
stderr-re: ^stdin:1:[0-9]+: error: 'arg4' is out of range: usdt:/.*/up:usdt_test:regs has 4 arguments \(arg0 to arg3\)$
