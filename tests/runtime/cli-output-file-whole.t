# -o FILE gets the whole text output including the maps.
cmd: ./bpfscope -o "$TEST_TMP/out" -e 'BEGIN { printf("a\n"); @x = 1; exit(); }' >"$TEST_TMP/stdout" && cat "$TEST_TMP/out" && test ! -s "$TEST_TMP/stdout" 
stdout: a
stdout:
stdout:
stdout: @x: 1
