# bpfscope softirqs -d: the same loopback connects give a histogram of
# net_rx softirq times in microseconds.
cmd: ./bpfscope softirqs -d --cmd 'bash -c "for i in \$(seq 20); do echo > /dev/tcp/127.0.0.1/9; done 2>/dev/null; true"' 2>/dev/null | sed -n '/^@usecs\[net_rx\]:$/,/^$/p'
stdout-re: ^@usecs\[net_rx\]:$
stdout-re: ^\[[0-9]+(, [0-9]+\))? +[1-9][0-9]* \|@+ *\|$
stdout-not-re: TOTAL_usecs
