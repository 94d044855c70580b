# pton() of an IPv4 literal: uint8[4] (bpftrace prints 192 for the first byte), back through ntop().
cmd: ./bpfscope -e 'BEGIN { $a = pton("192.168.1.10"); printf("%d %d %d %d %s\n", $a[0], $a[1], $a[2], $a[3], ntop($a)); exit(); }'
stdout: 192 168 1 10 192.168.1.10
stdout:
stdout:
