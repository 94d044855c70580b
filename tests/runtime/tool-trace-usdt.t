# trace on a USDT probe (u:PROGRAM:probe): arg1 and arg2 are the probe's first two arguments; -T adds the time column.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: cc -O1 -o $TEST_TMP/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope trace -T "u:$TEST_TMP/up:consts \"%d %d\", arg1, arg2" --cmd "$TEST_TMP/up 3" 2>/dev/null
stdout-re: ^TIME     PID     TID     COMM            FUNC             -$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +[0-9]+ +up +consts +-7 60000$
