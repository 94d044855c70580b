# A scratch variable holding a string.
cmd: ./bpfscope -e 'BEGIN { $s = "hello"; printf("%s!\n", $s); exit(); }'
stdout: hello!
stdout:
stdout:
