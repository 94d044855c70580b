# typedefs of the script (struct, integer, function pointer) and of the kernel.
cmd: ./bpfscope -e 'typedef unsigned long my_size_t; typedef struct point { int x; int y; } point_t; typedef int (*cb_fn)(int); BEGIN { let $s: my_size_t = 1; printf("%d %d %d %d %d\n", sizeof(my_size_t), sizeof(point_t), sizeof(cb_fn), sizeof(pid_t), sizeof($s)); exit(); }'
stdout: 8 8 8 4 8
stdout:
stdout:
