cmd: ./bpfscope --check -p 1 -e 'BEGIN { exit(); }'
exit: 0
stderr-empty
