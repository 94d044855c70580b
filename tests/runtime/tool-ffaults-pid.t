# ffaults -p: only the faults of that process (a cat that starts once tracing has begun): its own binary and libc, not the tracer's own faults on bpfscope, which the system-wide view shows.
cmd: (sleep 1.5; exec cat /etc/hostname >/dev/null) & ./bpfscope ffaults -p $! -d 3 2>/dev/null; wait
stdout-re: ^@\[cat\]: [0-9]+$
stdout-re: ^@\[libc\.so\.6\]: [0-9]+$
stdout-not-re: ^@\[(bpfscope|sleep)\]
