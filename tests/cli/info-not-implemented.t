cmd: ./bpfscope --info
exit: 1
stdout-empty
stderr: bpfscope: error: --info is not implemented yet
