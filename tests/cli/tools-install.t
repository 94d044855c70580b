# make install puts the binary, every tool (the scripts and the four built-in generic tools) and a man page per tool where the installed bpfscope and man find them.
cmd: make -s install DESTDIR=$TEST_TMP PREFIX=/usr >/dev/null && all=$( (ls tools/*.bt | sed 's,tools/,,; s,\.bt$,,'; printf '%s\n' argdist funccount stackcount trace) | LC_ALL=C sort) && diff <($TEST_TMP/usr/bin/bpfscope tools | cut -d' ' -f1) <(echo "$all") && diff <(ls $TEST_TMP/usr/share/man/man8) <(echo "$all" | sed 's,^,bpfscope-,; s,$,.8,') && echo same && for t in execsnoop trace; do grep -c "^\.SH " $TEST_TMP/usr/share/man/man8/bpfscope-$t.8; done
stdout: same
stdout: 6
stdout: 4
