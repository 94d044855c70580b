# filelife on tmpfs (/dev/shm), which has no unlink tracepoint: the birth and death are matched by
# the path python3 gives to open and to unlink.
skip-unless: stat -f -c %T /dev/shm | grep -q tmpfs
cmd: tests/lib/traced-pid "python3 tests/fixtures/fs_ops.py /dev/shm/bpfscope-fl-$$-mark --unlink 0.3" ./bpfscope filelife -p PID 2>/dev/null
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +python3 +0\.[3-9][0-9]    bpfscope-fl-[0-9]+-mark$
