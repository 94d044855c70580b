cmd: ./bpfscope --check -B weird -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: invalid buffering mode 'weird' (valid: line, full, none)
