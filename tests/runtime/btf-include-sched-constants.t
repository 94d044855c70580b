# #include <linux/sched.h> gives the task states (runqlat.bt:
# args->prev_state == TASK_RUNNING).
cmd: ./bpfscope -e $'#include <linux/sched.h>\nBEGIN { printf("%d %d %d\\n", TASK_RUNNING, TASK_UNINTERRUPTIBLE, TASK_IDLE); exit(); }'
stdout: 0 2 1026
stdout:
stdout:
