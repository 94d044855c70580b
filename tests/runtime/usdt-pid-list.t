# -l 'usdt:*' -p PID lists the usdt probes of the process's program and of its shared libraries.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; D=$TEST_TMP; cc -O1 -shared -fPIC -o $D/libusdtlib.so tests/fixtures/usdt_lib.c && cc -O1 -DUSDT_WITH_LIB -o $D/upl tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c -L$D -lusdtlib -Wl,-rpath,$D && { $D/upl 3 loop & P=$!; for i in $(seq 100); do grep -q libusdtlib /proc/$P/maps 2>/dev/null && break; sleep 0.02; done; ./bpfscope -l 'usdt:*' -p $P | sed "s|$D|D|"; kill $P; }
stdout: usdt:D/upl:usdt_test:always
stdout: usdt:D/upl:usdt_test:consts
stdout: usdt:D/upl:usdt_test:name
stdout: usdt:D/upl:usdt_test:regs
stdout: usdt:D/upl:usdt_test:sema
stdout: usdt:D/upl:usdt_test:stack
stdout: usdt:D/upl:usdt_test:tick
stdout: usdt:D/libusdtlib.so:usdt_lib:lib_tick
stderr-empty
