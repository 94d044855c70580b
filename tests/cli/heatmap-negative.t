# Latencies cannot be negative.
cmd: printf '1 5\n2 -3\n' >$TEST_TMP/in && cd $TEST_TMP && $OLDPWD/bpfscope heatmap in
exit: 1
stdout-empty
stderr: bpfscope heatmap: in:2: negative latency: '2 -3'
