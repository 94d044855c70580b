# printf output without a newline is joined with the next one.
cmd: ./bpfscope -e 'BEGIN { printf("a"); printf("b"); printf("\n"); exit(); }'
stdout: ab
stdout:
stdout:
