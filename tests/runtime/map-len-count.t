# len() counts the keys of a count() map too.
cmd: ./bpfscope -e 'BEGIN { @c["a"] = count(); @c["b"] = count(); @c["a"] = count(); printf("%d\n", len(@c)); clear(@c); exit(); }'
stdout: 2
stdout:
stdout:
