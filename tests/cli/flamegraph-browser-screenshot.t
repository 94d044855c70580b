# A zoomed SVG flame graph, screenshot by headless Chromium, is not blank.
skip-unless: command -v chromium
cmd: ./bpfscope flamegraph -o $TEST_TMP/g.svg tests/flame/default.folded && tests/lib/chromium-state --screenshot "$TEST_TMP/g.svg?x=9&y=85"
stdout: not blank
