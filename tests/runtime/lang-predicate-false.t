# A false predicate skips the action.
cmd: ./bpfscope -e 'BEGIN /1 == 2/ { printf("yes\n"); } interval:ms:50 { printf("no\n"); exit(); }'
stdout: no
stdout:
stdout:
