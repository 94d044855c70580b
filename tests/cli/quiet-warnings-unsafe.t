# -q, -k and --unsafe are accepted together.
cmd: ./bpfscope --check -q -k --unsafe -v -e 'BEGIN { exit(); }'
exit: 0
stderr-empty
