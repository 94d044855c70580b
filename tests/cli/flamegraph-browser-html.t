# The HTML page in a browser: zoom (x = first count, y = depth) and search
# from the URL; only the frames in view are drawn (11 of 20 when zoomed).
skip-unless: command -v chromium
cmd: ./bpfscope flamegraph --html -o $TEST_TMP/g.html tests/flame/default.folded && tests/lib/chromium-state "$TEST_TMP/g.html?x=9&y=4&s=^parse_"
stdout-re: ^\{"zoom":"handle_request","x":9,"y":4,"search":"\^parse_","ignoreCase":false,"matched":52\.80[0-9]*,"frames":20,"drawn":11\}$
stdout-lines: 1
