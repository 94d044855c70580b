# biosnoop -Q adds the queued time column; -d DISK keeps only that disk (the one /var/tmp is on), -d of another disk shows nothing.
skip-unless: df /var/tmp | tail -1 | grep -q '^/dev/'
cmd: f=/var/tmp/bpfscope-biosnoop-q.$$; d=$(lsblk -no pkname "$(df --output=source /var/tmp | tail -1)"); d=${d:-$(basename "$(df --output=source /var/tmp | tail -1)")}; ./bpfscope biosnoop -Q -d "$d" --cmd "dd if=/dev/zero of=$f bs=64k count=4 oflag=direct,sync status=none" 2>/dev/null | sed "s/ $d / DISK /"; ./bpfscope biosnoop -d nosuchdisk0 --cmd "dd if=/dev/zero of=$f bs=64k count=2 oflag=direct,sync status=none" 2>/dev/null | grep -c ' dd '; rm -f $f
stdout-re: ^TIME\(s\)     COMM           PID    DISK    T SECTOR     BYTES  QUE\(ms\) LAT\(ms\)$
stdout-re: ^[0-9]+\.[0-9]{6} +dd +[0-9]+ +DISK +W [0-9]+ +65536 +[0-9]+\.[0-9]{2} +[0-9]+\.[0-9]{2}$
stdout-re: ^0$
