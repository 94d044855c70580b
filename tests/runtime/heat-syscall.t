# A syscall latency heat map of `sleep 0.2`: its nanosleep lands in the row of
# 200000-210000 us (rows of 10000 us up to 300000).
cmd: ./bpfscope heat syscall -n sleep -c 'sleep 0.2' --max 300000 --rows 30 -o $TEST_TMP/s.svg && grep -o 'latency 200000-210000 us' $TEST_TMP/s.svg
stdout: latency 200000-210000 us
stderr-re: ^Tracing syscall latency\.\.\. Hit Ctrl-C to end\.$
stderr-re: ^Wrote .*/s\.svg \([0-9]+ events\)\.$
