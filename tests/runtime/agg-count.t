# count() prints its total.
cmd: ./bpfscope -e 'BEGIN { @c = count(); @c = count(); @c = count(); exit(); }'
stdout:
stdout:
stdout: @c: 3
