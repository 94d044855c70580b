# zero() on a count map.
cmd: ./bpfscope -e 'BEGIN { @c = count(); @c = count(); zero(@c); exit(); }'
stdout:
stdout:
stdout: @c: 0
