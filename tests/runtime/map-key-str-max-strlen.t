# With max_strlen = 256, a 200-byte path is whole as a map key, as a map value and in strlen().
cmd: set -o pipefail; b=$PWD/bpfscope; cd "$TEST_TMP" && d=$(printf %049d 0 | tr 0 d) && f=$(printf %050d 0 | tr 0 f) && mkdir -p $d/$d/$d && touch $d/$d/$d/$f && $b -e 'config = { max_strlen = 256 } tracepoint:syscalls:sys_enter_openat /pid == cpid/ { $s = str(args.filename); if (strcontains($s, "ddd/")) { @k[$s] = strlen($s); @v = $s; } }' -c "/bin/cat $d/$d/$d/$f" | cat
stdout-re: ^@k\[d{49}/d{49}/d{49}/f{50}\]: 200$
stdout-re: ^@v: d{49}/d{49}/d{49}/f{50}$
