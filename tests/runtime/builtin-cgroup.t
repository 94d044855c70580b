# cgroup is the cgroup v2 id of the current task, non-zero.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", cgroup > 0); exit(); }'
stdout: 1
stdout:
stdout:
