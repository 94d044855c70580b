# for over a sum() map sees each key's total over all CPUs.
cmd: ./bpfscope -e 'BEGIN { @s[1] = sum(10); @s[1] = sum(5); @s[2] = sum(1); $t = 0; for ($kv : @s) { $t += $kv.0 * $kv.1; } printf("%d\n", $t); clear(@s); exit(); }'
stdout: 17
stdout:
stdout:
