# A program read from a file.
cmd: printf 'BEGIN { printf("from file\\n"); exit(); }' >"$TEST_TMP/p.bt" && ./bpfscope "$TEST_TMP/p.bt" 
stdout: from file
stdout:
stdout:
