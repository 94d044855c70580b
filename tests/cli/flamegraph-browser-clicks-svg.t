# The SVG driven through their own event handlers, as a user would: a click on
# the handle_request frame zooms to it, a click on Search answered with "parse" highlights 52.8%,
# and a click on Reset Zoom after a zoom returns to the whole graph.
skip-unless: command -v chromium
cmd: ./bpfscope flamegraph -o $TEST_TMP/g.svg tests/flame/default.folded && tests/lib/chromium-state "$TEST_TMP/g.svg?click=handle_request&type=parse" && tests/lib/chromium-state "$TEST_TMP/g.svg?click=handle_request&resetclick=1"
stdout: {"zoom":"handle_request","x":9,"y":85,"search":"parse","ignoreCase":false,"matched":52.80898876404494,"frames":20}
stdout: {"zoom":null,"x":null,"y":null,"search":"","ignoreCase":false,"matched":null,"frames":20}
