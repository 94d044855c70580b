# `*` on an integer reads an unsigned integer of its size at that address,
# as loads.bt reads *kaddr("avenrun").
cmd: ./bpfscope -e 'BEGIN { $a = kaddr("__start_rodata"); $v = *$a; $w = *($a + 8); printf("%d %d\n", sizeof($v), $v == *(uint64 *)$a); exit(); }'
stdout: 8 1
stdout:
stdout:
