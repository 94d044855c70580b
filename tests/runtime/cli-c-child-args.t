# -c passes arguments to the child.
cmd: ./bpfscope -e 'BEGIN { }' -c '/bin/echo hello world'
stdout: hello world
stdout:
stdout:
