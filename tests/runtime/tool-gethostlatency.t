# bpfscope gethostlatency: getent resolving localhost through getaddrinfo()
# shows up with getent's pid (shown as PID here), its name, a latency in
# milliseconds and the host name.
cmd: out=$(./bpfscope gethostlatency --cmd "sh -c 'echo \$\$ > $TEST_TMP/pid; exec getent ahosts localhost >/dev/null'" 2>/dev/null); echo "$out" | sed "s/  $(cat $TEST_TMP/pid) /  PID /"
stdout-re: ^TIME      PID    COMM                  LATms HOST$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  PID +getent +[0-9]+\.[0-9]{2} localhost$
