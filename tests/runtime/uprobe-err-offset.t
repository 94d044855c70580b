# An offset past the end of the function is refused with the function's size.
cmd: cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/stackchain tests/fixtures/stackchain.c && ./bpfscope -e 'uprobe:'$TEST_TMP'/stackchain:scale+4096 { }'
exit: 1
stdout-empty
stderr-re: error: uprobe: offset 4096 is past the end of scale \([0-9]+ bytes\)
