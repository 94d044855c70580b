# sigsnoop -k keeps signals sent by kill(): the USR1 from /bin/kill shows, the SIGCHLD (17) the kernel sends the shell when its children exit does not.
cmd: out=$(./bpfscope sigsnoop -k --cmd 'sh -c "echo shell=\$\$; sleep 0.1 & /bin/kill -USR1 \$!; sleep 0.1; wait"' 2>/dev/null); s=$(echo "$out" | sed -n 's/^shell=//p'); echo "$out" | sed "s/ $s / SHELL /"
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  [0-9]+ +kill +10   [0-9]+ +0$
stdout-not-re: 17 +SHELL
