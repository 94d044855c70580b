# print() of a count map mid-run.
cmd: ./bpfscope -e 'BEGIN { @c = count(); print(@c); clear(@c); exit(); }'
stdout: @c: 1
stdout:
stdout:
