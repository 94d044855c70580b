# bpfscope hardirqs -T 1 2: two one-second tables, each after a blank line
# and a timestamp, rows sorted by total (smallest first), then it stops by
# itself.
cmd: timeout 8 ./bpfscope hardirqs -T 1 2 2>/dev/null > $TEST_TMP/out; echo "exit $?"; grep -cE '^[0-9]{2}:[0-9]{2}:[0-9]{2}$' $TEST_TMP/out; grep -c '^HARDIRQ                    TOTAL_usecs$' $TEST_TMP/out; awk '/^HARDIRQ/ { last = -1; next } NF == 2 { if ($2 + 0 < last) bad = 1; last = $2 + 0 } END { print bad ? "not sorted" : "sorted" }' $TEST_TMP/out
stdout: exit 0
stdout: 2
stdout: 2
stdout: sorted
