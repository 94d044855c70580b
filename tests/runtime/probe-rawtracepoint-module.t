# rawtracepoint with a module or category prefix: rawtracepoint:vmlinux:sched_switch.
cmd: ./bpfscope -e 'rawtracepoint:vmlinux:sched_switch { @ = count(); } interval:ms:100 { exit(); }'
stdout-re: ^@: [1-9][0-9]*$
