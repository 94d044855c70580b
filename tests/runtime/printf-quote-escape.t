# printf say \"hi\" with no arguments.
cmd: ./bpfscope -e 'BEGIN { printf("say \"hi\"\n"); exit(); }'
stdout: say "hi"
stdout:
stdout:
