# make install puts the binary and the tools where the installed bpfscope finds them.
cmd: make -s install DESTDIR=$TEST_TMP PREFIX=/usr >/dev/null && $TEST_TMP/usr/bin/bpfscope tools | cut -d' ' -f1
stdout: biolatency
stdout: bitesize
stdout: execsnoop
stdout: killsnoop
stdout: opensnoop
stdout: pidpersec
stdout: runqlat
stdout: syncsnoop
stdout: tcpconnect
