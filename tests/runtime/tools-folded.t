# A tool declaring @folded takes -f: its stack map leaves as folded lines (comm first, root to leaf), and its banner goes to stderr.
cmd: mkdir $TEST_TMP/t && printf '/*\n * demo - kernel stacks of openat\n *\n * @folded\n * @banner Tracing openat... Hit Ctrl-C to end.\n */\ntracepoint:syscalls:sys_enter_openat /pid == cpid/ { @[kstack, comm] = count(); }\n' > $TEST_TMP/t/demo.bt && BPFSCOPE_TOOLS=$TEST_TMP/t ./bpfscope demo -f --cmd 'cat /dev/null'
stdout-re: ^cat;entry_SYSCALL_64[a-z_]*;do_syscall_64;.* [0-9]+$
stdout-not-re: ^@
stderr-re: ^Tracing openat\.\.\. Hit Ctrl-C to end\.$
