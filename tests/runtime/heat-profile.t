# The subsecond-offset page of a busy shell loop embeds its samples, stacks
# led by the process name.
cmd: ./bpfscope heat profile -n sh -c 'timeout 1 sh -c "while :; do :; done"' -o $TEST_TMP/p.html && grep -c '^"sh[;"]' $TEST_TMP/p.html && grep -o '"samples": \[[0-9]' $TEST_TMP/p.html
stdout-re: ^[1-9][0-9]*$
stdout-re: ^"samples": \[[0-9]$
stderr-re: ^Tracing CPU samples \(49 Hz\)\.\.\. Hit Ctrl-C to end\.$
