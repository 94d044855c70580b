# User stacks show C++ functions by their demangled names.
cmd: set -o pipefail; g++ -O0 -fno-omit-frame-pointer -o $TEST_TMP/cf tests/fixtures/cppfuncs.cc && ./bpfscope -e 'uprobe:'$TEST_TMP'/cf:cpp:"shapes::area" { @[ustack(2)] = count(); }' -c "$TEST_TMP/cf 1 100" | cat
stdout-re: ^        shapes::area\(long(, long)?\)\+0$
stdout-re: ^        main\+[0-9]+$
