# bpftrace's tool tcpsynbl.bt (kprobe) compiles and every
# program passes the verifier (--load-only: nothing is attached). The script
# comes from Debian's bpftrace package; CI does not install it, so the case
# is skipped there.
cmd: ./bpfscope --load-only /usr/sbin/tcpsynbl.bt
skip-unless: test -e /usr/sbin/tcpsynbl.bt
stdout-empty
stderr-re: ^[0-9]+ programs? loaded, nothing attached$
stderr-not-re: error:
