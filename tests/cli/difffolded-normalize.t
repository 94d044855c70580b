# -n scales the first profile to the second's total (rounded down), -s drops
# hexadecimal offsets.
cmd: printf 'main;foo+0x1a 10\nmain;bar 5\n' >$TEST_TMP/1 && printf 'main;foo+0x2b 5\nmain;bar 25\n' >$TEST_TMP/2 && ./bpfscope difffolded -n -s $TEST_TMP/1 $TEST_TMP/2
stdout: main;bar 10 25
stdout: main;foo 20 5
stderr-empty
