# uretprobe sees the function's return value: scale(5, 7) = 35.
cmd: set -o pipefail; cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/stackchain tests/fixtures/stackchain.c && ./bpfscope -e 'uretprobe:'$TEST_TMP'/stackchain:scale { printf("%d\n", retval); }' -c "$TEST_TMP/stackchain 5 0" | cat
stdout: 35
stdout:
stdout:
