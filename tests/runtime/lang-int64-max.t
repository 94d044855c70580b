# Cast/width: 9223372036854775807 (printed with %lld).
cmd: ./bpfscope -e 'BEGIN { printf("%lld\n", 9223372036854775807); exit(); }'
stdout: 9223372036854775807
stdout:
stdout:
