# After "--", --name[=value] arguments are named parameters (bpftrace's getopt()).
cmd: ./bpfscope --check -e 'BEGIN { if (getopt("bb")) { printf("%d %s\n", getopt("aa", 1), str($1)); } exit(); }' p1 -- --aa=20 --bb p2
exit: 0
stderr-empty
