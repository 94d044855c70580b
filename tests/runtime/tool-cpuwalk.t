# bpfscope cpuwalk -p: a busy loop pinned to CPU 1 is sampled only on CPU 1,
# up to 99 times a second (fewer when other tasks share CPU 1).
skip-unless: test "$(nproc)" -ge 2
cmd: taskset -c 1 sh -c 'while :; do :; done' & L=$!; ./bpfscope cpuwalk -p $L -d 1 2>/dev/null; kill $L
stdout-re: ^@cpu:$
stdout-re: ^\[1\] +([5-9]|[1-9][0-9]|1[0-9][0-9]) \|@+ *\|$
stdout-not-re: ^\[0\]
