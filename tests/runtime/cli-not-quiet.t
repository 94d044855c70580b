# Without -q, "Attached 1 probe" is on stderr.
cmd: ./bpfscope -e 'BEGIN { exit(); }'
stderr: Attached 1 probe
