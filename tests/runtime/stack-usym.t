# usym() names the user function an address is in (here the probed function's own entry, from the ip register).
cmd: set -o pipefail; cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/stackchain tests/fixtures/stackchain.c && ./bpfscope -e 'uprobe:'$TEST_TMP'/stackchain:scale { printf("%s\n", usym(reg("ip"))); @[usym(reg("ip"))] = count(); }' -c "$TEST_TMP/stackchain 2 100" | cat
stdout: scale
stdout:
stdout:
stdout: @[scale]: 1
