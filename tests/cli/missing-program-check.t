cmd: ./bpfscope --check -v
exit: 1
stdout-empty
stderr: bpfscope: error: no program given: use -e 'PROGRAM' or a FILE (see --help)
