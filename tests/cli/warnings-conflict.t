# As in bpftrace, -k (runtime warnings) and --no-warnings exclude each other.
cmd: ./bpfscope --check -k --no-warnings -e 'BEGIN { exit(); }'
exit: 1
stderr: bpfscope: error: -k conflicts with --no-warnings
