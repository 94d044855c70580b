# capable -x (-n keeps the output small) adds TID and the verdict: chown by uid 65534 (no capabilities) is refused CAP_CHOWN with -1 (EPERM).
cmd: d=$(mktemp -d /tmp/capable.XXXXXX); chmod 755 $d; cp /bin/chown $d/capchownx; touch $d/f; ./bpfscope capable -x -n capchownx --cmd "setpriv --reuid=65534 --regid=65534 --clear-groups $d/capchownx 0 $d/f" 2>/dev/null; rm -rf $d
stdout-re: ^TIME      UID    PID    TID    COMM             CAP  NAME                 AUDIT VERDICT$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  65534  ([0-9]+) +\1 +capchownx +0    CAP_CHOWN            - -1$
