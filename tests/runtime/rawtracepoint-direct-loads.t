# Members read straight through tp_btf arguments (direct loads the verifier checks) equal the same members read with bpf_probe_read_kernel through a variable: pid, a pointer chain, a nested struct and a string. (The child is only looked at once it is sleep: before its exec it is named after the tracer.)
cmd: ./bpfscope -q -c 'sleep 0.05' -e 'rawtracepoint:sched_switch /args.prev->tgid == cpid && args.prev->comm == "sleep"/ { $p = args.prev; if ($p->pid == args.prev->pid && $p->real_parent->tgid == args.prev->real_parent->tgid && $p->se.exec_start == args.prev->se.exec_start && $p->comm == args.prev->comm) { @same = count(); } else { @differ = count(); } }'
stdout-re: ^@same: [1-9][0-9]*$
stdout-not-re: differ
