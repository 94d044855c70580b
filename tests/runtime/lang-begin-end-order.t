# BEGIN runs first, END after exit(), before the maps.
cmd: ./bpfscope -e 'END { printf("end\n"); } BEGIN { printf("begin\n"); exit(); }'
stdout: begin
stdout: end
stdout:
stdout:
