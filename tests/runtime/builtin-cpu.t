# cpu is below ncpus.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", cpu < ncpus); exit(); }'
stdout: 1
stdout:
stdout:
