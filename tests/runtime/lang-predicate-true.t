# A true predicate runs the action.
cmd: ./bpfscope -e 'BEGIN /1 == 1/ { printf("yes\n"); exit(); }'
stdout: yes
stdout:
stdout:
