# BPFTRACE_MAX_STRLEN wins over the script's max_strlen, as in bpftrace ("Environment
# variables for the same config take precedence over those set inside a script config block").
cmd: set -o pipefail; b=$PWD/bpfscope; cd "$TEST_TMP" && d=$(printf %049d 0 | tr 0 d) && f=$(printf %050d 0 | tr 0 f) && mkdir -p $d/$d/$d && touch $d/$d/$d/$f && BPFTRACE_MAX_STRLEN=100 $b -e 'config = { max_strlen = 256 } tracepoint:syscalls:sys_enter_openat /pid == cpid/ { printf("open %s\n", str(args.filename)); }' -c "/bin/cat $d/$d/$d/$f" | cat
stdout-re: ^open d{49}/d{49}$
