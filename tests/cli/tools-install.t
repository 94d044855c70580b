# make install puts the binary, every tool and a man page per tool where the installed bpfscope and man find them.
cmd: make -s install DESTDIR=$TEST_TMP PREFIX=/usr >/dev/null && diff <($TEST_TMP/usr/bin/bpfscope tools | cut -d' ' -f1) <(ls tools/*.bt | sed 's,tools/,,; s,\.bt$,,') && diff <(ls $TEST_TMP/usr/share/man/man8) <(ls tools/*.bt | sed 's,tools/,bpfscope-,; s,\.bt$,.8,') && echo same && grep -c '^\.SH ' $TEST_TMP/usr/share/man/man8/bpfscope-execsnoop.8
stdout: same
stdout: 6
