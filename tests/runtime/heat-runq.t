# A run queue latency heat map of one second of this machine has cells.
cmd: ./bpfscope heat runq -d 1 -c 'sh -c "for i in 1 2 3 4 5 6 7 8; do sleep 0.01; done"' -o $TEST_TMP/r.svg && grep -c '<title>time ' $TEST_TMP/r.svg && head -c 5 $TEST_TMP/r.svg
stdout-re: ^[1-9][0-9]*$
stdout-re: ^<\?xml$
stderr-re: ^Tracing run queue latency for 1 seconds\.\.\.$
