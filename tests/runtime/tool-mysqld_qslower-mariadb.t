# bpfscope mysqld_qslower --mariadb PID 10: the stand-in server in MariaDB
# mode (no USDT; each query is a call of dispatch_command(), which Debian's
# mariadbd exports) runs "SELECT 1" (fast, not shown) and a 30 ms query with
# a unique text, shown with its pid (PID here) and a duration of 30 ms or more.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: cc -O1 -o $TEST_TMP/mariadbd tests/fixtures/usdt_mysql.c && { $TEST_TMP/mariadbd "SELECT 'mariadb-$$'" 30 mariadb & P=$!; ./bpfscope mysqld_qslower --mariadb -d 2 $P 10 2>/dev/null | sed "s/ $P / PID /"; wait $P; }
stdout-re: ^Tracing MySQL server queries slower than 10 ms\.\.\.$
stdout-re: ^[0-9]+ +PID +(3[0-9]|[4-9][0-9]) SELECT 'mariadb-[0-9]+'$
stdout-not-re: SELECT 1$
