# bpfscope sigsnoop -s 10 shows kill -USR1 of a sleeping child: sender comm kill, signal 10, the sleep's pid, delivered (0).
cmd: out=$(./bpfscope sigsnoop -s 10 --cmd 'sh -c "sleep 3 & /bin/kill -USR1 \$!; echo target=\$!"' 2>/dev/null); t=$(echo "$out" | sed -n 's/^target=//p'); echo "$out" | grep -v '^target=' | sed "s/ $t / TPID /"
stdout-re: ^TIME      PID    COMM             SIG  TPID   RESULT$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  [0-9]+ +kill +10   TPID +0$
