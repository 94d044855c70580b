# runqlat -m draws the histogram in milliseconds.
cmd: ./bpfscope runqlat -m --cmd 'sh -c "sleep 0.05"' 2>/dev/null
stdout-re: ^@msecs:$
stdout-not-re: ^@usecs:$
