# As in bpftrace, with -e a FILE argument is just the program's $1: it is not read.
cmd: ./bpfscope --check -e 'BEGIN { exit(); }' /nonexistent/prog.bt
exit: 0
stderr-empty
