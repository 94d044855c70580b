# execsnoop -T adds a wall-clock column; -n sh keeps the exec the shell makes.
cmd: ./bpfscope execsnoop -T -n sh --cmd 'sh -c "/bin/echo marker-T >/dev/null"' 2>/dev/null
stdout-re: ^TIME     TIME\(ms\)   PID     PPID    ARGS$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +[0-9]+ +[0-9]+ +/bin/echo marker-T$
