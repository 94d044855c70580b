# Keyed lhist().
cmd: ./bpfscope -e 'BEGIN { @l["a"] = lhist(5, 0, 10, 5); exit(); }'
stdout:
stdout:
stdout: @l[a]:
stdout: [5, 10)                1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
