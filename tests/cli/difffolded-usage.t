# difffolded needs exactly two files.
cmd: ./bpfscope difffolded tests/flame/default.folded
exit: 1
stdout-empty
stderr: bpfscope: error: difffolded: expected two folded files, got 1 (see 'bpfscope difffolded --help')
