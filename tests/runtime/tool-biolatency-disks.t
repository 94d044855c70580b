# bpfscope biolatency -D -Q: direct writes to a file show up in the histogram of the disk under /var/tmp, by its name.
skip-unless: df /var/tmp | tail -1 | grep -q '^/dev/'
cmd: disk=$(lsblk -no PKNAME "$(df /var/tmp | tail -1 | cut -d' ' -f1)"); disk=${disk:-$(basename "$(df /var/tmp | tail -1 | cut -d' ' -f1)")}; ./bpfscope biolatency -D -Q --cmd "dd if=/dev/zero of=/var/tmp/bpfscope-biolat-d.$$ bs=64k count=20 oflag=direct,sync status=none" 2>/dev/null | grep -x "@usecs_by_disk\[$disk\]:"; rm -f /var/tmp/bpfscope-biolat-d.$$
stdout-re: ^@usecs_by_disk\[[a-z0-9]+\]:$
