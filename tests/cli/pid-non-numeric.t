cmd: ./bpfscope --check -p abc -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: invalid pid 'abc'
