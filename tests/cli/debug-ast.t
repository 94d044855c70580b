# -d ast prints the syntax tree on stdout.
cmd: ./bpfscope --check -d ast -e 'BEGIN { @x = 1; }'
exit: 0
stdout-re: [Bb][Ee][Gg][Ii][Nn]
stderr-empty
