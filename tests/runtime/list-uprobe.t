# -l lists a binary's functions as uprobes, with a pattern.
cmd: cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/stackchain tests/fixtures/stackchain.c && ./bpfscope -l "uprobe:$TEST_TMP/stackchain:*_fn" | sed "s|$TEST_TMP|TMP|"
stdout: uprobe:TMP/stackchain:inner_fn
stdout: uprobe:TMP/stackchain:middle_fn
stdout: uprobe:TMP/stackchain:outer_fn
