# A struct the script defines replaces the kernel's of the same name.
cmd: ./bpfscope -e 'struct task_struct { int x; long y; }; BEGIN { printf("%d %d\n", sizeof(struct task_struct), offsetof(struct task_struct, y)); exit(); }'
stdout: 16 8
stdout:
stdout:
