# Arguments and return values take the declared types. Not in 0.17.
cmd: ./bpfscope -e 'fn low($v: uint8): int64 { return $v; } fn neg(): int8 { return 255; } BEGIN { printf("%d %d\n", low(300), neg()); exit(); }'
stdout: 44 -1
stdout:
stdout:
