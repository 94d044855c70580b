# cachestat's BUFFERS_MB and CACHED_MB, computed in the kernel, agree with /proc/meminfo's Buffers and Cached read at the same moment (within 2 MB and 3%: the cache moves meanwhile).
cmd: timeout 8 ./bpfscope cachestat 1 1 2>/dev/null > $TEST_TMP/out; awk '/^Buffers:/ { b = $2 / 1024 } /^Cached:/ { c = $2 / 1024 } END { print b, c }' /proc/meminfo > $TEST_TMP/mem; head -1 $TEST_TMP/out; awk 'NR == 1 { b = $1; c = $2; next } NF == 6 && $4 ~ /%$/ { db = $5 - b; dc = $6 - c; if (db < 0) db = -db; if (dc < 0) dc = -dc; print (db <= 2 && dc <= 2 + c * 0.03) ? "agrees" : "differs: " $5 " " $6 " vs " b " " c }' $TEST_TMP/mem $TEST_TMP/out
stdout:     HITS   MISSES  DIRTIES HITRATIO   BUFFERS_MB  CACHED_MB
stdout: agrees
