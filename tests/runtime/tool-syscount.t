# bpfscope syscount counts a burst of 1234 getsid() calls by a child under the call's name (a rarely used call: other processes may add a few).
cmd: ./bpfscope syscount -T 60 --cmd "/usr/bin/python3 -c 'import os; [os.getsid(0) for i in range(1234)]'" 2>/dev/null
stdout-re: ^\[[0-9]{2}:[0-9]{2}:[0-9]{2}\]$
stdout-re: ^SYSCALL                   COUNT$
stdout-re: ^getsid +12(3[4-9]|[4-9][0-9])$
