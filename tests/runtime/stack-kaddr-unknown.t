# kaddr() of a name /proc/kallsyms does not have is a compile error at the name.
cmd: ./bpfscope -e 'BEGIN { printf("%x\n", kaddr("no_such_symbol_here")); }'
exit: 1
stdout-empty
stderr: stdin:1:30: error: kaddr(): no kernel symbol 'no_such_symbol_here' in /proc/kallsyms
stderr: BEGIN { printf("%x\n", kaddr("no_such_symbol_here")); }
stderr:                              ^~~~~~~~~~~~~~~~~~~~~
