# Cast/width: 9223372036854775807 + 1 (printed with %lld).
cmd: ./bpfscope -e 'BEGIN { printf("%lld\n", 9223372036854775807 + 1); exit(); }'
stdout: -9223372036854775808
stdout:
stdout:
