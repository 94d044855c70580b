cmd: ./bpfscope --check -f text -e 'BEGIN { exit(); }'
exit: 0
stderr-empty
