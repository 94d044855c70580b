# BPFTRACE_MAX_STRLEN=256 sets the string size as the config block does.
cmd: set -o pipefail; b=$PWD/bpfscope; cd "$TEST_TMP" && d=$(printf %049d 0 | tr 0 d) && f=$(printf %050d 0 | tr 0 f) && mkdir -p $d/$d/$d && touch $d/$d/$d/$f && BPFTRACE_MAX_STRLEN=256 $b -e 'tracepoint:syscalls:sys_enter_openat /pid == cpid/ { printf("open %s\n", str(args.filename)); }' -c "/bin/cat $d/$d/$d/$f" | cat
stdout-re: ^open d{49}/d{49}/d{49}/f{50}$
