# find_vma() of an address no VMA contains is 0 (here in BEGIN, run with BPF_PROG_TEST_RUN).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", find_vma(0) == 0); exit(); }'
stdout: 1
stdout:
stdout:
