# The frames drawn are flamegraph.pl's, frame for frame: the same names,
# counts and percentages, left edges and widths (the difference of the
# rounded edges, as flamegraph.pl draws them) and labels (cut to what fits
# the exact width), for 500 random stacks and five sets of options.
# flamegraph.pl is the copy NYTProf bundles (Debian: libdevel-nytprof-perl).
skip-unless: test -f /usr/share/perl5/Devel/NYTProf/flamegraph.pl
cmd: pl=/usr/share/perl5/Devel/NYTProf/flamegraph.pl; awk 'BEGIN { srand(11); for (i = 0; i < 500; i++) { d = 5 + int(rand() * 30); s = "root"; for (j = 0; j < d; j++) s = s ";fn" int(rand() * (j < 4 ? 3 : 40)) "_" j; print s, 1 + int(rand() * 99) } }' >$TEST_TMP/in && frames() { tr -d '\n' | sed 's/<title>/\n<title>/g' | sed -n 's/^<title>\([^<]*\)<\/title><rect x="\([^"]*\)" y="[^"]*" width="\([^"]*\)".*<text[^>]*>\([^<]*\)<\/text>.*/\1 x=\2 w=\3 \4/p' | grep -v '^all ' | sort; } && for o in "" --inverted --reverse "--width 333" "--fontsize 9 --minwidth 2"; do perl $pl $o $TEST_TMP/in 2>/dev/null | frames >$TEST_TMP/pl && ./bpfscope flamegraph $o $TEST_TMP/in 2>/dev/null | frames >$TEST_TMP/ours && n=$(wc -l <$TEST_TMP/pl) && [ "$n" -gt 100 ] && cmp -s $TEST_TMP/pl $TEST_TMP/ours && echo "'$o': same frames"; done
stdout: '': same frames
stdout: '--inverted': same frames
stdout: '--reverse': same frames
stdout: '--width 333': same frames
stdout: '--fontsize 9 --minwidth 2': same frames
stderr-empty
