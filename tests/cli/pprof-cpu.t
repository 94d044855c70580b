# bpfscope pprof --type cpu: samples/count and cpu/nanoseconds, the period from --hz, each sample's frames as folded (decoded without a protobuf library).
cmd: ./bpfscope pprof --type cpu --hz 100 -o $TEST_TMP/p.pb.gz tests/fixtures/small.folded && tests/lib/pprof-dump $TEST_TMP/p.pb.gz
stdout: sample_type samples/count
stdout: sample_type cpu/nanoseconds
stdout: period 10000000
stdout: 3,30000000 dd;main;read;do_syscall_64
stdout: 5,50000000 sleep;nanosleep
stdout: 6,60000000 dd;main;read;vfs_read
