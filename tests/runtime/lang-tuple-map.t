# A tuple as a map value.
cmd: ./bpfscope -e 'BEGIN { @t = (1, "abc", -3); exit(); }'
stdout:
stdout:
stdout: @t: (1, abc, -3)
