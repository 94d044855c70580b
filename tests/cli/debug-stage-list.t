# -d takes a comma-separated list; each stage is checked.
cmd: ./bpfscope --check -d ast,bogus -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: invalid debug stage 'bogus' (valid: ast, types, ir, bpf, verifier, libbpf, all)
