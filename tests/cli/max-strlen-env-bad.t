# BPFTRACE_MAX_STRLEN must be a number of bytes the compiler can handle.
cmd: BPFTRACE_MAX_STRLEN=abc ./bpfscope --check -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: invalid BPFTRACE_MAX_STRLEN 'abc': expected a number of bytes from 1 to 1024
