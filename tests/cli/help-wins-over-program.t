# -h prints help even when a program is given, and does not run it.
cmd: ./bpfscope -h -e 'BEGIN { exit(); }'
exit: 0
stdout-re: ^usage:
stderr-empty
