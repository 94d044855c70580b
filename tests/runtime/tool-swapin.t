# bpfscope swapin: a python3 that writes 64 MB in a 32 MB memory cgroup, then reads it back, swaps in thousands of pages from a temporary zram swap; its row shows its pid.
skip-unless: test -w /sys/class/zram-control/hot_add && command -v mkswap && { test -d /sys/fs/cgroup/memory || grep -qw memory /sys/fs/cgroup/cgroup.controllers; }
cmd: if [ -d /sys/fs/cgroup/memory ]; then cg=/sys/fs/cgroup/memory/bpfscope-swapin.$$; mkdir $cg && echo 32M > $cg/memory.limit_in_bytes; else cg=/sys/fs/cgroup/bpfscope-swapin.$$; mkdir $cg && echo 32M > $cg/memory.max; fi; tests/lib/with-swap ./bpfscope swapin --cmd "sh -c 'echo \$\$ > $TEST_TMP/pid; echo \$\$ > $cg/cgroup.procs; exec python3 -c \"x = b\\\"x\\\" * (64 << 20); print(sum(x[::4096]))\"'" > $TEST_TMP/out 2>/dev/null; echo "status $?"; rmdir $cg; sed "s/ $(cat $TEST_TMP/pid) / PID /" $TEST_TMP/out | awk '$1 == "python3" && $2 == "PID" { print ($3 > 1000 ? "python3 PID many" : "python3 PID few: " $3); next } { print }'
stdout-re: ^status 0$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}$
stdout-re: ^COMM             PID    COUNT$
stdout-re: ^python3 PID many$
