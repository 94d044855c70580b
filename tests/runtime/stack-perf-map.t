# Code a JIT made is named from the /tmp/perf-PID.map it writes.
cmd: set -o pipefail; cc -O1 -o $TEST_TMP/jitperf tests/fixtures/jitperf.c && ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @[ustack(1)] = count(); }' -c "$TEST_TMP/jitperf" | cat
stdout:
stdout:
stdout: @[
stdout:         jitted_getppid+7
stdout: ]: 1
