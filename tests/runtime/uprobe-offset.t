# function+offset places the probe inside the function (offset 0 is the entry): it fires once per call.
cmd: set -o pipefail; cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/stackchain tests/fixtures/stackchain.c && ./bpfscope -e 'uprobe:'$TEST_TMP'/stackchain:scale+0 { @hits = count(); }' -c "$TEST_TMP/stackchain 1 0" | cat
stdout:
stdout:
stdout: @hits: 1
