# Matches are printed sorted, as bpftrace does (available_events is not).
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -l 'tracepoint:*' > $TEST_TMP/out && LC_ALL=C sort -c $TEST_TMP/out && wc -l < $TEST_TMP/out | awk '{ print ($1 > 100 ? "many" : "few") }'
stdout: many
stderr-empty
