# Without max_strlen, str() keeps 63 bytes of a 200-byte path (64 with the NUL).
cmd: set -o pipefail; b=$PWD/bpfscope; cd "$TEST_TMP" && d=$(printf %049d 0 | tr 0 d) && f=$(printf %050d 0 | tr 0 f) && mkdir -p $d/$d/$d && touch $d/$d/$d/$f && $b -e 'tracepoint:syscalls:sys_enter_openat /pid == cpid/ { printf("open %s\n", str(args.filename)); }' -c "/bin/cat $d/$d/$d/$f" | cat
stdout-re: ^open d{49}/d{13}$
stdout-not-re: ^open d{49}/d{14}
