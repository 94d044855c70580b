# An off-CPU profile's one sample type is off-cpu/microseconds.
cmd: ./bpfscope pprof --type offcpu tests/fixtures/small.folded > $TEST_TMP/p.pb.gz && tests/lib/pprof-dump $TEST_TMP/p.pb.gz | head -2
stdout: sample_type off-cpu/microseconds
stdout: 3 dd;main;read;do_syscall_64
