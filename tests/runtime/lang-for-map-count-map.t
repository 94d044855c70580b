# for over a count() map sees the total count of each key.
cmd: ./bpfscope -e 'BEGIN { @c[1] = count(); @c[1] = count(); @c[2] = count(); for ($kv : @c) { printf("%d=%d\n", $kv.0, $kv.1); } clear(@c); exit(); }' | sort
stdout:
stdout:
stdout: 1=2
stdout: 2=1
