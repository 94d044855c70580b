# funccount 'u:libc:strl*' counts strlen() calls of one process: a program that calls it 7 times (glibc's strlen is an IFUNC: the uprobe goes on the implementation this CPU uses, counted as strlen).
skip-unless: command -v cc
cmd: cc -O0 -o $TEST_TMP/strcalls tests/fixtures/strcalls.c && { $TEST_TMP/strcalls 7 0 2500 & p=$!; ./bpfscope funccount -p $p 'u:libc:strl*' 2>/dev/null; }
stdout-re: ^FUNC                                    COUNT$
stdout-re: ^strlen                                      7$
