# Past 1024 bytes the unrolled string code outgrows a BPF program (16-bit jumps, 32 KiB of scratch).
cmd: BPFTRACE_MAX_STRLEN=4096 ./bpfscope --check -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: invalid BPFTRACE_MAX_STRLEN '4096': expected a number of bytes from 1 to 1024
