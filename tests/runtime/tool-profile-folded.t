# profile -f (at 199 Hz) prints folded stacks: the busy program's name, then its frames from the root to hot_loop, then the count; -U keeps user frames only (no kernel frames such as asm_sysvec_apic_timer_interrupt).
cmd: cc -O1 -fno-omit-frame-pointer -o $TEST_TMP/profbusy tests/fixtures/busy.c && ./bpfscope profile -F 199 -f -U --cmd "$TEST_TMP/profbusy 1500" 2>/dev/null >$TEST_TMP/out; awk '/^profbusy;.*main;warm_up;hot_loop [0-9]+$/ { n += $NF } /^profbusy;.*(asm_|entry_SYSCALL)/ { k++ } END { print (n >= 5) ? "folded" : "samples " n; print k + 0 }' $TEST_TMP/out
stdout: folded
stdout: 0
