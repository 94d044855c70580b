cmd: ./bpfscope --check -I "$TEST_TMP" -I /usr/include --no-warnings -e 'BEGIN { exit(); }'
exit: 0
stderr-empty
