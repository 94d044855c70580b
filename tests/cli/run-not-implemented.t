# Running a program needs the kernel side, which does not exist yet.
cmd: ./bpfscope -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr-lines: 1
stderr-re: ^bpfscope: error: .*not implemented yet
