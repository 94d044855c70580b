# usym() of a C++ method prints its demangled name; a quoted cpp name with :: in it attaches to the method.
cmd: set -o pipefail; g++ -O0 -fno-omit-frame-pointer -o $TEST_TMP/cf tests/fixtures/cppfuncs.cc && ./bpfscope -e 'uprobe:'$TEST_TMP'/cf:cpp:"shapes::Counter::add" { printf("%s\n", usym(reg("ip"))); }' -c "$TEST_TMP/cf 1 100" | cat
stdout: shapes::Counter::add(long)
stdout:
stdout:
