# bpfscope bashreadline: a command typed into an interactive bash on a pty
# shows up with that bash's pid (the fixture prints it; shown as BASHPID).
skip-unless: test -x /bin/bash && command -v python3
cmd: out=$(./bpfscope bashreadline --cmd "python3 tests/fixtures/bash_pty.py 'echo bashreadline-marker-$$' 2>$TEST_TMP/pid" 2>/dev/null); echo "$out" | sed "s/  $(cat $TEST_TMP/pid) /  BASHPID /"
stdout-re: ^TIME      PID    COMMAND$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  BASHPID +echo bashreadline-marker-[0-9]+$
