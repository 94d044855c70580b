# bpfscope runqlat prints its header and a microsecond histogram of run-queue waits while sleeps wake a shell.
cmd: ./bpfscope runqlat --cmd 'sh -c "for i in 1 2 3 4 5; do sleep 0.02; done"'
stderr-re: ^Tracing CPU scheduler\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^@usecs:$
stdout-re: ^\[[0-9]+[KM]?, [0-9]+[KM]?\) +[0-9]+ \|@+ *\|$
