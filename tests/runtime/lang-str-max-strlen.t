# config = { max_strlen = 256 }: str() reads a 200-byte path whole. The path is relative
# (three 49-byte directories and a 50-byte file name, made in $TEST_TMP) so its length is fixed.
cmd: set -o pipefail; b=$PWD/bpfscope; cd "$TEST_TMP" && d=$(printf %049d 0 | tr 0 d) && f=$(printf %050d 0 | tr 0 f) && mkdir -p $d/$d/$d && touch $d/$d/$d/$f && $b -e 'config = { max_strlen = 256 } tracepoint:syscalls:sys_enter_openat /pid == cpid/ { printf("open %s\n", str(args.filename)); }' -c "/bin/cat $d/$d/$d/$f" | cat
stdout-re: ^open d{49}/d{49}/d{49}/f{50}$
