# A profile larger than the reader's buffers (about 1.5 MB, 3000 stacks of
# depth 20-40 from a fixed seed) gives the same graph from a mapped file and
# from a pipe, forwards and with --reverse (whose lines travel between the
# reading threads as copies), every time; the root holds every count.
cmd: awk 'BEGIN { srand(7); for (i = 0; i < 3000; i++) { d = 20 + int(rand() * 21); s = "root"; for (j = 0; j < d; j++) s = s ";fn" int(rand() * (j < 4 ? 3 : 60)) "_" j; print s, 1 + int(rand() * 9) } }' >$TEST_TMP/in && n=$(awk '{ n += $NF } END { print n }' $TEST_TMP/in) && for o in --inverted --reverse; do ./bpfscope flamegraph $o $TEST_TMP/in 2>/dev/null >$TEST_TMP/file.svg && for i in 1 2 3; do cat $TEST_TMP/in | ./bpfscope flamegraph $o 2>/dev/null >$TEST_TMP/pipe.svg && cmp $TEST_TMP/file.svg $TEST_TMP/pipe.svg || exit 1; done; all=$(grep -o '<title>all ([0-9,]* samples' $TEST_TMP/file.svg | tr -dc 0-9); [ "$all" = "$n" ] && echo "$o: same graph 4 times, all = sum of counts"; done
stdout: --inverted: same graph 4 times, all = sum of counts
stdout: --reverse: same graph 4 times, all = sum of counts
stderr-empty
