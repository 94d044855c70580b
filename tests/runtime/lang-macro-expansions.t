# Macros calling macros twice at each level: 2^12 copies of the innermost body, expanded without copying arguments again at each level. Not in 0.17.
cmd: P='macro a0(x) { x + 1 }'; for i in $(seq 1 12); do P="$P macro a$i(x) { a$((i-1))(a$((i-1))(x)) }"; done; ./bpfscope -e "$P BEGIN { printf(\"%d\\n\", a12(0)); exit(); }"
stdout: 4096
stdout:
stdout:
