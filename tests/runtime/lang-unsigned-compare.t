# A uint64 above INT64_MAX compares as unsigned.
cmd: ./bpfscope -e 'BEGIN { $a = (uint64)18446744073709551615; printf("%d\n", $a > 1); exit(); }'
stdout: 1
stdout:
stdout:
