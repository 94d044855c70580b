# sigsnoop -x keeps signals that were not delivered: SIGUSR1 to a child that ignores it gives RESULT 1 (ignored).
cmd: out=$(./bpfscope sigsnoop -x -s 10 --cmd 'sh -c "trap \"\" USR1; sleep 2 & /bin/kill -USR1 \$!; echo target=\$!; kill -9 \$!"' 2>/dev/null); t=$(echo "$out" | sed -n 's/^target=//p'); echo "$out" | grep -v '^target=' | sed "s/ $t / TPID /"
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  [0-9]+ +kill +10   TPID +1$
stdout-not-re:  0$
