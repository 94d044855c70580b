# Cast/width: (int64)18446744073709551615 (printed with %lld).
cmd: ./bpfscope -e 'BEGIN { printf("%lld\n", (int64)18446744073709551615); exit(); }'
stdout: -1
stdout:
stdout:
