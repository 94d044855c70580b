# The SVG in a browser: the view in the URL is restored (zoom on
# handle_request, search "parse"), and the page reports it with ?selftest=1.
skip-unless: command -v chromium
cmd: ./bpfscope flamegraph -o $TEST_TMP/g.svg tests/flame/default.folded && tests/lib/chromium-state "$TEST_TMP/g.svg?x=9&y=85&s=parse"
stdout-re: ^\{"zoom":"handle_request","x":9,"y":85,"search":"parse","ignoreCase":false,"matched":52\.80[0-9]*,"frames":20\}$
stdout-lines: 1
