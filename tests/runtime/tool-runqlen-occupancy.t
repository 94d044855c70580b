# runqlen -O reports run-queue occupancy (over 50% with two busy loops per CPU); -C -O gives one line per CPU.
cmd: for i in 1 2 3 4; do timeout 4 sh -c 'while :; do :; done' & done; sleep 0.2; ./bpfscope runqlen -O -d 1 2>/dev/null >$TEST_TMP/o; ./bpfscope runqlen -O -C -d 1 2>/dev/null >$TEST_TMP/c; kill $(jobs -p) 2>/dev/null; wait; awk '/^runqocc: [0-9]+\.[0-9][0-9]%$/ { print ($2 + 0 > 50) ? "occupied" : $2 }' $TEST_TMP/o; grep -cE '^runqocc, CPU [01]   +[0-9]+\.[0-9][0-9]%$' $TEST_TMP/c
stdout: occupied
stdout: 2
