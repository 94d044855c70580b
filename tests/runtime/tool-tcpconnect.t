# bpfscope tcpconnect shows a connect to 127.0.0.1 port 9 (refused, but attempted) by bash.
cmd: ./bpfscope tcpconnect -P 9 --cmd 'bash -c "echo > /dev/tcp/127.0.0.1/9; true"' 2>/dev/null
stdout-re: ^TIME     PID     COMM             IP SADDR            DADDR            DPORT$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +bash +4  127\.0\.0\.1 +127\.0\.0\.1 +9$
