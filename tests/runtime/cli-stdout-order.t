# printf output and maps come in order through a pipe.
cmd: ./bpfscope -e 'BEGIN { printf("1\n"); @a = 1; printf("2\n"); exit(); } END { printf("3\n"); }' | cat
stdout: 1
stdout: 2
stdout: 3
stdout:
stdout:
stdout: @a: 1
