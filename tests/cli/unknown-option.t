cmd: ./bpfscope -x -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: unknown option '-x'
