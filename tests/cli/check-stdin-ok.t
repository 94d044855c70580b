# FILE '-' reads the program from standard input.
cmd: echo 'BEGIN { exit(); }' | ./bpfscope --check -
exit: 0
stdout-empty
stderr-empty
