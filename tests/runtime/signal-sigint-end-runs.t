# END runs after SIGINT.
cmd: tests/lib/no-leftovers -s INT -- ./bpfscope -e 'END { printf("end\n"); } interval:s:60 { }'
stdout: end
stdout:
stdout:
