# END runs once after exit().
cmd: ./bpfscope -e 'BEGIN { exit(); } END { printf("end\n"); }'
stdout: end
stdout:
stdout:
