cmd: ./bpfscope --dry-run -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr-lines: 1
stderr-re: ^bpfscope: error: .*not implemented yet
