# bpfscope cpuwalk -p: a busy loop pinned to CPU 1 is sampled only on CPU 1,
# about 99 times a second.
skip-unless: test "$(nproc)" -ge 2
cmd: taskset -c 1 sh -c 'while :; do :; done' & L=$!; timeout -s INT 1.5 ./bpfscope cpuwalk -p $L 2>/dev/null; kill $L
stdout-re: ^@cpu:$
stdout-re: ^\[1\] +([2-9][0-9]|1[0-9][0-9]) \|@+ *\|$
stdout-not-re: ^\[0\]
