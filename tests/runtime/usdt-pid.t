# -p PID: a usdt probe found in a shared library the process maps (usdt:probe names no binary), attached for that process only.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; D=$(mktemp -d /tmp/ud.XXXX); cc -O1 -shared -fPIC -o $D/libusdtlib.so tests/fixtures/usdt_lib.c && cc -O1 -DUSDT_WITH_LIB -o $D/upl tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c -L$D -lusdtlib -Wl,-rpath,$D && { $D/upl 3 loop & P=$!; for i in $(seq 100); do grep -q libusdtlib /proc/$P/maps 2>/dev/null && break; sleep 0.02; done; ./bpfscope -p $P -e 'usdt:lib_tick { printf("%s %d %d\n", probe, arg0 > 0, arg1 == arg0 * arg0); exit(); }' | sed "s|$D|D|"; kill $P; rm -rf $D; }
stdout: usdt:D/libusdtlib.so:usdt_lib:lib_tick 1 1
stdout:
stdout:
stderr: Attached 1 probe
