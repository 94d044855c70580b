# bpfscope opensnoop shows a successful and a failed open of known files by cat, with fd and errno.
cmd: ./bpfscope opensnoop -n cat --cmd 'cat /etc/hostname /nonexistent-opensnoop-file' 2>/dev/null
stdout-re: ^PID    COMM               FD ERR PATH$
stdout-re: ^[0-9]+ +cat +[0-9]+   0 /etc/hostname$
stdout-re: ^[0-9]+ +cat +-1   2 /nonexistent-opensnoop-file$
