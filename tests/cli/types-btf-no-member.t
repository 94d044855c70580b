# Reading a member a kernel struct does not have is an error, with the closest name.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --check -d types -e 'rawtracepoint:sched_switch { $p = (struct task_struct *)arg1; print($p->piid); }'
exit: 1
stdout-empty
stderr: stdin:1:69: error: struct task_struct has no member 'piid' (did you mean 'pid'?)
stderr: rawtracepoint:sched_switch { $p = (struct task_struct *)arg1; print($p->piid); }
stderr:                                                                     ^~~~~~~~
