# -o FILE writes the output to FILE, not stdout.
cmd: ./bpfscope -o "$TEST_TMP/out" -e 'BEGIN { printf("to file\n"); @x = 1; exit(); }' && cat "$TEST_TMP/out" | head -n 1
stdout: to file
