# opensnoop -x shows only failed opens.
cmd: ./bpfscope opensnoop -x -n cat --cmd 'cat /etc/hostname /nonexistent-opensnoop-x' 2>/dev/null
stdout-re: ^[0-9]+ +cat +-1   2 /nonexistent-opensnoop-x$
stdout-not-re: /etc/hostname$
