# END runs after the -c child exits.
cmd: ./bpfscope -e 'END { printf("end\n"); }' -c /bin/true
stdout: end
stdout:
stdout:
