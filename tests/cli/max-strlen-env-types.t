# BPFTRACE_MAX_STRLEN wins over the config block, as in bpftrace.
cmd: BPFTRACE_MAX_STRLEN=128 ./bpfscope --check -d types -e 'config = { max_strlen = 256 } BEGIN { $s = str(0); }'
exit: 0
stdout-re: ^1:44 call str : string\[128\]$
