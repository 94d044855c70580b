# --load-only: a kretprobe with retval in a map and an aggregation passes the verifier.
cmd: ./bpfscope --load-only -e 'kretprobe:vfs_read /retval > 0/ { @bytes[comm] = sum(retval); @h = hist(retval); }'
stdout-empty
stderr: 1 program loaded, nothing attached
