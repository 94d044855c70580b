# Every live heat map program compiles (--check: parse, probes, types).
cmd: for k in syscall runq block profile; do ./bpfscope heat $k --print -n x -p 1 -d 2 >$TEST_TMP/$k.bt && ./bpfscope --check $TEST_TMP/$k.bt 7 || echo "$k failed"; done; echo done
stdout: done
