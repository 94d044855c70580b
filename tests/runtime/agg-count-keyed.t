# count() per key, sorted by count.
cmd: ./bpfscope -e 'BEGIN { @c["a"] = count(); @c["b"] = count(); @c["b"] = count(); exit(); }'
stdout:
stdout:
stdout: @c[a]: 1
stdout: @c[b]: 2
