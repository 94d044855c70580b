# A file is mapped, a pipe is read in pieces: both give the same graph, also
# for a file of exactly one page whose last line is short and has no newline
# (its last bytes are parsed from a padded copy), with a repeated line, a
# trailing ';', an empty frame and a CRLF line ending.
cmd: f=$TEST_TMP/in; printf 'a;b;c 2\na;b;c 3\na;b; 1\na;;d 1\nx;y 4\r\n' >$f && n=$((4088 - $(wc -c <$f))) && awk -v n=$n 'BEGIN { s = "p;"; for (i = 0; i < n; i++) s = s "q"; print s " 1" }' >>$f && printf 'z 1' >>$f && wc -c <$f && ./bpfscope flamegraph $f >$TEST_TMP/a.svg && ./bpfscope flamegraph <$f >$TEST_TMP/b.svg && cat $f | ./bpfscope flamegraph >$TEST_TMP/c.svg && cmp $TEST_TMP/a.svg $TEST_TMP/b.svg && cmp $TEST_TMP/a.svg $TEST_TMP/c.svg && grep -o '<title>[a-z]\{0,3\} ([0-9]* samples' $TEST_TMP/a.svg
stdout: 4096
stdout: <title>all (13 samples
stdout: <title>a (7 samples
stdout: <title> (1 samples
stdout: <title>d (1 samples
stdout: <title>b (6 samples
stdout: <title>c (5 samples
stdout: <title>p (1 samples
stdout: <title>x (4 samples
stdout: <title>y (4 samples
stdout: <title>z (1 samples
stderr-empty
