# A 60-character string argument is printed whole.
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz01234567"); exit(); }'
stdout: abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz01234567
stdout:
stdout:
