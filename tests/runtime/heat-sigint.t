# Ctrl-C (SIGINT to the process group, as a terminal sends it) ends tracing,
# and the heat map is still drawn.
cmd: set -m; ./bpfscope heat runq -o $TEST_TMP/r.svg & sleep 2; kill -INT -- -$!; wait $!; echo "exit $?"; grep -c '<title>time ' $TEST_TMP/r.svg
stdout-re: ^exit 0$
stdout-lines: 2
stdout-re: ^[1-9][0-9]*$
stderr-re: ^Wrote .*/r\.svg \([0-9]+ events\)\.$
