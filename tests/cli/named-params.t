# After "--", --name[=value] arguments are named parameters (bpftrace's getopt()).
cmd: ./bpfscope --check -e 'BEGIN { exit(); }' p1 -- --aa=20 --bb p2
exit: 0
stderr-empty
