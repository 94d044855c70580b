# The records of one probe firing reach user space together: time() then
# printf() on two CPUs at once give 6000 whole lines, none cut into by the
# other CPU's records (one ring buffer per CPU). With --no-feature
# percpu_ringbuf (one ring buffer for all) every record still arrives.
skip-unless: test "$(id -u)" = 0 && test "$(nproc)" -ge 2
cmd: cc -O2 -o $TEST_TMP/spin tests/fixtures/getppid_loop.c && prog='tracepoint:syscalls:sys_enter_getppid /comm == "spin"/ { time("%H:%M:%S "); printf("%d x\n", cpu); }' && run="sh -c 'taskset -c 0 $TEST_TMP/spin 3000 & taskset -c 1 $TEST_TMP/spin 3000; wait'" && ./bpfscope -e "$prog" -c "$run" >$TEST_TMP/out 2>/dev/null && grep -cE '^[0-9]{2}:[0-9]{2}:[0-9]{2} [01] x$' $TEST_TMP/out; grep -vcE '^[0-9]{2}:[0-9]{2}:[0-9]{2} [01] x$|^$' $TEST_TMP/out; ./bpfscope --no-feature percpu_ringbuf -e "$prog" -c "$run" >$TEST_TMP/one 2>/dev/null; echo "time $(grep -oE '[0-9]{2}:[0-9]{2}:[0-9]{2} ' $TEST_TMP/one | wc -l) printf $(grep -oE '[01] x$' $TEST_TMP/one | wc -l)"
stdout: 6000
stdout: 0
stdout: time 6000 printf 6000
