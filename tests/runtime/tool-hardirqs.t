# bpfscope hardirqs -C counts the disk's interrupts while dd writes to it with
# O_DIRECT|O_SYNC: the virtio disk's request queue (virtioN-req.0, shown here
# as DISK-req.0) appears with 20 or more interrupts.
skip-unless: d=$(df --output=source /var/tmp | tail -1); readlink /sys/class/block/${d#/dev/}/device | grep -q virtio
cmd: d=$(df --output=source /var/tmp | tail -1); v=$(basename $(readlink /sys/class/block/${d#/dev/}/device)); ./bpfscope hardirqs -C --cmd "dd if=/dev/zero of=/var/tmp/bpfscope-hardirqs.$$ bs=64k count=20 oflag=direct,sync status=none" 2>/dev/null | sed "s/^$v-/DISK-/"; rm -f /var/tmp/bpfscope-hardirqs.$$
stdout-re: ^HARDIRQ                    TOTAL_count$
stdout-re: ^DISK-req\.[0-9]+ +([2-9][0-9]|[1-9][0-9]{2,})$
