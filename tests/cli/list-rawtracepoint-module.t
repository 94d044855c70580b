# rt:MODULE:EVENT names the module; syscalls' sys_enter_* events are not
# raw tracepoints.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -l 'rt:vmlinux:sys_enter*'
stdout: rawtracepoint:vmlinux:sys_enter
stderr-empty
