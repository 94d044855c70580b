# bpfscope runqlen: with two busy loops per CPU, most samples see at least one thread waiting (a queue length of 1 or more).
cmd: for i in 1 2 3 4; do timeout 4 sh -c 'while :; do :; done' & done; sleep 0.2; ./bpfscope runqlen -d 1 2>/dev/null >$TEST_TMP/out; kill $(jobs -p) 2>/dev/null; wait; grep -c '^@runqlen:$' $TEST_TMP/out; sed -nE 's/^\[([0-9]+)(\]|, [0-9]+\)) +([0-9]+) \|.*/\1 \3/p' $TEST_TMP/out | awk '{ all += $2; if ($1 > 0) queued += $2 } END { print (all > 50 && queued * 2 > all) ? "queued most of the time" : queued " of " all }'
stdout: 1
stdout: queued most of the time
