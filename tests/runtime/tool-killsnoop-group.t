# bpfscope killsnoop shows kill(0, sig), a signal to the caller's own process group, with target pid 0 (python3, in a session of its own, ignores SIGUSR2 and sends it to its group).
cmd: ./bpfscope killsnoop --cmd 'setsid -w python3 -c "import os, signal; signal.signal(signal.SIGUSR2, signal.SIG_IGN); os.kill(0, signal.SIGUSR2)"' 2>/dev/null
stdout-re: ^[0-9:]+  [0-9]+ +python3 +12 +0 +0$
