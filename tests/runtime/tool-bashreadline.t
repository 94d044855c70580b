# bpfscope bashreadline: a command typed into an interactive bash on a pty
# shows up with that bash's pid (printed first by the fixture).
skip-unless: test -x /bin/bash && command -v python3
cmd: ./bpfscope bashreadline --cmd 'python3 tests/fixtures/bash_pty.py "echo bashreadline-marker-$$"' 2>/dev/null | awk 'NR == 2 { pid = $1; next } $2 == pid { $2 = "BASHPID" } { print }'
stdout-re: ^TIME      PID    COMMAND$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} BASHPID echo bashreadline-marker-[0-9]+$
