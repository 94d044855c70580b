# strcontains() with a needle stored in a map.
cmd: ./bpfscope -e 'BEGIN { @n = "lo w"; printf("%d\n", strcontains("hello world", @n)); clear(@n); exit(); }'
stdout: 1
stdout:
stdout:
