# The page's mouse handlers, driven by synthetic events: dragging from cell 12
# back to cell 2 selects 2..12 (5 samples: read, work, and one without a
# stack); clicking 15 and shift-clicking 2 selects 2..15 (9 samples).
skip-unless: command -v chromium
cmd: ./bpfscope heatmap --subsecond --rows 10 -o $TEST_TMP/s.html tests/heatmap/subsecond.txt && tests/lib/chromium-state "$TEST_TMP/s.html?drag=12-2" && tests/lib/chromium-state "$TEST_TMP/s.html?shiftclick=15-2"
stdout: {"cols":2,"rows":10,"samples":11,"cells":5,"scale":"log","selected":5,"frames":6,"widest":"app","drawn":6}
stdout: {"cols":2,"rows":10,"samples":11,"cells":5,"scale":"log","selected":9,"frames":8,"widest":"app","drawn":8}
