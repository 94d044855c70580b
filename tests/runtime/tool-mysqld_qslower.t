# bpfscope mysqld_qslower PID 10: a stand-in server with MySQL's USDT probes
# runs "SELECT 1" (fast, not shown) and a 30 ms query with a unique text,
# shown with the server's pid (PID here) and a duration of 30 ms or a bit more.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: cc -O1 -o $TEST_TMP/mysqld tests/fixtures/usdt_mysql.c && { $TEST_TMP/mysqld "SELECT 'qslower-$$'" 30 & P=$!; ./bpfscope mysqld_qslower -d 2 $P 10 2>/dev/null | sed "s/ $P / PID /"; wait $P; }
stdout-re: ^Tracing MySQL server queries slower than 10 ms\.\.\.$
stdout-re: ^TIME\(ms\)   PID        MS QUERY$
stdout-re: ^[0-9]+ +PID +(3[0-9]|[4-9][0-9]) SELECT 'qslower-[0-9]+'$
stdout-not-re: SELECT 1$
