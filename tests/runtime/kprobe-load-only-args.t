# --load-only: a kprobe reading argN with printf passes the verifier; nothing is attached.
cmd: tests/lib/no-leftovers -- ./bpfscope --load-only -e 'kprobe:vfs_read { printf("%d %d %d\n", arg0, arg1, arg2); }'
stdout-empty
stderr: 1 program loaded, nothing attached
