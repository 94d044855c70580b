# bpfscope softirqs: twenty TCP connects to port 9 on loopback (refused: a SYN
# and a RST each) run the net_rx softirq, which shows up with its time.
cmd: ./bpfscope softirqs --cmd 'bash -c "for i in \$(seq 20); do echo > /dev/tcp/127.0.0.1/9; done 2>/dev/null; true"' 2>/dev/null
stdout-re: ^SOFTIRQ          TOTAL_usecs$
stdout-re: ^net_rx +[1-9][0-9]*$
