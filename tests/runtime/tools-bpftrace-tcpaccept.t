# bpftrace's tool tcpaccept.bt (kretprobe) compiles and every
# program passes the verifier (--load-only: nothing is attached). The script
# comes from Debian's bpftrace package; CI does not install it, so the case
# is skipped there.
cmd: ./bpfscope --load-only /usr/sbin/tcpaccept.bt
skip-unless: test -e /usr/sbin/tcpaccept.bt
stdout-empty
stderr-re: ^[0-9]+ programs? loaded, nothing attached$
stderr-not-re: error:
