# strcontains() with a variable needle that is not there.
cmd: ./bpfscope -e 'BEGIN { $h = "hello world"; $n = "worlds"; printf("%d\n", strcontains($h, $n)); exit(); }'
stdout: 0
stdout:
stdout:
