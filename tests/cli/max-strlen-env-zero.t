# BPFTRACE_MAX_STRLEN=0 would leave no room for a string's NUL.
cmd: BPFTRACE_MAX_STRLEN=0 ./bpfscope --check -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: invalid BPFTRACE_MAX_STRLEN '0': expected a number of bytes from 1 to 1024
