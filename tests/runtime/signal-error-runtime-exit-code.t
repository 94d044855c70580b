# No leftovers after exit(N) with a non-zero code.
cmd: tests/lib/no-leftovers -- ./bpfscope -e 'BEGIN { exit(5); }'
exit: 5
