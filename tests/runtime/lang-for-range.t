# for over an integer range (end excluded). Not in 0.17.
cmd: ./bpfscope -e 'BEGIN { for ($i : 0..5) { printf("%d ", $i); } printf("\n"); exit(); }'
stdout: 0 1 2 3 4 
stdout:
stdout:
