# difffolded's output drawn as a differential graph: red grew, blue shrank.
cmd: printf 'main;foo 10\nmain;bar 5\n' >$TEST_TMP/1 && printf 'main;foo 5\nmain;bar 10\n' >$TEST_TMP/2 && ./bpfscope difffolded $TEST_TMP/1 $TEST_TMP/2 | ./bpfscope flamegraph
stdout-re: <title>bar \(10 samples, 66\.67%; \+33\.33%\)</title><rect [^>]* fill="rgb\(255,0,0\)"
stdout-re: <title>foo \(5 samples, 33\.33%; -33\.33%\)</title><rect [^>]* fill="rgb\(0,0,255\)"
stderr-empty
