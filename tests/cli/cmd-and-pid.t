cmd: ./bpfscope --check -c true -p 1 -e 'BEGIN { exit(); }'
exit: 1
stderr: bpfscope: error: cannot use both -c and -p
