# -p of a process that does not exist fails.
cmd: ./bpfscope -p 999999999 -e 'BEGIN { exit(); }'
exit: 1
stderr-re: 999999999
