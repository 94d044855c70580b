# The subsecond page in a browser: selecting cell 2 (second 0, rows of 100 ms:
# 100.2-100.3 s) folds its 3 samples into a flame graph whose widest root frame
# is "app" (5 frames: all, app, main, io, read).
skip-unless: command -v chromium
cmd: ./bpfscope heatmap --subsecond --rows 10 -o $TEST_TMP/s.html tests/heatmap/subsecond.txt && tests/lib/chromium-state "$TEST_TMP/s.html?sel=2-2"
stdout: {"cols":2,"rows":10,"samples":11,"cells":5,"scale":"log","selected":3,"frames":5,"widest":"app","drawn":5}
