# rawtracepoint args are a record of the tracepoint's arguments, typed from BTF.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --check -d types -e 'rawtracepoint:sched_switch { @[args.next->comm] = count(); }'
exit: 0
stdout-re: ^1:32 ident args : \{preempt:bool,prev:struct task_struct \*,next:struct task_struct \*,prev_state:uint32\}$
stdout-re: ^1:32 field next : struct task_struct \*$
stdout-re: ^1:32 field comm : string\[16\]$
