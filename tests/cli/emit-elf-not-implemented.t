# bpftrace options bpfscope accepts but does not implement yet say so.
cmd: ./bpfscope --emit-elf "$TEST_TMP/x.o" -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: --emit-elf is not implemented yet
