cmd: ./bpfscope --frobnicate=3 -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: unknown option '--frobnicate'
