cmd: ./bpfscope --version
exit: 0
stdout: bpfscope v0.1.0
stderr-empty
