cmd: ./bpfscope --check -e 'BEGIN { exit(); }' -d
exit: 1
stdout-empty
stderr: bpfscope: error: option '-d' needs an argument
