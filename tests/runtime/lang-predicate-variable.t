# A predicate using a positional parameter.
cmd: ./bpfscope -e 'BEGIN /$1 > 5/ { printf("big\n"); } interval:ms:50 { exit(); }' 3
stdout:
stdout:
