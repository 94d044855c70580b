# A tool declaring @tracer-pid passes -p to the tracer too (its uprobes then attach to that process only), and the run ends by itself when the process does.
cmd: sleep 1.5 & p=$!; ./bpfscope gethostlatency -p $p 2>/dev/null >/dev/null & b=$!; sleep 0.5; tr '\0' ' ' </proc/$b/cmdline | grep -oE -- "^bpfscope -p $p " | sed "s/$p/PID/"; wait $b; echo "exit $?"
stdout: bpfscope -p PID 
stdout: exit 0
