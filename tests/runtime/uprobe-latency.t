# uprobe + uretprobe measure a function's latency: inner_fn makes 2000 getppid calls, so it takes at least a microsecond.
cmd: set -o pipefail; cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/stackchain tests/fixtures/stackchain.c && ./bpfscope -e 'uprobe:'$TEST_TMP'/stackchain:inner_fn { @start[tid] = nsecs; } uretprobe:'$TEST_TMP'/stackchain:inner_fn /@start[tid]/ { @us = hist((nsecs - @start[tid]) / 1000); @n = count(); delete(@start[tid]); }' -c "$TEST_TMP/stackchain 2000 0" | cat
stdout-re: ^@n: 1$
stdout-re: ^\[[0-9]+[KM]?, [0-9]+[KM]?\) +1 \|@+\|$
