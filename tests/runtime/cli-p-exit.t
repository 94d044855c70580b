# With -p the run ends when that process exits.
cmd: sleep 0.3 & p=$!; ./bpfscope -p $p -e 'END { printf("end\n"); }'
stdout: end
stdout:
stdout:
