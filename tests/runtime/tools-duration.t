# Every tool takes -d SECS: execsnoop stops by itself after one second, having printed its header, with status 0.
cmd: start=$(date +%s%N); timeout 8 ./bpfscope execsnoop -d 1 2>/dev/null >$TEST_TMP/out; echo "exit $?"; head -1 $TEST_TMP/out; t=$(( ($(date +%s%N) - start) / 1000000 )); ((t >= 900 && t < 4000)) && echo "about a second"
stdout: exit 0
stdout: TIME(ms)   PID     PPID    ARGS
stdout: about a second
