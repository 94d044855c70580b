# for over a map counts its entries.
skip: not implemented yet: for ($kv : @map) needs BPF subprograms (bpf_for_each_map_elem)
cmd: ./bpfscope -e 'BEGIN { @m["a"] = 1; @m["b"] = 2; $n = 0; for ($kv : @m) { $n++; } printf("%d\n", $n); clear(@m); exit(); }'
stdout: 2
stdout:
stdout:
