cmd: ./bpfscope --check -e
exit: 1
stderr: bpfscope: error: option '-e' needs an argument
