# A program read from stdin with "-".
cmd: echo 'BEGIN { printf("stdin\n"); exit(); }' | ./bpfscope -
stdout: stdin
stdout:
stdout:
