# A kernel struct member that was renamed is an error that names the new
# member (task_struct.state is __state since Linux 5.14; runqlen.bt reads
# cfs_rq.nr_running, nr_queued since 6.13).
cmd: ./bpfscope --load-only -e 'tracepoint:sched:sched_switch { @ = curtask->state; }'
exit: 1
stdout-empty
stderr: stdin:1:37: error: struct task_struct has no member 'state' (the kernel renamed it '__state')
stderr: tracepoint:sched:sched_switch { @ = curtask->state; }
stderr:                                     ^~~~~~~~~~~~~~
