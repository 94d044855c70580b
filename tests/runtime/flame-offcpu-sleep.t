# bpfscope flame offcpu: a 600 ms sleep shows as about 600,000 us blocked in the nanosleep path of the sleep process.
cmd: ./bpfscope flame offcpu -n sleep -c 'sleep 0.6' --folded -o $TEST_TMP/off.folded 2>/dev/null && awk '/^sleep;.*nanosleep/ { t += $NF } END { print (t >= 550000 && t <= 1500000) ? "ok" : "total " t }' $TEST_TMP/off.folded
stdout: ok
