# bpftrace's tool gethostlatency.bt (uprobe, uretprobe) compiles and every
# program passes the verifier (--load-only: nothing is attached). The script
# comes from Debian's bpftrace package; CI does not install it, so the case
# is skipped there.
cmd: ./bpfscope --load-only /usr/sbin/gethostlatency.bt
skip-unless: test -e /usr/sbin/gethostlatency.bt && test -e /lib/x86_64-linux-gnu/libc.so.6
stdout-empty
stderr-re: ^[0-9]+ programs? loaded, nothing attached$
stderr-not-re: error:
