# make install puts the binary and every tool where the installed bpfscope finds them.
cmd: make -s install DESTDIR=$TEST_TMP PREFIX=/usr >/dev/null && diff <($TEST_TMP/usr/bin/bpfscope tools | cut -d' ' -f1) <(ls tools/*.bt | sed 's,tools/,,; s,\.bt$,,') && echo same
stdout: same
