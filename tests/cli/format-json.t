cmd: ./bpfscope --check -f json -e 'BEGIN { exit(); }'
exit: 0
stdout-empty
stderr-empty
