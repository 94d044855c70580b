cmd: ./bpfscope --check -d foo -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: invalid debug stage 'foo' (valid: ast, types, ir, bpf, verifier, libbpf, all)
