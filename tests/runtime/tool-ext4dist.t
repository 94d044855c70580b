# ext4dist -p PID counts one python3 process's ext4 operations per operation: 4 writes and 1 fsync
# of a marker file (python's start-up adds reads and opens, no writes without bytecode files).
# The workload starts once the banner says every probe is attached.
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: ( until grep -q Hit $TEST_TMP/err 2>/dev/null; do sleep 0.05; done; PYTHONDONTWRITEBYTECODE=1 exec python3 -c 'import os, sys; fd = os.open(sys.argv[1], os.O_CREAT | os.O_RDWR); [os.write(fd, b"x" * 4096) for i in range(4)]; os.fsync(fd); os.pread(fd, 1024, 3072)' $TEST_TMP/e4dist-mark ) & ./bpfscope ext4dist -p $! --cmd "tail -s 0.1 --pid=$! -f /dev/null" 2>$TEST_TMP/err | awk '/^@/ { op = $0 } /^\[/ { sub(/ \|.*/, ""); n[op] += $NF } END { for (op in n) print op, n[op] }' | sort; cat $TEST_TMP/err >&2
stderr-re: ^Tracing ext4 operation latency\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^@usecs\[fsync\]: 1$
stdout-re: ^@usecs\[write\]: 4$
stdout-re: ^@usecs\[read\]: [1-9][0-9]*$
stdout-re: ^@usecs\[open\]: [1-9][0-9]*$
