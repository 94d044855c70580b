# A tool run through a waiting parent (profile -f folds after the tracer ends) stops on a SIGINT sent to its pid alone, as scripts stop background jobs: the parent passes it on, and the folded stacks are printed.
cmd: ./bpfscope profile -f -F 99 -I > $TEST_TMP/out 2>/dev/null & p=$!; for i in $(seq 100); do [[ $(pgrep -P $p) ]] && break; sleep 0.05; done; sleep 1; kill -INT $p; for i in $(seq 60); do kill -0 $p 2>/dev/null || break; sleep 0.1; done; if kill -0 $p 2>/dev/null; then echo still running; kill -KILL $p; else echo stopped; fi; grep -cE '^[^ ]+;.* [0-9]+$' $TEST_TMP/out | grep -qv '^0$' && echo folded
stdout: stopped
stdout: folded
