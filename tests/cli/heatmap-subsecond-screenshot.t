# The subsecond page with a selection draws something.
skip-unless: command -v chromium
cmd: ./bpfscope heatmap --subsecond -o $TEST_TMP/s.html tests/heatmap/subsecond.txt && tests/lib/chromium-state --screenshot "$TEST_TMP/s.html?sel=0-99"
stdout: not blank
