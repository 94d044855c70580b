# "Attached N probes" goes to stderr, not stdout.
cmd: ./bpfscope -e 'BEGIN { exit(); } END { }'
stderr: Attached 2 probes
stdout-not-re: Attached
