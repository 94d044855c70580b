# SIGTERM sent to bpfscope flame alone ends tracing through the tracer, and the graph is still drawn.
cmd: ./bpfscope flame cpu -o $TEST_TMP/t.svg 2>$TEST_TMP/err & sleep 2; kill -TERM $!; wait $!; echo "exit $?"; grep -c "Wrote .*t.svg" $TEST_TMP/err
stdout: exit 0
stdout: 1
