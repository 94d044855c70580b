cmd: ./bpfscope --check -o "$TEST_TMP/out.txt" -e 'BEGIN { exit(); }'
exit: 0
stdout-empty
stderr-empty
