# bpfscope hardirqs sums handler time in microseconds per handler name, and
# -d draws one histogram per handler: the disk's (virtioN-req.0, shown as
# DISK-req.0) appears in both while dd writes with O_DIRECT|O_SYNC.
skip-unless: d=$(df --output=source /var/tmp | tail -1); readlink /sys/class/block/${d#/dev/}/device | grep -q virtio
cmd: d=$(df --output=source /var/tmp | tail -1); v=$(basename $(readlink /sys/class/block/${d#/dev/}/device)); for o in "" -d; do ./bpfscope hardirqs $o --cmd "dd if=/dev/zero of=/var/tmp/bpfscope-hardirqs-t.$$ bs=64k count=10 oflag=direct,sync status=none" 2>/dev/null; done | sed "s/^$v-/DISK-/; s/\[$v-/[DISK-/"; rm -f /var/tmp/bpfscope-hardirqs-t.$$
stdout-re: ^HARDIRQ                    TOTAL_usecs$
stdout-re: ^DISK-req\.[0-9]+ +[0-9]+$
stdout-re: ^@usecs\[DISK-req\.[0-9]+\]:$
stdout-re: ^\[[0-9]+(, [0-9]+\))? +[1-9][0-9]* \|@+ *\|$
